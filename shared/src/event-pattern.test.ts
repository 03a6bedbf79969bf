import { describe, expect, it } from 'vitest';
import { matchesPattern } from './event-pattern.js';
import { EVENT_RULES, REPORT_EVENT_SOURCE, REPORT_EVENT_TYPES } from './event-catalogue.js';

const event = (detailType: string, detail: Record<string, unknown>) => ({ source: REPORT_EVENT_SOURCE, 'detail-type': detailType, detail });

describe('event pattern matcher', () => {
  it('matches exact values, nested objects and arrays', () => {
    expect(matchesPattern({ a: 'x', b: { c: 1 } }, { a: ['x', 'y'], b: { c: [1] } })).toBe(true);
    expect(matchesPattern({ a: 'z' }, { a: ['x', 'y'] })).toBe(false);
    expect(matchesPattern({ a: ['p', 'x'] }, { a: ['x'] })).toBe(true);
    expect(matchesPattern({ b: 'not an object' }, { b: { c: [1] } })).toBe(false);
  });
  it('supports prefix, anything-but and exists', () => {
    expect(matchesPattern({ a: 'soignies-1' }, { a: [{ prefix: 'soignies' }] })).toBe(true);
    expect(matchesPattern({ a: 'braine' }, { a: [{ prefix: 'soignies' }] })).toBe(false);
    expect(matchesPattern({ a: 'x' }, { a: [{ 'anything-but': ['x'] }] })).toBe(false);
    expect(matchesPattern({ a: 'y' }, { a: [{ 'anything-but': ['x'] }] })).toBe(true);
    expect(matchesPattern({}, { a: [{ exists: false }] })).toBe(true);
    expect(matchesPattern({ a: 1 }, { a: [{ exists: false }] })).toBe(false);
    expect(matchesPattern({}, { a: [{ exists: true }] })).toBe(false);
  });
  it('sends public report events, and only those, to the notifier', () => {
    const rule = EVENT_RULES.find((r) => r.target === 'notify/notify-reporter')!;
    expect(matchesPattern(event(REPORT_EVENT_TYPES.state_changed, { public: true }), rule.pattern)).toBe(true);
    expect(matchesPattern(event(REPORT_EVENT_TYPES.created, { public: true }), rule.pattern)).toBe(true);
    expect(matchesPattern(event(REPORT_EVENT_TYPES.private_note, { public: false }), rule.pattern)).toBe(false);
    expect(matchesPattern(event(REPORT_EVENT_TYPES.public_update, { public: false }), rule.pattern)).toBe(false);
    expect(matchesPattern({ ...event(REPORT_EVENT_TYPES.created, { public: true }), source: 'other' }, rule.pattern)).toBe(false);
  });
});
