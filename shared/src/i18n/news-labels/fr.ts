/** The practical notices' kinds and the feed's title: the web (spread in news/) and the Atom feed (server) write them. */
export const newsLabelsFr = {
  'news.kind.alerte': 'Alerte',
  'news.kind.info': 'Information',
  'news.kind.travaux': 'Travaux',
  'news.kind.evenement': 'Évènement',
  'news.kind.collecte': 'Collecte des déchets',
  'news.feed.title': 'Actualités — {commune}',
} as const;
export type NewsLabelKey = keyof typeof newsLabelsFr;
