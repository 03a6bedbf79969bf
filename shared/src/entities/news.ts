/**
 * A practical notice written by staff (docs/news.md): « travaux rue … », « collecte reportée », an alert. Own partition
 * `C#c#NEWS#<id>`; the commune's notices are one gsi1 partition sorted by first day (`<from>#<id>`), read newest first
 * by the public list and the feed (bounded), and whole by the staff list. No timeline: the audit entry is written with
 * each change; the author and the last editor are on the item.
 */
import type { NewsKind } from '../news/news-kinds.js';
import type { PermitGeometry } from '../permits/permit-details.js';
import { communePrefix } from './key-parts.js';

export const NEWS_SK: '#NEWS' = '#NEWS';

const newsPk = (commune: string, id: string) => `${communePrefix(commune)}NEWS#${id}`;

export const newsKeys = {
  news: (commune: string, id: string) => ({ pk: newsPk(commune, id), sk: NEWS_SK }),
  /** gsi1: every notice of the commune, by first day then id. */
  newsAll: (commune: string) => `${communePrefix(commune)}NEWS`,
  newsSort: (from: string, id: string) => `${from}#${id}`,
  /** The greatest sort key of a day: the notices up to `day` are those with gsi1sk <= this. */
  newsUpTo: (day: string) => `${day}#~`,
};

/** Where a notice is: an address in words, a point on the map, or both. */
export interface NewsPlace {
  label?: string;
  geometry?: Extract<PermitGeometry, { type: 'Point' }>;
}

/** Who wrote or changed it (from the ID token). */
export interface NewsAuthor {
  sub: string;
  name: string;
}

export interface NewsItem {
  pk: string;
  sk: typeof NEWS_SK;
  type: 'news';
  commune: string;
  id: string;
  kind: NewsKind;
  title: string;
  /** Plain text: shown escaped everywhere, paragraphs on blank lines. */
  body: string;
  place?: NewsPlace;
  /** An https link for more (the commune's page, a PDF). */
  link?: string;
  from: string;
  until?: string;
  published: boolean;
  createdAt: string;
  updatedAt: string;
  createdBy: NewsAuthor;
  updatedBy: NewsAuthor;
  version: number;
  gsi1pk: string;
  gsi1sk: string;
}

export type NewNews = Omit<NewsItem, 'pk' | 'sk' | 'type' | 'version' | 'gsi1pk' | 'gsi1sk' | 'updatedAt' | 'updatedBy'>;

export function newNewsItem(n: NewNews): NewsItem {
  return {
    ...newsKeys.news(n.commune, n.id),
    type: 'news',
    ...n,
    updatedAt: n.createdAt,
    updatedBy: n.createdBy,
    version: 1,
    gsi1pk: newsKeys.newsAll(n.commune),
    gsi1sk: newsKeys.newsSort(n.from, n.id),
  };
}
