/**
 * Practical notices, staff side (docs/news.md):
 *   GET   /api/{c}/staff/news         every notice, published or not, newest first day first
 *   POST  /api/{c}/staff/news         write one (Idempotency-Key makes a retry harmless)
 *   PATCH /api/{c}/staff/news/{id}    change it, unpublish it (`published: false`) or publish it again, guarded by its
 *                                     version (409 when stale: one winner)
 * The role matrix says who (the commune's agents and admins). Every change writes its audit entry in its transaction.
 */
import {
  TRACKING_CODE_PATTERN,
  inBoundary,
  keys,
  newNewsItem,
  newTrackingCode,
  normaliseTrackingCode,
  type CommuneRegistration,
  type NewsItem,
  type NewsPlace,
} from '@tandem/shared';
import { NewsChange, NewsInput } from '@tandem/shared/schemas/news';
import { type HttpError, apiHandler, conflict, header, json, notFound, parseBody, pathParam, unprocessable } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { clock } from '../lib/clock.js';
import { requireStaff } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { checkedKey, requestHash } from '../lib/idempotency.js';
import { createdAnswer, runCreateOnce } from '../lib/create-once.js';
import { insertNew } from '../lib/insert-new.js';
import { runVersionedChange } from '../lib/versioned-change.js';
import { routeOf } from '../lib/route-of.js';
import { auditContext, auditEntry } from '../lib/audit.js';
import { allNews, getNews } from './news-store.js';
import { staffNewsView } from './news-view.js';

/** A point must be inside the commune (422 naming the place's geometry otherwise). */
function checkPlace(reg: CommuneRegistration, place: NewsPlace | null | undefined) {
  const c = place?.geometry?.coordinates;
  if (c && !inBoundary({ lng: c[0], lat: c[1] }, reg.config.map.boundary))
    throw unprocessable('this notice cannot be saved as it is', [
      { name: 'place.geometry', reason: `this point is outside ${reg.config.name}` },
    ]);
}

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  const commune = reg.config.id;
  const action = routeOf<'news/staff-news', 'list' | 'create' | 'change'>(event, {
    'GET /api/{commune}/staff/news': 'list',
    'POST /api/{commune}/staff/news': 'create',
    'PATCH /api/{commune}/staff/news/{id}': 'change',
  });
  const audit = auditContext(event, reg, user);
  const today = clock.today();
  const author = { sub: user.sub, name: user.name };

  if (action === 'list') {
    authorize(user, reg.config, 'GET /api/{commune}/staff/news', 'list');
    const items = await allNews(commune);
    return json(200, { items: items.map((n) => staffNewsView(n, today)) }, { 'cache-control': 'no-store' });
  }

  if (action === 'create') {
    authorize(user, reg.config, 'POST /api/{commune}/staff/news', 'create');
    const input = parseBody(event, NewsInput);
    checkPlace(reg, input.place);
    const now = clock.iso();
    const id = newTrackingCode();
    return runCreateOnce({
      commune,
      idempotencyKey: checkedKey(header(event, 'idempotency-key')),
      requestHash: requestHash(event.routeKey, commune, user.sub, input),
      at: now,
      id,
      write: (idem) =>
        insertNew(
          newNewsItem({ commune, id, ...input, createdAt: now, createdBy: author }),
          auditEntry(audit, now, 'news.create', { kind: 'news', id }, input.title),
          idem,
        ),
      answer: async (made, replayed) => {
        const n = await getNews(commune, made);
        if (!n) throw notFound('no notice has this id');
        return createdAnswer(staffNewsView(n, today), `/api/${commune}/staff/news/${made}`, replayed);
      },
      busy: 'this notice is being saved right now; try again in a moment',
    });
  }

  const id = normaliseTrackingCode(pathParam(event, 'id'));
  if (!TRACKING_CODE_PATTERN.test(id)) throw notFound('no notice has this id');
  const current = await getNews(commune, id);
  if (!current) throw notFound('no notice has this id');
  authorize(user, reg.config, 'PATCH /api/{commune}/staff/news/{id}', 'update');
  const change = parseBody(event, NewsChange);
  checkPlace(reg, change.place);
  const from = change.from ?? current.from;
  const until = change.until === null ? undefined : (change.until ?? current.until);
  if (until && until < from)
    throw unprocessable('this notice cannot be saved as it is', [{ name: 'until', reason: 'la fin ne peut précéder le début' }]);
  const now = clock.iso();
  return runVersionedChange({
    commune,
    code: id,
    current,
    expectedVersion: change.version,
    at: now,
    idempotencyKey: checkedKey(header(event, 'idempotency-key')),
    requestHash: requestHash(event.routeKey, id, change),
    build: (n) => {
      const { version: _v, place, link, until: u, ...rest } = change;
      const set: Partial<NewsItem> = {
        ...rest,
        ...(place ? { place } : {}),
        ...(link ? { link } : {}),
        ...(u ? { until: u } : {}),
        updatedBy: author,
        gsi1sk: keys.newsSort(from, n.id),
      };
      const remove = [...(place === null ? ['place'] : []), ...(link === null ? ['link'] : []), ...(u === null ? ['until'] : [])];
      const what =
        change.published === false && n.published
          ? 'news.unpublish'
          : change.published === true && !n.published
            ? 'news.publish'
            : 'news.update';
      return { set, remove, puts: [auditEntry(audit, now, what, { kind: 'news', id }, change.title ?? n.title)] };
    },
    stale,
    reload: () => getNews(commune, id),
    answer: async (replayed) => {
      const fresh = await getNews(commune, id);
      if (!fresh) throw notFound('no notice has this id');
      return json(200, staffNewsView(fresh, today), replayed ? { 'idempotent-replayed': 'true' } : {});
    },
  });
});

function stale(n: NewsItem): HttpError {
  return conflict('someone else changed this notice since you opened it; reload it and try again', { currentVersion: n.version });
}
