import type { NewsLabelKey } from './fr.js';

export const newsLabelsEn: Record<NewsLabelKey, string> = {
  'news.kind.alerte': 'Alert',
  'news.kind.info': 'Information',
  'news.kind.travaux': 'Road works',
  'news.kind.evenement': 'Event',
  'news.kind.collecte': 'Waste collection',
  'news.feed.title': 'News — {commune}',
};
