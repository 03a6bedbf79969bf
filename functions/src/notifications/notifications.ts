/**
 * The notification centre's API, one function (the platform stack counts its resources; docs/notifications.md):
 *   GET  /api/{c}/staff/notifications?limit&cursor   the caller's notifications, newest first, a page at a time
 *   GET  /api/{c}/staff/notifications/unread         how many are unread (the bell)
 *   POST /api/{c}/staff/notifications/read           mark some (`ids`) or all (`all: true`) read; idempotent
 *   GET|PUT /api/{c}/staff/notifications/preferences how the caller hears of them (app only, daily digest, push)
 *   GET|PUT|DELETE /api/{c}/staff/notifications/push  Web Push: the VAPID public key; register / unregister a browser
 * No route names a person: every read and write is in the caller's own partition (their token's sub), so nobody can
 * read or mark another's. Marking read and choosing a delivery change nothing of the commune's work: no audit entry.
 */
import {
  NotificationListQuery,
  MarkReadInput,
  NotificationPrefsInput,
  type NotificationPage,
  type NotificationView,
} from '@tandem/shared/notifications/notification-api';
import { notificationKeys, type NotificationItem } from '@tandem/shared';
import { type ApiRoute, routeOf } from '../lib/route-of.js';
import { apiHandler, badRequest, json, parseBody, parseQuery, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { requireStaff } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { clock } from '../lib/clock.js';
import { decodeCursor, encodeCursor } from '../lib/cursor.js';
import { getDelivery, markAllRead, markRead, notificationPage, putDelivery, unreadCount } from './notification-store.js';
import { pushKeyAnswer, registerPush, unregisterPush } from './push-routes.js';

async function caller(event: ApiEvent) {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  return { reg, user, commune: reg.config.id };
}

const view = (n: NotificationItem): NotificationView => ({
  id: n.id,
  kind: n.kind,
  item: n.item,
  ...(n.actorSub ? { actorSub: n.actorSub } : {}),
  ...(n.state ? { state: n.state } : {}),
  at: n.at,
  read: n.read,
});

async function list(event: ApiEvent): Promise<ApiResult> {
  const { reg, user, commune } = await caller(event);
  authorize(user, reg.config, 'GET /api/{commune}/staff/notifications', 'read');
  const q = parseQuery(event, NotificationListQuery);
  const start = decodeCursor(q.cursor, commune);
  // A cursor of someone else's list (or of another list) is refused, never followed.
  if (start && (start.pk !== notificationKeys.notificationsPk(commune, user.sub) || Object.keys(start).length !== 2))
    throw badRequest('this paging cursor belongs to another list', [{ name: 'cursor', reason: 'not a cursor from your notifications' }]);
  const page = await notificationPage(commune, user.sub, q.limit, start);
  const body: NotificationPage = { items: page.items.map(view), ...(page.next ? { cursor: encodeCursor(page.next) } : {}) };
  return json(200, body);
}

async function unread(event: ApiEvent): Promise<ApiResult> {
  const { reg, user, commune } = await caller(event);
  authorize(user, reg.config, 'GET /api/{commune}/staff/notifications/unread', 'read');
  return json(200, await unreadCount(commune, user.sub));
}

async function read(event: ApiEvent): Promise<ApiResult> {
  const { reg, user, commune } = await caller(event);
  authorize(user, reg.config, 'POST /api/{commune}/staff/notifications/read', 'mark');
  const input = parseBody(event, MarkReadInput);
  const now = clock.iso();
  const marked = input.all ? await markAllRead(commune, user.sub, now) : await markRead(commune, user.sub, input.ids ?? [], now);
  return json(200, { marked, ...(await unreadCount(commune, user.sub)) });
}

async function choosePreferences(event: ApiEvent): Promise<ApiResult> {
  const { reg, user, commune } = await caller(event);
  authorize(user, reg.config, 'PUT /api/{commune}/staff/notifications/preferences', 'change');
  const { delivery } = parseBody(event, NotificationPrefsInput);
  await putDelivery(commune, user.sub, delivery, clock.iso());
  return json(200, { delivery, chosen: true });
}

async function readPreferences(event: ApiEvent): Promise<ApiResult> {
  const { reg, user, commune } = await caller(event);
  authorize(user, reg.config, 'GET /api/{commune}/staff/notifications/preferences', 'read');
  return json(200, await getDelivery(commune, user.sub));
}

export const handler = apiHandler((event) =>
  routeOf<'notifications/notifications', ApiRoute>(event, {
    'GET /api/{commune}/staff/notifications': list,
    'GET /api/{commune}/staff/notifications/unread': unread,
    'POST /api/{commune}/staff/notifications/read': read,
    'GET /api/{commune}/staff/notifications/preferences': readPreferences,
    'PUT /api/{commune}/staff/notifications/preferences': choosePreferences,
    'GET /api/{commune}/staff/notifications/push': async (event) => {
      const { reg, user } = await caller(event);
      authorize(user, reg.config, 'GET /api/{commune}/staff/notifications/push', 'read');
      return pushKeyAnswer();
    },
    'PUT /api/{commune}/staff/notifications/push': async (event) => {
      const { reg, user, commune } = await caller(event);
      authorize(user, reg.config, 'PUT /api/{commune}/staff/notifications/push', 'change');
      return registerPush(event, commune, user.sub);
    },
    'DELETE /api/{commune}/staff/notifications/push': async (event) => {
      const { reg, user, commune } = await caller(event);
      authorize(user, reg.config, 'DELETE /api/{commune}/staff/notifications/push', 'change');
      return unregisterPush(event, commune, user.sub);
    },
  })(event),
);
