/**
 * The kinds of waste collection in words (docs/collections.md): the collections page, the staff screen and the
 * calendar feed (the server writes them in French). French is the source; the other locales must define every key.
 */
export const collectionKindsFr = {
  'collections.kind.residual': 'Ordures ménagères',
  'collections.kind.pmc': 'PMC',
  'collections.kind.paper': 'Papiers-cartons',
  'collections.kind.glass': 'Verre',
  'collections.kind.bulky': 'Encombrants',
  'collections.feed.summary': 'Collecte : {kind}',
  'collections.feed.name': '{commune} — collectes des déchets ({zone})',
  'collections.feed.description': 'Sortez vos déchets la veille au soir, après 18 h, ou le jour même avant 6 h.',
} as const;
