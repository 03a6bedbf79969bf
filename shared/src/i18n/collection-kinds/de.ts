import type { collectionKindsFr } from './fr.js';

export const collectionKindsDe: Record<keyof typeof collectionKindsFr, string> = {
  'collections.kind.residual': 'Restmüll',
  'collections.kind.pmc': 'PMK (Verpackungen)',
  'collections.kind.paper': 'Papier und Pappe',
  'collections.kind.glass': 'Glas',
  'collections.kind.bulky': 'Sperrmüll',
  'collections.feed.summary': 'Abholung: {kind}',
  'collections.feed.name': '{commune} — Müllabfuhr ({zone})',
  'collections.feed.description': 'Stellen Sie Ihren Abfall am Vorabend nach 18 Uhr oder am selben Tag vor 6 Uhr hinaus.',
};
