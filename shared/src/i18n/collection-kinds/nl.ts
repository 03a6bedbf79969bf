import type { collectionKindsFr } from './fr.js';

export const collectionKindsNl: Record<keyof typeof collectionKindsFr, string> = {
  'collections.kind.residual': 'Huisvuil',
  'collections.kind.pmc': 'PMD',
  'collections.kind.paper': 'Papier en karton',
  'collections.kind.glass': 'Glas',
  'collections.kind.bulky': 'Grofvuil',
  'collections.feed.summary': 'Ophaling: {kind}',
  'collections.feed.name': '{commune} — afvalophaling ({zone})',
  'collections.feed.description': 'Zet uw afval de avond voordien buiten, na 18 uur, of op de dag zelf vóór 6 uur.',
};
