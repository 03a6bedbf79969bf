import type { AppointmentMailsKey } from './fr.js';
export const appointmentMailsNl: Record<AppointmentMailsKey, string> = {
  'appointment.mail.booked.subject': 'Uw afspraak op {date} om {time} — {service}',
  'appointment.mail.booked.body':
    'Goedendag,\n\nUw afspraak is vastgelegd.\n\n{service} — {reason}\nOp {date} om {time}\n{place}\nCode van de afspraak: {code}\n\nOm ze te bekijken, te verplaatsen of te annuleren: {url}\n\nDe uitnodiging voor uw agenda zit als bijlage bij dit bericht.\n\n{commune}',
  'appointment.mail.moved.subject': 'Afspraak verplaatst naar {date} om {time} — {service}',
  'appointment.mail.moved.body':
    'Goedendag,\n\nUw afspraak is verplaatst.\n\n{service} — {reason}\nOp {date} om {time}\n{place}\nCode van de afspraak: {code}\n\nOm ze te bekijken, te verplaatsen of te annuleren: {url}\n\nDe bijgewerkte uitnodiging voor uw agenda zit als bijlage bij dit bericht.\n\n{commune}',
  'appointment.mail.cancelled.subject': 'Afspraak geannuleerd — {service}',
  'appointment.mail.cancelled.body':
    'Goedendag,\n\nUw afspraak op {date} om {time} ({service}) is geannuleerd.\nCode van de afspraak: {code}\n\nEen nieuwe afspraak maken: {bookUrl}\n\n{commune}',
  'appointment.mail.reminder.subject': 'Herinnering: uw afspraak morgen om {time} — {service}',
  'appointment.mail.reminder.body':
    'Goedendag,\n\nWij herinneren u aan uw afspraak van morgen.\n\n{service} — {reason}\nOp {date} om {time}\n{place}\nCode van de afspraak: {code}\n\nOm ze te bekijken, te verplaatsen of te annuleren: de link in het bevestigingsbericht, of {url}\n\nDe uitnodiging voor uw agenda zit als bijlage bij dit bericht.\n\n{commune}',
};
