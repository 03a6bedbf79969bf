/**
 * The catch-up route (`GET /api/{commune}/staff/changes`): after a reconnect a client asks for the changes since the
 * last message it received, on the topics it follows, and gets each once, oldest first, filtered as the socket filters.
 */
import * as z from 'zod';
import { ITEM_ENTITIES } from './topics.js';
import { MESSAGE_ID_PATTERN } from './changes.js';

export const CATCH_UP_MAX = 200;

/**
 * How far before the last change a client received its catch-up asks from. The feed orders changes by the instant
 * they were made, but a change reaches the socket after the stream, the bus and the fan-out: one made just before
 * another may arrive after it, or be lost with the connection while the later one came through. Asking from a little
 * earlier finds it; what the client already had it drops by id.
 */
export const CATCH_UP_OVERLAP_MS = 2 * 60_000;

/** A `since` at an instant (a message id sorting before every change made at or after it). */
export const sinceInstant = (ms: number) => `${new Date(ms).toISOString()}~0000000`;

/** The `since` a catch-up asks with, after `lastId` (the newest message id received): CATCH_UP_OVERLAP_MS earlier. */
export function catchUpSince(lastId: string): string {
  return sinceInstant(Date.parse(lastId.slice(0, lastId.indexOf('~'))) - CATCH_UP_OVERLAP_MS);
}

export const ChangesQuery = z.object({
  /** The id of the last message received; absent: the oldest changes the feed still keeps. */
  since: z.string().regex(MESSAGE_ID_PATTERN, 'a message id as the socket sent it').optional(),
  /** The topics followed, comma-separated (at most 50). */
  topics: z
    .string()
    .min(1)
    .max(4000)
    .transform((s) => [...new Set(s.split(',').map((t) => t.trim()))].filter(Boolean))
    .pipe(z.array(z.string().min(1).max(120)).min(1).max(50)),
  limit: z.coerce.number().int().min(1).max(CATCH_UP_MAX).default(100),
});
export type ChangesQuery = z.output<typeof ChangesQuery>;

export const RealtimeMessageView = z.object({
  id: z.string(),
  topics: z.array(z.string()),
  entity: z.enum(ITEM_ENTITIES),
  ref: z.string(),
  kind: z.string(),
  at: z.string(),
  from: z.string().optional(),
  to: z.string().optional(),
  fields: z.array(z.string()).optional(),
  department: z.string().optional(),
  by: z.string().optional(),
});

export const RealtimeChanges = z.object({
  items: z.array(RealtimeMessageView),
  /** More changes may follow: ask again with `since` = this (the last change read, whether it was answered or not). */
  next: z.string().optional(),
  /** Topics the person may not follow (not answered); unknown topics are a 400. */
  refused: z.array(z.string()),
});
export type RealtimeChanges = z.infer<typeof RealtimeChanges>;
