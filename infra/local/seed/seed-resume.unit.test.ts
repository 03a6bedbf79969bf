import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '@tandem/shared';
import { reportStepsDone } from './seed-reports.js';
import { permitStepsDone } from './seed-permits.js';
import { demoKey } from './seed-client.js';
import { isSeeded } from '../provision/state.js';
import { IDEMPOTENCY_KEY_PATTERN } from '@tandem/shared';

const entry = (at: string, e: Partial<TimelineEntry>): TimelineEntry => ({ at, kind: 'created', public: true, ...e }) as TimelineEntry;

describe('resuming a demo report', () => {
  const steps = [{ to: 'acknowledged' as const }, { update: 'Les dalles seront remplacées.' }, { to: 'fixed' as const }];

  it('counts the steps its timeline shows, in order', () => {
    expect(reportStepsDone(steps, [entry('2025-01-01T10:00:00Z', {})])).toBe(0);
    expect(
      reportStepsDone(steps, [
        entry('2025-01-01T10:00:00Z', {}),
        entry('2025-01-01T10:01:00Z', { kind: 'state_changed', to: 'acknowledged' }),
      ]),
    ).toBe(1);
    expect(
      reportStepsDone(steps, [
        entry('2025-01-01T10:02:00Z', { kind: 'public_update', message: 'Les dalles seront remplacées.' }),
        entry('2025-01-01T10:01:00Z', { kind: 'state_changed', to: 'acknowledged' }),
      ]),
    ).toBe(2);
  });

  it('does not count an update or a move that does not match the next step', () => {
    expect(
      reportStepsDone(steps, [entry('2025-01-01T10:01:00Z', { kind: 'public_update', message: 'Les dalles seront remplacées.' })]),
    ).toBe(0);
    expect(
      reportStepsDone(steps, [
        entry('2025-01-01T10:01:00Z', { kind: 'state_changed', to: 'acknowledged' }),
        entry('2025-01-01T10:02:00Z', { kind: 'private_note', message: 'Les dalles seront remplacées.' }),
      ]),
    ).toBe(1);
  });
});

describe('resuming a demo permit request', () => {
  const steps = [{ to: 'under_review' as const }, { to: 'approved' as const }, { to: 'issued' as const }];

  it('resumes after the state found', () => {
    expect(permitStepsDone(steps, 'submitted')).toBe(0);
    expect(permitStepsDone(steps, 'under_review')).toBe(1);
    expect(permitStepsDone(steps, 'issued')).toBe(3);
  });

  it('never forces a request that moved elsewhere', () => {
    expect(permitStepsDone(steps, 'active')).toBe(3);
    expect(permitStepsDone(steps, 'withdrawn')).toBe(3);
    expect(permitStepsDone([], 'submitted')).toBe(0);
  });
});

describe('demo Idempotency-Keys', () => {
  it('are the same for the same request, differ with the request, and have the API’s format', () => {
    const a = demoKey('permit', 'braine-le-comte', 1, { start: '2025-03-01' });
    expect(a).toBe(demoKey('permit', 'braine-le-comte', 1, { start: '2025-03-01' }));
    expect(a).not.toBe(demoKey('permit', 'braine-le-comte', 1, { start: '2025-03-02' }));
    expect(a).not.toBe(demoKey('permit', 'braine-le-comte', 2, { start: '2025-03-01' }));
    expect(a).toMatch(IDEMPOTENCY_KEY_PATTERN);
    expect(demoKey('report', 'braine-le-comte', 99, {})).toMatch(IDEMPOTENCY_KEY_PATTERN);
  });
});

describe('seeding steps in the state file', () => {
  it('are complete when recorded, or when an earlier version recorded the whole seed', () => {
    expect(isSeeded({ communes: {} }, 'reports:soignies')).toBe(false);
    expect(isSeeded({ communes: {}, seeded: { 'reports:soignies': true } }, 'reports:soignies')).toBe(true);
    expect(isSeeded({ communes: {}, seeded: { 'reports:soignies': true } }, 'map:soignies')).toBe(false);
    expect(isSeeded({ communes: {}, seededReports: true }, 'map:soignies')).toBe(true);
  });
});
