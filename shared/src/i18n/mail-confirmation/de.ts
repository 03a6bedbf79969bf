import type { MailConfirmationKey } from './fr.js';
export const mailConfirmationDe: Record<MailConfirmationKey, string> = {
  'mailConfirm.page.title': 'Ihre E-Mail-Adresse bestätigen',
  'mailConfirm.page.intro':
    'Drücken Sie auf die Schaltfläche, um Ihre E-Mail-Adresse zu bestätigen. Danach erhalten Sie die Neuigkeiten zu Ihrem Antrag.',
  'mailConfirm.page.button': 'Meine E-Mail-Adresse bestätigen',
  'mailConfirm.page.busy': 'Wird bestätigt…',
  'mailConfirm.page.done': 'Danke, Ihre E-Mail-Adresse ist bestätigt. Sie erhalten die Neuigkeiten zu Ihrem Antrag per E-Mail.',
  'mailConfirm.page.track': 'Meinen Antrag verfolgen',
  'mailConfirm.page.expired': 'Dieser Link ist abgelaufen. Sie erhalten einen neuen Link mit der nächsten Nachricht der Gemeinde.',
  'mailConfirm.page.unknown': 'Dieser Link ist nicht gültig. Prüfen Sie, ob Sie den ganzen Link aus der E-Mail kopiert haben.',
  'mailConfirm.page.failed': 'Die Bestätigung ist nicht gelungen. Versuchen Sie es gleich noch einmal.',
  'mailConfirm.page.retry': 'Erneut versuchen',
};
