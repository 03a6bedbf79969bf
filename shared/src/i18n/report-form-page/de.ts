import type { ReportFormPageKey } from './fr.js';
export const reportFormPageDe: Record<ReportFormPageKey, string> = {
  'report.form.error.intro': 'Ihre Meldung ist noch nicht gesendet. Bitte korrigieren Sie diese Punkte:',
  'report.form.error.other': 'Das Formular konnte nicht gesendet werden. Versuchen Sie es gleich noch einmal.',
  'report.form.error.back':
    'Kehren Sie mit der Schaltfläche „Zurück“ Ihres Browsers zum Formular zurück: Was Sie geschrieben haben, ist noch da.',
  'report.form.error.link': 'Zurück zum Formular',
};
