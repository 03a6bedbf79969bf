/** A notice as the API answers it: the public's view (schemas/news.ts: PublicNews) and the staff's (NewsView). */
import { isCurrentNews, type NewsItem } from '@tandem/shared';
import type { NewsView, PublicNews } from '@tandem/shared/schemas/news';
import { newsPagePath } from '@tandem/shared/news/news-kinds';

export function publicNewsView(n: NewsItem, today: string): PublicNews {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    ...(n.place ? { place: n.place } : {}),
    ...(n.link ? { link: n.link } : {}),
    from: n.from,
    ...(n.until ? { until: n.until } : {}),
    current: isCurrentNews(n, today),
    url: newsPagePath(n.commune, n.id),
    updatedAt: n.updatedAt,
  };
}

export function staffNewsView(n: NewsItem, today: string): NewsView {
  return {
    ...publicNewsView(n, today),
    published: n.published,
    createdAt: n.createdAt,
    createdBy: n.createdBy,
    updatedBy: n.updatedBy,
    version: n.version,
  };
}
