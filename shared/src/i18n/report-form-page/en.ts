import type { ReportFormPageKey } from './fr.js';
export const reportFormPageEn: Record<ReportFormPageKey, string> = {
  'report.form.error.intro': 'Your report has not been sent yet. Please correct these points:',
  'report.form.error.other': 'The form could not be sent. Try again in a moment.',
  'report.form.error.back': 'Go back to the form with your browser’s “Back” button: what you wrote is still there.',
  'report.form.error.link': 'Back to the form',
};
