import type { ConfirmationMailsKey } from './fr.js';
export const confirmationMailsDe: Record<ConfirmationMailsKey, string> = {
  'mailConfirm.kind.report': 'eine Meldung',
  'mailConfirm.kind.permit': 'einen Genehmigungsantrag',
  'mailConfirm.subscription.works': 'die Neuigkeiten einer Baustelle (Arbeiten, Umleitungen, Ende der Arbeiten)',
  'mailConfirm.subscription.collections': 'eine Erinnerung am Vorabend jeder Müllabfuhr in Ihrer Zone',
  'mailConfirm.mail.subscriptionBody':
    'Guten Tag,\n\nDie Gemeinde {commune} hat eine Anmeldung erhalten, um {kind} an diese E-Mail-Adresse zu bekommen.\n\nUm sie zu erhalten, bestätigen Sie Ihre Adresse über diesen Link (gültig {days} Tage):\n{confirmUrl}\n\nHaben Sie sich nicht angemeldet? Dann ignorieren Sie diese Nachricht: Sie erhalten nichts weiter.\n\nDie Seite ansehen: {url}\n\n{commune}',
  'mailConfirm.mail.subject': 'Bestätigen Sie Ihre E-Mail-Adresse — {commune}',
  'mailConfirm.mail.body':
    'Guten Tag,\n\ndie Gemeinde {commune} hat {kind} (Verfolgungscode {code}) mit dieser E-Mail-Adresse erhalten.\n\nUm Neuigkeiten zu diesem Antrag zu erhalten, bestätigen Sie Ihre Adresse über diesen Link (gültig {days} Tage):\n{confirmUrl}\n\nWenn Sie nichts beantragt haben, ignorieren Sie diese Nachricht: Sie erhalten dazu nichts weiter.\n\nDen Antrag verfolgen: {url}\n\n{commune}',
};
