/**
 * Practical notices, public side (docs/news.md):
 *   GET /api/{c}/news                         published notices whose first day has come, newest first (at most 50);
 *                                             ?current=true: those still on the home page, alerts first (at most 4)
 *   GET /api/feeds/{c}/actualites.atom        the same notices as an Atom 1.0 feed (ETag, 304 when unchanged)
 * Never who wrote a notice. Reads only.
 */
import { HOME_NEWS_LIMIT, NEWS_KINDS, PUBLIC_NEWS_LIMIT, byHomeOrder, byNewest, isCurrentNews, type NewsKind } from '@tandem/shared';
import { PublicNewsQuery } from '@tandem/shared/schemas/news';
import { toAtomFeed } from '@tandem/shared/news/atom-feed';
import { newsLabelsFr, translateFrench } from '@tandem/shared/i18n/server-messages';
import { apiHandler, json, parseQuery } from '../lib/http.js';
import { cachedResponse } from '../lib/cached-response.js';
import { communeFromPath } from '../lib/commune.js';
import { env } from '../lib/aws.js';
import { clock } from '../lib/clock.js';
import { routeOf } from '../lib/route-of.js';
import { publicNews } from './news-store.js';
import { publicNewsView } from './news-view.js';

/** Short: an alert or its withdrawal reaches the site within a minute. */
const CACHE = 'public, max-age=60';
const LABELS = [newsLabelsFr];

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const commune = reg.config.id;
  const today = clock.today();
  const route = routeOf<'news/public-news', 'list' | 'atom'>(event, {
    'GET /api/{commune}/news': 'list',
    'GET /api/feeds/{commune}/actualites.atom': 'atom',
  });
  const items = (await publicNews(commune, today, PUBLIC_NEWS_LIMIT)).sort(byNewest);

  if (route === 'list') {
    const q = parseQuery(event, PublicNewsQuery);
    const chosen =
      q.current === 'true'
        ? items
            .filter((n) => isCurrentNews(n, today))
            .sort(byHomeOrder)
            .slice(0, HOME_NEWS_LIMIT)
        : items;
    return json(
      200,
      { items: chosen.map((n) => publicNewsView(n, today)) },
      { 'cache-control': CACHE, 'access-control-allow-origin': '*' },
    );
  }

  const kindLabels = Object.fromEntries(NEWS_KINDS.map((k) => [k, translateFrench(LABELS, `news.kind.${k}`)])) as Record<NewsKind, string>;
  const updated = items.reduce((m, n) => (n.updatedAt > m ? n.updatedAt : m), '2026-01-01T00:00:00.000Z');
  const body = toAtomFeed(
    items.map((n) => publicNewsView(n, today)),
    {
      commune: { id: commune, name: reg.config.name },
      baseUrl: env().publicBaseUrl,
      title: translateFrench(LABELS, 'news.feed.title', { commune: reg.config.name }),
      kindLabels,
      updated,
    },
  );
  return cachedResponse(event.headers, body, 'application/atom+xml; charset=utf-8', CACHE);
});
