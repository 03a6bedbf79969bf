import { describe, expect, it } from 'vitest';
import { brusselsWallToMs } from '../../brussels-time.js';
import { BRUSSELS_VTIMEZONE, icalUtc } from './ical-time.js';

describe('time for iCalendar', () => {
  it('writes UTC stamps', () => {
    expect(icalUtc('2026-11-20T16:40:12.345Z')).toBe('20261120T164012Z');
    expect(icalUtc(brusselsWallToMs('2026-06-01', '07:00'))).toBe('20260601T050000Z');
    expect(icalUtc(brusselsWallToMs('2027-01-01', '00:30'))).toBe('20261231T233000Z');
    expect(() => icalUtc('not a date')).toThrow(RangeError);
  });
  it('describes Brussels with the EU summer-time rule', () => {
    expect(BRUSSELS_VTIMEZONE).toContain('TZID:Europe/Brussels');
    expect(BRUSSELS_VTIMEZONE).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(BRUSSELS_VTIMEZONE).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
  });
});
