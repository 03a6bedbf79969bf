import type { AppointmentMailsKey } from './fr.js';
export const appointmentMailsDe: Record<AppointmentMailsKey, string> = {
  'appointment.mail.booked.subject': 'Ihr Termin am {date} um {time} — {service}',
  'appointment.mail.booked.body':
    'Guten Tag,\n\nIhr Termin ist gebucht.\n\n{service} — {reason}\nAm {date} um {time}\n{place}\nTerminnummer: {code}\n\nTermin ansehen, verschieben oder absagen: {url}\n\nDie Einladung für Ihren Kalender ist dieser Nachricht beigefügt.\n\n{commune}',
  'appointment.mail.moved.subject': 'Termin verschoben auf {date} um {time} — {service}',
  'appointment.mail.moved.body':
    'Guten Tag,\n\nIhr Termin wurde verschoben.\n\n{service} — {reason}\nAm {date} um {time}\n{place}\nTerminnummer: {code}\n\nTermin ansehen, verschieben oder absagen: {url}\n\nDie aktualisierte Einladung für Ihren Kalender ist dieser Nachricht beigefügt.\n\n{commune}',
  'appointment.mail.cancelled.subject': 'Termin abgesagt — {service}',
  'appointment.mail.cancelled.body':
    'Guten Tag,\n\nIhr Termin am {date} um {time} ({service}) ist abgesagt.\nTerminnummer: {code}\n\nEinen neuen Termin buchen: {bookUrl}\n\n{commune}',
  'appointment.mail.reminder.subject': 'Erinnerung: Ihr Termin morgen um {time} — {service}',
  'appointment.mail.reminder.body':
    'Guten Tag,\n\nwir erinnern Sie an Ihren Termin von morgen.\n\n{service} — {reason}\nAm {date} um {time}\n{place}\nTerminnummer: {code}\n\nZum Ansehen, Verschieben oder Absagen: der Link in der Buchungsnachricht, oder {url}\n\nDie Einladung für Ihren Kalender ist dieser Nachricht beigefügt.\n\n{commune}',
};
