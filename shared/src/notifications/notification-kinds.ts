/**
 * What a notification tells of, and how a person wants to hear of them (docs/notifications.md). Defined once: the
 * planner, the stored items, the API's schemas and the staff app's words all use these lists.
 */
import type { FollowedKind } from '../entities/work-follow.js';

export const NOTIFICATION_KINDS = [
  /** Someone named me (or one of my departments) in a comment. */
  'mention',
  /** A task was given to me, a report to me or to my department. */
  'assignment',
  /** One of my departments is asked for its opinion on a permit request. */
  'opinion_requested',
  /** Something I watch changed state. */
  'watched_state',
  /** Something I watch got a comment. */
  'watched_comment',
  /** A task of mine is due within a day. */
  'due_soon',
  /** A task of mine is past its due instant and still open. */
  'overdue',
  /** A task given to me urgent, or a task of mine made urgent (the field app's workers hear of it on their phone). */
  'urgent',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a notification points at: the item's kind and its id (tasks, projects) or code (reports, permits). */
export const NOTIFIED_ITEM_KINDS = ['task', 'project', 'report', 'permit'] as const satisfies readonly FollowedKind[];
export type NotifiedItemKind = (typeof NOTIFIED_ITEM_KINDS)[number];

/**
 * How a person hears of their notifications besides the app: only in the app; a daily e-mail digest of the day's unread
 * ones (the default); push (Web Push of mentions and assignments to the browsers the person registered: push.ts).
 */
export const NOTIFICATION_DELIVERIES = ['app', 'digest', 'push'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];
export const DEFAULT_NOTIFICATION_DELIVERY: NotificationDelivery = 'digest';

/** Notifications are kept this long (the table's TTL removes them, read or not). */
export const NOTIFICATION_TTL_DAYS = 90;
/** "Due soon": due within this many hours. */
export const DUE_SOON_HOURS = 24;
/** The scheduler looks this far back for overdue tasks (older ones were told of already, or are long forgotten). */
export const OVERDUE_LOOKBACK_DAYS = 14;
/** The daily digest goes out at the first scheduled run from this Brussels hour on. */
export const DIGEST_HOUR = 17;
/** The unread count stops counting here (the bell shows « 99+ »). */
export const UNREAD_COUNT_CAP = 100;
