import type { AppointmentMailsKey } from './fr.js';
export const appointmentMailsEn: Record<AppointmentMailsKey, string> = {
  'appointment.mail.booked.subject': 'Your appointment on {date} at {time} — {service}',
  'appointment.mail.booked.body':
    'Hello,\n\nYour appointment is booked.\n\n{service} — {reason}\nOn {date} at {time}\n{place}\nAppointment code: {code}\n\nTo see, move or cancel it: {url}\n\nThe invitation for your calendar is attached to this message.\n\n{commune}',
  'appointment.mail.moved.subject': 'Appointment moved to {date} at {time} — {service}',
  'appointment.mail.moved.body':
    'Hello,\n\nYour appointment has been moved.\n\n{service} — {reason}\nOn {date} at {time}\n{place}\nAppointment code: {code}\n\nTo see, move or cancel it: {url}\n\nThe updated invitation for your calendar is attached to this message.\n\n{commune}',
  'appointment.mail.cancelled.subject': 'Appointment cancelled — {service}',
  'appointment.mail.cancelled.body':
    'Hello,\n\nYour appointment on {date} at {time} ({service}) is cancelled.\nAppointment code: {code}\n\nTo book another: {bookUrl}\n\n{commune}',
  'appointment.mail.reminder.subject': 'Reminder: your appointment tomorrow at {time} — {service}',
  'appointment.mail.reminder.body':
    'Hello,\n\nThis is a reminder of your appointment tomorrow.\n\n{service} — {reason}\nOn {date} at {time}\n{place}\nAppointment code: {code}\n\nTo see, move or cancel it: the link in your booking message, or {url}\n\nThe invitation for your calendar is attached to this message.\n\n{commune}',
};
