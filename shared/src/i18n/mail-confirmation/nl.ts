import type { MailConfirmationKey } from './fr.js';
export const mailConfirmationNl: Record<MailConfirmationKey, string> = {
  'mailConfirm.kind.report': 'een melding',
  'mailConfirm.kind.permit': 'een vergunningsaanvraag',
  'mailConfirm.kind.works': 'een verzoek om een bouwwerf te volgen',
  'mailConfirm.mail.subject': 'Bevestig uw e-mailadres — {commune}',
  'mailConfirm.mail.body':
    'Goedendag,\n\nDe gemeente {commune} heeft {kind} (volgcode {code}) met dit e-mailadres ontvangen.\n\nOm nieuws over deze aanvraag te ontvangen, bevestigt u uw adres door deze link te openen (geldig gedurende {days} dagen):\n{confirmUrl}\n\nHebt u niets aangevraagd? Negeer dan dit bericht: u ontvangt hierover niets meer.\n\nDe aanvraag volgen: {url}\n\n{commune}',
  'mailConfirm.page.title': 'Uw e-mailadres bevestigen',
  'mailConfirm.page.intro': 'Druk op de knop om uw e-mailadres te bevestigen. Daarna ontvangt u het nieuws over uw aanvraag.',
  'mailConfirm.page.button': 'Mijn e-mailadres bevestigen',
  'mailConfirm.page.busy': 'Bezig met bevestigen…',
  'mailConfirm.page.done': 'Bedankt, uw e-mailadres is bevestigd. U ontvangt het nieuws over uw aanvraag per e-mail.',
  'mailConfirm.page.track': 'Mijn aanvraag volgen',
  'mailConfirm.page.expired': 'Deze link is verlopen. U ontvangt een nieuwe link met het volgende bericht van de gemeente.',
  'mailConfirm.page.unknown': 'Deze link is niet geldig. Controleer of u de volledige link uit de e-mail hebt gekopieerd.',
  'mailConfirm.page.failed': 'De bevestiging is niet gelukt. Probeer het zo dadelijk opnieuw.',
  'mailConfirm.page.retry': 'Opnieuw proberen',
};
