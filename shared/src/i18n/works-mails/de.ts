import type { WorksMailsKey } from './fr.js';
export const worksMailsDe: Record<WorksMailsKey, string> = {
  'works.mail.welcome.subject': 'Sie verfolgen die Baustelle „{title}“',
  'works.mail.welcome.body':
    'Guten Tag,\n\nIhre Adresse ist bestätigt: Sie erhalten jede Neuigkeit der Baustelle „{title}“ von {commune}.\n\nDie Seite der Baustelle: {url}\n\nDiese Baustelle nicht mehr verfolgen: {unsubscribeUrl}\n\n{commune}',
  'works.mail.progress.subject': 'Baustelle „{title}“: Neuigkeiten',
  'works.mail.progress.body':
    'Guten Tag,\n\nNeuigkeiten der Baustelle „{title}“ ({date}):\n\n{text}\n\nDie Fotos und die ganze Baustelle: {url}\n\nDiese Baustelle nicht mehr verfolgen: {unsubscribeUrl}\n\n{commune}',
};
