import type { NewsLabelKey } from './fr.js';

export const newsLabelsNl: Record<NewsLabelKey, string> = {
  'news.kind.alerte': 'Waarschuwing',
  'news.kind.info': 'Informatie',
  'news.kind.travaux': 'Werken',
  'news.kind.evenement': 'Evenement',
  'news.kind.collecte': 'Afvalophaling',
  'news.feed.title': 'Nieuws — {commune}',
};
