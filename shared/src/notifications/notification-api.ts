/**
 * The notification centre's API (functions/src/notifications/): the query, bodies and answers, parsed and described
 * by these schemas (bad input is a 400 naming the field). Every route reads or changes the caller's own
 * notifications only: there is no way to name another person.
 */
import * as z from 'zod';
import { NOTIFICATION_ID_PATTERN } from '../entities/notification.js';
import { NOTIFICATION_DELIVERIES, NOTIFICATION_KINDS, NOTIFIED_ITEM_KINDS } from './notification-kinds.js';

export const NOTIFICATION_PAGE_MAX = 50;

export const NotificationListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(NOTIFICATION_PAGE_MAX).default(20).describe('Notifications per page (1–50).'),
  cursor: z.string().min(1).max(1000).optional().describe('The `cursor` of the previous page.'),
});
export type NotificationListQuery = z.infer<typeof NotificationListQuery>;

export const NotificationIdSchema = z.string().regex(NOTIFICATION_ID_PATTERN, 'not a notification id');

export const NotificationView = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  item: z.object({ kind: z.enum(NOTIFIED_ITEM_KINDS), id: z.string() }),
  actorSub: z.string().optional().describe('Who did it (a staff member’s id, from GET …/staff/people).'),
  state: z.string().optional().describe('The state a watched item moved to.'),
  at: z.string(),
  read: z.boolean(),
});
export type NotificationView = z.infer<typeof NotificationView>;

export const NotificationPage = z.object({
  items: z.array(NotificationView),
  cursor: z.string().optional().describe('Present when there are older notifications.'),
});
export type NotificationPage = z.infer<typeof NotificationPage>;

export const UnreadCount = z.object({
  unread: z.number().int().min(0),
  capped: z.boolean().describe('True when there are at least this many (the count stops at 100).'),
});
export type UnreadCount = z.infer<typeof UnreadCount>;

/** Mark some notifications read (`ids`), or all of them (`all: true`); marking one already read changes nothing. */
export const MarkReadInput = z
  .object({
    ids: z.array(NotificationIdSchema).min(1).max(NOTIFICATION_PAGE_MAX).optional(),
    all: z.literal(true).optional(),
  })
  .strict()
  .refine((v) => (v.ids === undefined) !== (v.all === undefined), { message: 'send either ids or all: true', path: ['ids'] });
export type MarkReadInput = z.infer<typeof MarkReadInput>;

export const MarkReadAnswer = z.object({
  marked: z.number().int().min(0).describe('How many were unread and are read now.'),
  unread: z.number().int().min(0),
  capped: z.boolean(),
});

export const NotificationPrefsInput = z.object({ delivery: z.enum(NOTIFICATION_DELIVERIES) }).strict();
export type NotificationPrefsInput = z.infer<typeof NotificationPrefsInput>;

export const NotificationPrefsView = z.object({
  delivery: z.enum(NOTIFICATION_DELIVERIES),
  chosen: z.boolean().describe('False while the person has not chosen: the default (a daily digest) applies.'),
});
export type NotificationPrefsView = z.infer<typeof NotificationPrefsView>;
