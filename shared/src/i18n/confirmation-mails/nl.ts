import type { ConfirmationMailsKey } from './fr.js';
export const confirmationMailsNl: Record<ConfirmationMailsKey, string> = {
  'mailConfirm.kind.report': 'een melding',
  'mailConfirm.kind.permit': 'een vergunningsaanvraag',
  'mailConfirm.subscription.works': 'het nieuws van een bouwwerf (werken, omleidingen, einde van de werken)',
  'mailConfirm.subscription.collections': 'een herinnering de avond voor elke afvalophaling in uw zone',
  'mailConfirm.mail.subscriptionBody':
    'Goedendag,\n\nDe gemeente {commune} heeft een inschrijving ontvangen om {kind} op dit e-mailadres te ontvangen.\n\nOm ze te ontvangen, bevestigt u uw adres via deze link (geldig {days} dagen):\n{confirmUrl}\n\nHebt u zich niet ingeschreven? Negeer dan dit bericht: u ontvangt niets meer.\n\nDe pagina bekijken: {url}\n\n{commune}',
  'mailConfirm.mail.subject': 'Bevestig uw e-mailadres — {commune}',
  'mailConfirm.mail.body':
    'Goedendag,\n\nDe gemeente {commune} heeft {kind} (volgcode {code}) met dit e-mailadres ontvangen.\n\nOm nieuws over deze aanvraag te ontvangen, bevestigt u uw adres door deze link te openen (geldig gedurende {days} dagen):\n{confirmUrl}\n\nHebt u niets aangevraagd? Negeer dan dit bericht: u ontvangt hierover niets meer.\n\nDe aanvraag volgen: {url}\n\n{commune}',
};
