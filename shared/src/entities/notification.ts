/**
 * A person's notifications (docs/notifications.md), all in the person's own partition `C#c#NOTIF#<sub>`:
 *   notification  `N#<at>#<id>`, newest first when read backwards; `id` is derived from what caused it (the event's
 *                 activity or timeline item, or the task and kind for due dates), so a replayed event puts the same key
 *                 and the conditional put refuses it. Ids and states only: no title, no text anyone typed. Unread ones
 *                 are also in a sparse index (gsi1 `C#c#NOTIF-UNREAD#<sub>`), which counts them and lists them for
 *                 « mark all read » and the digest; marking one read removes its index keys. Kept 90 days (TTL).
 *   preferences   `#PREFS`: how the person hears of them (absent = the default, a daily digest).
 * The daily digest's sent-marker (`MAIL#DIGEST#<day>`, entities/mail-sent.ts) is in the same partition: one mail a day.
 */
import { derivedWorkId } from '../work/derived-id.js';
import {
  NOTIFICATION_TTL_DAYS,
  type NotificationDelivery,
  type NotificationKind,
  type NotifiedItemKind,
} from '../notifications/notification-kinds.js';
import { communePrefix } from './key-parts.js';

export const NOTIFICATION_PREFIX = 'N#';
export const NOTIFICATION_PREFS_SK = '#PREFS';

const notificationsPk = (commune: string, sub: string) => `${communePrefix(commune)}NOTIF#${sub}`;

export const notificationKeys = {
  notificationsPk,
  /** `id` is what the API shows: `<at>#<derived id>`. */
  notification: (commune: string, sub: string, id: string) => ({ pk: notificationsPk(commune, sub), sk: `${NOTIFICATION_PREFIX}${id}` }),
  /** gsi1: a person's unread notifications (sparse). */
  unread: (commune: string, sub: string) => `${communePrefix(commune)}NOTIF-UNREAD#${sub}`,
  notificationPrefs: (commune: string, sub: string) => ({ pk: notificationsPk(commune, sub), sk: NOTIFICATION_PREFS_SK }),
};

/** A notification's id: its instant and a short id derived from its cause (the same cause, the same id). */
export const NOTIFICATION_ID_PATTERN = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z#[0-9A-Z]{4}-[0-9A-Z]{4}$/;
export const notificationId = (at: string, cause: string) => `${at}#${derivedWorkId(`notification#${cause}`)}`;

export interface NotificationItem {
  pk: string;
  sk: string;
  type: 'notification';
  commune: string;
  sub: string;
  id: string;
  kind: NotificationKind;
  item: { kind: NotifiedItemKind; id: string };
  /** Who did it (a sub); none for the scheduler's due-date notifications. */
  actorSub?: string;
  /** The state moved to (watched_state), as stored. */
  state?: string;
  at: string;
  read: boolean;
  readAt?: string;
  /** Seconds since the epoch (the table's TTL). */
  expiresAt: number;
  gsi1pk?: string;
  gsi1sk?: string;
}

export interface NewNotification {
  commune: string;
  sub: string;
  kind: NotificationKind;
  item: { kind: NotifiedItemKind; id: string };
  at: string;
  /** What caused it, unique per recipient's kind of notice (e.g. the activity item's key). */
  cause: string;
  actorSub?: string;
  state?: string;
}

export function newNotificationItem(n: NewNotification): NotificationItem {
  const id = notificationId(n.at, n.cause);
  return {
    ...notificationKeys.notification(n.commune, n.sub, id),
    type: 'notification',
    commune: n.commune,
    sub: n.sub,
    id,
    kind: n.kind,
    item: n.item,
    ...(n.actorSub ? { actorSub: n.actorSub } : {}),
    ...(n.state ? { state: n.state } : {}),
    at: n.at,
    read: false,
    expiresAt: Math.floor(Date.parse(n.at) / 1000) + NOTIFICATION_TTL_DAYS * 86_400,
    gsi1pk: notificationKeys.unread(n.commune, n.sub),
    gsi1sk: id,
  };
}

export interface NotificationPrefsItem {
  pk: string;
  sk: string;
  type: 'notification-prefs';
  commune: string;
  sub: string;
  delivery: NotificationDelivery;
  updatedAt: string;
}

export function notificationPrefsItem(
  commune: string,
  sub: string,
  delivery: NotificationDelivery,
  updatedAt: string,
): NotificationPrefsItem {
  return { ...notificationKeys.notificationPrefs(commune, sub), type: 'notification-prefs', commune, sub, delivery, updatedAt };
}
