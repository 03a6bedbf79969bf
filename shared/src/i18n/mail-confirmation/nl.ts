import type { MailConfirmationKey } from './fr.js';
export const mailConfirmationNl: Record<MailConfirmationKey, string> = {
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
