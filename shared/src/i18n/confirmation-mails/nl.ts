import type { ConfirmationMailsKey } from './fr.js';
export const confirmationMailsNl: Record<ConfirmationMailsKey, string> = {
  'mailConfirm.kind.report': 'een melding',
  'mailConfirm.kind.permit': 'een vergunningsaanvraag',
  'mailConfirm.kind.works': 'een verzoek om een bouwwerf te volgen',
  'mailConfirm.kind.collections': 'een herinnering aan de afvalophaling',
  'mailConfirm.mail.subject': 'Bevestig uw e-mailadres — {commune}',
  'mailConfirm.mail.body':
    'Goedendag,\n\nDe gemeente {commune} heeft {kind} (volgcode {code}) met dit e-mailadres ontvangen.\n\nOm nieuws over deze aanvraag te ontvangen, bevestigt u uw adres door deze link te openen (geldig gedurende {days} dagen):\n{confirmUrl}\n\nHebt u niets aangevraagd? Negeer dan dit bericht: u ontvangt hierover niets meer.\n\nDe aanvraag volgen: {url}\n\n{commune}',
};
