import type { NewsLabelKey } from './fr.js';

export const newsLabelsDe: Record<NewsLabelKey, string> = {
  'news.kind.alerte': 'Warnung',
  'news.kind.info': 'Information',
  'news.kind.travaux': 'Bauarbeiten',
  'news.kind.evenement': 'Veranstaltung',
  'news.kind.collecte': 'Müllabfuhr',
  'news.feed.title': 'Aktuelles — {commune}',
};
