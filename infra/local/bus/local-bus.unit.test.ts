import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_RULES, REPORT_EVENT_SOURCE, REPORT_EVENT_TYPES } from '@tandem/shared';
import { LocalBus, type BusEvent } from './local-bus.js';
import { logger } from '../util/log.js';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'tandem-bus-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const quiet = logger('bus-test', true);
const silentLog = { ...quiet, warn: () => undefined, error: () => undefined };

function entry(detailType: string, detail: Record<string, unknown>, bus = 'tandem') {
  return { Source: REPORT_EVENT_SOURCE, DetailType: detailType, Detail: JSON.stringify(detail), EventBusName: bus };
}
const detail = (pub: boolean) => ({
  commune: 'soignies',
  code: 'ABCD-1234',
  kind: 'state_changed',
  at: '2026-01-01T00:00:00Z',
  public: pub,
  timelineId: 'TL#1',
});

describe('local bus', () => {
  it('delivers to the targets of the shared rules whose pattern matches, as EventBridge events', async () => {
    const calls: { target: string; event: BusEvent }[] = [];
    const bus = new LocalBus({
      busName: 'tandem',
      deadLetterDir: tempDir(),
      log: silentLog,
      invoke: async (target, event) => {
        calls.push({ target, event });
      },
    });
    const out = bus.putEvents([
      entry(REPORT_EVENT_TYPES.state_changed, detail(true)),
      entry(REPORT_EVENT_TYPES.private_note, { ...detail(false), kind: 'private_note' }),
      entry(REPORT_EVENT_TYPES.state_changed, detail(false)),
    ]);
    await bus.idle();
    expect(out.FailedEntryCount).toBe(0);
    expect(out.Entries.every((e) => typeof e.EventId === 'string')).toBe(true);
    const rule = EVENT_RULES.find((r) => r.name === 'notify-reporter')!;
    // The real-time fan-out takes every report event, the staff notifications every state change (public or not),
    // the reporter's notifier only the public ones.
    expect(calls.filter((c) => c.target === 'realtime/fan-out')).toHaveLength(3);
    expect(calls.filter((c) => c.target === 'notifications/notify-staff')).toHaveLength(2);
    const reporter = calls.filter((c) => c.target === rule.target);
    expect(reporter).toHaveLength(1);
    expect(reporter[0].event).toMatchObject({
      version: '0',
      source: REPORT_EVENT_SOURCE,
      'detail-type': REPORT_EVENT_TYPES.state_changed,
      detail: detail(true),
      id: out.Entries[0].EventId,
      region: 'eu-west-1',
    });
    expect(reporter[0].event.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('rejects malformed entries and applies no rule to events sent to another bus', async () => {
    const calls: string[] = [];
    const bus = new LocalBus({
      busName: 'tandem',
      deadLetterDir: tempDir(),
      log: silentLog,
      invoke: async (t) => {
        calls.push(t);
      },
    });
    const out = bus.putEvents([
      { Source: REPORT_EVENT_SOURCE, DetailType: REPORT_EVENT_TYPES.created, Detail: '{not json', EventBusName: 'tandem' },
      entry(REPORT_EVENT_TYPES.created, { ...detail(true), kind: 'created' }, 'default'),
      entry(REPORT_EVENT_TYPES.created, { ...detail(true), kind: 'created' }, 'arn:aws:events:eu-west-1:000000000000:event-bus/tandem'),
    ]);
    await bus.idle();
    expect(out.FailedEntryCount).toBe(1);
    expect(out.Entries[0].ErrorCode).toBe('MalformedDetail');
    expect(calls.sort()).toEqual(['notify/notify-reporter', 'realtime/fan-out']);
  });

  it('retries a failing target, then writes the event to the dead-letter directory', async () => {
    const dlq = tempDir();
    let attempts = 0;
    const bus = new LocalBus({
      busName: 'tandem',
      deadLetterDir: dlq,
      log: silentLog,
      maxAttempts: 3,
      retryDelayMs: () => 1,
      invoke: async (target) => {
        if (target !== 'notify/notify-reporter') return;
        attempts++;
        throw new Error('smtp down');
      },
    });
    bus.putEvents([entry(REPORT_EVENT_TYPES.public_update, { ...detail(true), kind: 'public_update' })]);
    await bus.idle();
    expect(attempts).toBe(3);
    const files = readdirSync(dlq);
    expect(files).toHaveLength(1);
    const letter = JSON.parse(readFileSync(join(dlq, files[0]), 'utf8'));
    expect(letter).toMatchObject({
      rule: 'notify-reporter',
      attempts: 3,
      error: { message: 'smtp down' },
      event: { 'detail-type': REPORT_EVENT_TYPES.public_update },
    });
  });

  it('stops retrying once the target succeeds', async () => {
    const dlq = tempDir();
    let attempts = 0;
    const bus = new LocalBus({
      busName: 'tandem',
      deadLetterDir: dlq,
      log: silentLog,
      retryDelayMs: () => 1,
      invoke: async (target) => {
        if (target === 'notify/notify-reporter' && ++attempts < 2) throw new Error('once');
      },
    });
    bus.putEvents([entry(REPORT_EVENT_TYPES.created, { ...detail(true), kind: 'created' })]);
    await bus.idle();
    expect(attempts).toBe(2);
    expect(readdirSync(dlq)).toHaveLength(0);
  });
});
