/** The page that refuses a report form posted without a script (functions/src/reports/report-form-page.ts): server only. French is the source. */
export const reportFormPageFr = {
  'report.form.error.intro': 'Votre signalement n’est pas encore envoyé. Corrigez ces points :',
  'report.form.error.other': 'Le formulaire n’a pas pu être envoyé. Réessayez dans un instant.',
  'report.form.error.back': 'Revenez au formulaire avec le bouton « Précédent » de votre navigateur : ce que vous avez écrit y est encore.',
  'report.form.error.link': 'Revenir au formulaire',
} as const;
export type ReportFormPageKey = keyof typeof reportFormPageFr;
