/**
 * What pages say where no script runs, inside <noscript> (docs/report-form.md): read when the site is built, never
 * loaded by the pages' scripts (a page with a script does not show it). French is the source.
 */
export const noscriptFr = {
  'report.noscript': 'Sans JavaScript, la carte et les photos ne sont pas disponibles : écrivez l’adresse ou le lieu du problème.',
  'track.filed.code':
    'Votre code de suivi est la fin de l’adresse de cette page (par exemple ABCD-1234) : notez-le pour suivre votre signalement.',
  'collections.noscript':
    'Sans JavaScript, cette page ne peut pas chercher votre rue. Activez JavaScript ou demandez le calendrier à la commune.',
} as const;
export type NoscriptKey = keyof typeof noscriptFr;
