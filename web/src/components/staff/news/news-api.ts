/** The staff API of the practical notices (docs/news.md), as the screen calls it. */
import type { NewsList, NewsView } from '@tandem/shared/schemas/news';
import { staffFetch } from '../session';

export type { NewsView };
export const NEWS_PATH = 'staff/news';
export const newsPath = (id: string) => `${NEWS_PATH}/${encodeURIComponent(id)}`;
export const fetchNews = (commune: string) => staffFetch<NewsList>(commune, NEWS_PATH).then((r) => r.items);

/** Where a notice stands for the public today: scheduled, online (on the home page), past its last day, or off the site. */
export type NewsStatus = 'scheduled' | 'online' | 'ended' | 'unpublished';
export function newsStatus(n: NewsView, today: string): NewsStatus {
  if (!n.published) return 'unpublished';
  if (n.from > today) return 'scheduled';
  return n.current ? 'online' : 'ended';
}
