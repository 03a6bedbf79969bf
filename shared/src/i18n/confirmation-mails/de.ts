import type { ConfirmationMailsKey } from './fr.js';
export const confirmationMailsDe: Record<ConfirmationMailsKey, string> = {
  'mailConfirm.kind.report': 'eine Meldung',
  'mailConfirm.kind.permit': 'einen Genehmigungsantrag',
  'mailConfirm.kind.works': 'eine Anfrage, eine Baustelle zu verfolgen',
  'mailConfirm.kind.collections': 'eine Erinnerung an die Müllabfuhr',
  'mailConfirm.mail.subject': 'Bestätigen Sie Ihre E-Mail-Adresse — {commune}',
  'mailConfirm.mail.body':
    'Guten Tag,\n\ndie Gemeinde {commune} hat {kind} (Verfolgungscode {code}) mit dieser E-Mail-Adresse erhalten.\n\nUm Neuigkeiten zu diesem Antrag zu erhalten, bestätigen Sie Ihre Adresse über diesen Link (gültig {days} Tage):\n{confirmUrl}\n\nWenn Sie nichts beantragt haben, ignorieren Sie diese Nachricht: Sie erhalten dazu nichts weiter.\n\nDen Antrag verfolgen: {url}\n\n{commune}',
};
