/**
 * The report form's parts and what is said when one is at fault: the form (spread in the core module) and the page that
 * refuses a form posted without a script (functions/src/reports/report-form-page.ts). French is the source.
 */
export const reportFieldsFr = {
  'report.title': 'Signaler un problème',
  'report.errors.title': 'Il y a un problème',
  'report.category': 'Catégorie',
  'report.address': 'Adresse ou lieu (par exemple : rue de la Station 12)',
  'report.description': 'Description',
  'report.email': 'Adresse e-mail',
  'report.photos': 'Photos (3 au plus)',
  'report.error.category': 'Choisissez une catégorie.',
  'report.error.place': 'Placez le repère sur la carte ou écrivez une adresse.',
  'report.error.outside': 'Ce lieu est en dehors de la commune. Déplacez le repère ou écrivez une adresse.',
  'report.error.description': 'Décrivez le problème en 10 caractères au moins.',
  'report.error.email': 'Écrivez une adresse e-mail valide, par exemple nom@exemple.be, ou laissez le champ vide.',
  'report.error.answer': 'Répondez à cette question.',
  'report.error.number': 'Écrivez un nombre.',
  'report.error.photos': 'Une photo n’a pas pu être envoyée. Retirez-la ou choisissez-en une autre.',
} as const;
export type ReportFieldsKey = keyof typeof reportFieldsFr;
