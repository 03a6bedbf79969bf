/**
 * The mails of an appointment at the counter (booked, moved, cancelled), in the person's language. Server only: no
 * page shows them. They carry no word the public typed (not even the name): only the commune's own words (service,
 * reason, place), the day and hour, the code and the manage link (docs/mail-confirmation.md). French is the source.
 */
export const appointmentMailsFr = {
  'appointment.mail.booked.subject': 'Votre rendez-vous du {date} à {time} — {service}',
  'appointment.mail.booked.body':
    'Bonjour,\n\nVotre rendez-vous est réservé.\n\n{service} — {reason}\nLe {date} à {time}\n{place}\nCode du rendez-vous : {code}\n\nPour le revoir, le déplacer ou l’annuler : {url}\n\nL’invitation pour votre agenda est jointe à ce message.\n\n{commune}',
  'appointment.mail.moved.subject': 'Rendez-vous déplacé au {date} à {time} — {service}',
  'appointment.mail.moved.body':
    'Bonjour,\n\nVotre rendez-vous est déplacé.\n\n{service} — {reason}\nLe {date} à {time}\n{place}\nCode du rendez-vous : {code}\n\nPour le revoir, le déplacer ou l’annuler : {url}\n\nL’invitation mise à jour pour votre agenda est jointe à ce message.\n\n{commune}',
  'appointment.mail.cancelled.subject': 'Rendez-vous annulé — {service}',
  'appointment.mail.cancelled.body':
    'Bonjour,\n\nVotre rendez-vous du {date} à {time} ({service}) est annulé.\nCode du rendez-vous : {code}\n\nPour en prendre un autre : {bookUrl}\n\n{commune}',
  'appointment.mail.reminder.subject': 'Rappel : votre rendez-vous demain à {time} — {service}',
  'appointment.mail.reminder.body':
    'Bonjour,\n\nNous vous rappelons votre rendez-vous de demain.\n\n{service} — {reason}\nLe {date} à {time}\n{place}\nCode du rendez-vous : {code}\n\nPour le revoir, le déplacer ou l’annuler : le lien du message de réservation, ou {url}\n\nL’invitation pour votre agenda est jointe à ce message.\n\n{commune}',
} as const;
export type AppointmentMailsKey = keyof typeof appointmentMailsFr;
