import type { NoscriptKey } from './fr.js';
export const noscriptDe: Record<NoscriptKey, string> = {
  'report.noscript': 'Ohne JavaScript sind die Karte und die Fotos nicht verfügbar: Schreiben Sie die Adresse oder den Ort des Problems.',
  'track.filed.code':
    'Ihr Verfolgungscode steht am Ende der Adresse dieser Seite (zum Beispiel ABCD-1234): Notieren Sie ihn, um Ihre Meldung zu verfolgen.',
  'collections.noscript':
    'Ohne JavaScript kann diese Seite Ihre Straße nicht suchen. Aktivieren Sie JavaScript oder fragen Sie die Gemeinde nach dem Kalender.',
};
