import { describe, expect, it } from 'vitest';
import { CATCH_UP_OVERLAP_MS, ChangesQuery, catchUpSince, sinceInstant } from './catch-up.js';
import { MESSAGE_ID_PATTERN, messageId } from './changes.js';

describe('catch-up since', () => {
  const last = messageId('2026-12-01T09:30:00.000Z', 'report', 'ABCD-1234', 'event-2');

  it('asks from the overlap before the last message, as an id the route accepts', () => {
    const since = catchUpSince(last);
    expect(since).toBe(`${new Date(Date.parse('2026-12-01T09:30:00.000Z') - CATCH_UP_OVERLAP_MS).toISOString()}~0000000`);
    expect(since).toMatch(MESSAGE_ID_PATTERN);
    expect(ChangesQuery.safeParse({ since, topics: 'reports' }).success).toBe(true);
  });

  it('reaches a change made just before the last one but delivered after it, and none made long before', () => {
    const since = catchUpSince(last);
    const delayed = messageId('2026-12-01T09:29:58.500Z', 'report', 'ABCD-1234', 'event-1');
    const old = messageId('2026-12-01T09:20:00.000Z', 'report', 'ABCD-1234', 'event-0');
    // The feed answers ids after `since` (a key range): the delayed change is in it, the old one is not.
    expect(delayed > since).toBe(true);
    expect(delayed < last).toBe(true);
    expect(old > since).toBe(false);
  });

  it('an instant sorts before every change made at or after it', () => {
    const at = Date.parse('2026-12-01T09:30:00.000Z');
    expect(sinceInstant(at) < messageId('2026-12-01T09:30:00.000Z', 'task', 'W88G-6D8J', 'x')).toBe(true);
    expect(sinceInstant(at) > messageId('2026-12-01T09:29:59.999Z', 'task', 'W88G-6D8J', 'x')).toBe(true);
  });
});
