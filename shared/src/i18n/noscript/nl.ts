import type { NoscriptKey } from './fr.js';
export const noscriptNl: Record<NoscriptKey, string> = {
  'report.noscript': 'Zonder JavaScript zijn de kaart en de foto’s niet beschikbaar: schrijf het adres of de plaats van het probleem.',
  'track.filed.code':
    'Uw volgcode staat aan het einde van het adres van deze pagina (bijvoorbeeld ABCD-1234): noteer hem om uw melding te volgen.',
  'collections.noscript':
    'Zonder JavaScript kan deze pagina uw straat niet zoeken. Zet JavaScript aan of vraag de kalender aan de gemeente.',
};
