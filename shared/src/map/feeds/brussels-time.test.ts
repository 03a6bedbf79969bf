import { describe, expect, it } from 'vitest';
import { brusselsDateTime, brusselsIso, brusselsOffsetAt, brusselsWallToMs, icalUtc } from './brussels-time.js';

describe('Brussels time for the feeds', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(brusselsDateTime('2026-12-01', '07:00')).toBe('2026-12-01T07:00:00+01:00');
    expect(brusselsDateTime('2026-07-04', '08:00')).toBe('2026-07-04T08:00:00+02:00');
    expect(brusselsOffsetAt(Date.parse('2026-01-15T12:00:00Z'))).toBe(60);
    expect(brusselsOffsetAt(Date.parse('2026-08-15T12:00:00Z'))).toBe(120);
  });
  it('switches on the last Sundays of March and October', () => {
    // 29 March 2026: 02:00 CET → 03:00 CEST; 25 October 2026: 03:00 CEST → 02:00 CET.
    expect(brusselsDateTime('2026-03-29', '01:30')).toBe('2026-03-29T01:30:00+01:00');
    expect(brusselsDateTime('2026-03-29', '03:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(brusselsDateTime('2026-10-25', '01:30')).toBe('2026-10-25T01:30:00+02:00');
    expect(brusselsDateTime('2026-10-25', '03:30')).toBe('2026-10-25T03:30:00+01:00');
  });
  it('reads a time in the spring gap with the winter offset, and the first of two autumn times', () => {
    expect(brusselsDateTime('2026-03-29', '02:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(new Date(brusselsWallToMs('2026-10-25', '02:30')).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
  it('writes instants in Brussels time and iCal UTC stamps', () => {
    expect(brusselsIso(Date.parse('2026-02-20T09:15:00.000Z'))).toBe('2026-02-20T10:15:00+01:00');
    expect(brusselsDateTime('2026-12-31', '23:59')).toBe('2026-12-31T23:59:00+01:00');
    expect(icalUtc('2026-11-20T16:40:12.345Z')).toBe('20261120T164012Z');
    expect(icalUtc(brusselsWallToMs('2026-06-01', '07:00'))).toBe('20260601T050000Z');
    expect(() => icalUtc('not a date')).toThrow(RangeError);
  });
});
