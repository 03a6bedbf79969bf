import type { collectionKindsFr } from './fr.js';

export const collectionKindsEn: Record<keyof typeof collectionKindsFr, string> = {
  'collections.kind.residual': 'Household waste',
  'collections.kind.pmc': 'PMC (plastic, metal, cartons)',
  'collections.kind.paper': 'Paper and cardboard',
  'collections.kind.glass': 'Glass',
  'collections.kind.bulky': 'Bulky waste',
  'collections.feed.summary': 'Collection: {kind}',
  'collections.feed.name': '{commune} — waste collections ({zone})',
  'collections.feed.description': 'Put your waste out the evening before, after 6 pm, or on the day before 6 am.',
};
