import { describe, expect, it } from 'vitest';
import { changeKey, deliveryTimes, stateChangeKey } from './realtime-match.js';

describe('stateChangeKey', () => {
  const timeline = [
    { at: '2026-12-01T09:00:00.000Z', kind: 'created' },
    { at: '2026-12-01T09:01:00.000Z', kind: 'state_changed', to: 'acknowledged' },
    { at: '2026-12-01T09:02:00.000Z', kind: 'state_changed', to: 'closed' },
    { at: '2026-12-01T09:03:00.000Z', kind: 'state_changed', to: 'acknowledged' },
    { at: '2026-12-01T09:04:00.000Z', kind: 'comment' },
  ];
  it('names the newest state change to the asked state, whatever the timeline’s order', () => {
    expect(stateChangeKey('ABCD-1234', timeline, 'acknowledged')).toBe(changeKey('ABCD-1234', 'state_changed', '2026-12-01T09:03:00.000Z'));
    expect(stateChangeKey('ABCD-1234', [...timeline].reverse(), 'closed')).toBe(
      changeKey('ABCD-1234', 'state_changed', '2026-12-01T09:02:00.000Z'),
    );
  });
  it('is undefined when the timeline has no such change', () => {
    expect(stateChangeKey('ABCD-1234', timeline, 'fixed')).toBeUndefined();
  });
});

describe('deliveryTimes', () => {
  const a = { key: changeKey('A', 'state_changed', 't1'), startedAt: 100 };
  const b = { key: changeKey('A', 'state_changed', 't2'), startedAt: 1000 };
  it('pools each client’s time from the change’s start to its message, matched by key, not by order', () => {
    const first = new Map([
      [b.key, 1400],
      [a.key, 350],
    ]);
    const second = new Map([
      [a.key, 300],
      [b.key, 1250],
    ]);
    expect(deliveryTimes([a, b], [first, second])).toEqual({ latencies: [250, 200, 400, 250], missed: 0, duplicates: 0 });
  });
  it('counts a change a client never received as missed, and repeated messages as duplicates', () => {
    const got = new Map([[a.key, 300]]);
    const other = new Map([[changeKey('B', 'state_changed', 't1'), 200]]);
    const repeats = [new Map([[a.key, 2]]), new Map<string, number>()];
    expect(deliveryTimes([a, b], [got, other], repeats)).toEqual({ latencies: [200], missed: 3, duplicates: 2 });
  });
});
