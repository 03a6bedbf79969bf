import type { ReportFormPageKey } from './fr.js';
export const reportFormPageNl: Record<ReportFormPageKey, string> = {
  'report.form.error.intro': 'Uw melding is nog niet verstuurd. Verbeter deze punten:',
  'report.form.error.other': 'Het formulier kon niet worden verstuurd. Probeer het zo dadelijk opnieuw.',
  'report.form.error.back': 'Ga terug naar het formulier met de knop „Vorige” van uw browser: wat u schreef, staat er nog.',
  'report.form.error.link': 'Terug naar het formulier',
};
