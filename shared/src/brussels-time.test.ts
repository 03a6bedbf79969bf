import { describe, expect, it } from 'vitest';
import {
  brusselsDate,
  brusselsDateTime,
  brusselsIso,
  brusselsOffsetAt,
  brusselsWallToMs,
  brusselsWeekday,
  brusselsYear,
  formatBrusselsInstant,
  formatCalendarDay,
  formatDayInWords,
  formatInstantInWords,
  instantMs,
  parseBrusselsInstant,
} from './brussels-time.js';
import { BRUSSELS_EDGES } from './brussels-time.test-support.js';
import { isoWeekday } from './permits/calendar.js';

describe('an instant as a Brussels calendar day', () => {
  it.each(BRUSSELS_EDGES)('$name: $at is $day at $wall', (e) => {
    expect(brusselsDate(e.at)).toBe(e.day);
    expect(brusselsDate(new Date(e.at))).toBe(e.day);
    expect(brusselsDate(Date.parse(e.at))).toBe(e.day);
    expect(brusselsWeekday(e.at)).toBe(e.weekday);
    expect(isoWeekday(e.day)).toBe(e.weekday);
    expect(brusselsYear(e.at)).toBe(e.day.slice(0, 4));
    expect(brusselsOffsetAt(e.at)).toBe(e.offset);
    expect(brusselsIso(e.at)).toBe(`${e.day}T${e.wall}:00${e.offset === 60 ? '+01:00' : '+02:00'}`);
  });

  it.each(BRUSSELS_EDGES)('$name: $day at $wall in Brussels is $at', (e) => {
    expect(new Date(brusselsWallToMs(e.day, e.wall)).toISOString()).toBe(new Date(e.at).toISOString());
  });

  it('turns at midnight Brussels, not at midnight UTC', () => {
    expect(brusselsDate('2026-07-01T21:59:59Z')).toBe('2026-07-01');
    expect(brusselsDate('2026-07-01T22:00:00Z')).toBe('2026-07-02');
    expect(brusselsDate('2026-01-15T22:59:59.999Z')).toBe('2026-01-15');
    expect(brusselsDate('2026-01-15T23:00:00Z')).toBe('2026-01-16');
    expect(brusselsDate('2026-01-16T00:30:00+01:00')).toBe('2026-01-16');
  });

  it('refuses what is no instant', () => {
    expect(() => brusselsDate('not a date')).toThrow(RangeError);
    expect(() => instantMs(Number.NaN)).toThrow(RangeError);
  });
});

describe('Brussels wall-clock times', () => {
  it('uses +01:00 in winter and +02:00 in summer', () => {
    expect(brusselsDateTime('2026-12-01', '07:00')).toBe('2026-12-01T07:00:00+01:00');
    expect(brusselsDateTime('2026-07-04', '08:00')).toBe('2026-07-04T08:00:00+02:00');
    expect(brusselsOffsetAt(Date.parse('2026-01-15T12:00:00Z'))).toBe(60);
    expect(brusselsOffsetAt(Date.parse('2026-08-15T12:00:00Z'))).toBe(120);
  });
  it('switches on the last Sundays of March and October, at 01:00 UTC', () => {
    // 29 March 2026: 02:00 CET → 03:00 CEST; 25 October 2026: 03:00 CEST → 02:00 CET.
    expect(brusselsOffsetAt('2026-03-29T00:59:59Z')).toBe(60);
    expect(brusselsOffsetAt('2026-03-29T01:00:00Z')).toBe(120);
    expect(brusselsOffsetAt('2026-10-25T00:59:59Z')).toBe(120);
    expect(brusselsOffsetAt('2026-10-25T01:00:00Z')).toBe(60);
    expect(brusselsOffsetAt('2027-03-28T01:00:00Z')).toBe(120);
    expect(brusselsOffsetAt('2027-10-31T01:00:00Z')).toBe(60);
    expect(brusselsDateTime('2026-03-29', '01:30')).toBe('2026-03-29T01:30:00+01:00');
    expect(brusselsDateTime('2026-03-29', '03:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(brusselsDateTime('2026-10-25', '01:30')).toBe('2026-10-25T01:30:00+02:00');
    expect(brusselsDateTime('2026-10-25', '03:30')).toBe('2026-10-25T03:30:00+01:00');
  });
  it('reads a time in the spring gap with the winter offset, and the first of two autumn times', () => {
    expect(brusselsDateTime('2026-03-29', '02:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(new Date(brusselsWallToMs('2026-10-25', '02:30')).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(new Date(brusselsWallToMs('2027-10-31', '02:30')).toISOString()).toBe('2027-10-31T00:30:00.000Z');
  });
  it('writes instants in Brussels time', () => {
    expect(brusselsIso(Date.parse('2026-02-20T09:15:00.000Z'))).toBe('2026-02-20T10:15:00+01:00');
    expect(brusselsDateTime('2026-12-31', '23:59')).toBe('2026-12-31T23:59:00+01:00');
    expect(() => brusselsWallToMs('2026-13-01')).toThrow(RangeError);
  });
});

describe('a date-time someone typed', () => {
  it('is Brussels time without an offset, that instant with one', () => {
    expect(parseBrusselsInstant('2026-11-01')).toBe(Date.parse('2026-10-31T23:00:00Z'));
    expect(parseBrusselsInstant('2026-07-01T00:30')).toBe(Date.parse('2026-06-30T22:30:00Z'));
    expect(parseBrusselsInstant('2027-01-01T00:30:00')).toBe(Date.parse('2026-12-31T23:30:00Z'));
    expect(parseBrusselsInstant('2026-11-01T00:00:00Z')).toBe(Date.parse('2026-11-01T00:00:00Z'));
    expect(parseBrusselsInstant('2026-11-01T00:00:00+01:00')).toBe(Date.parse('2026-10-31T23:00:00Z'));
  });
  it('is undefined when it is no date', () => {
    for (const bad of ['', 'yesterday', '2026-13-01', '2026-02-30T10:00', 'Nov 1 2026', '1730000000'])
      expect(parseBrusselsInstant(bad)).toBeUndefined();
  });
});

describe('dates for people', () => {
  it('writes an instant in Brussels time, in the reader’s language', () => {
    expect(
      formatBrusselsInstant('2026-11-30T23:30:00Z', 'fr-BE', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }),
    ).toMatch(/^1 décembre.* 00:30$/);
    expect(formatBrusselsInstant('2026-06-30T22:30:00Z', 'nl-BE', { weekday: 'long', day: 'numeric', month: 'long' })).toBe(
      'woensdag 1 juli',
    );
  });
  it('writes a calendar day as itself', () => {
    expect(formatCalendarDay('2026-12-01', 'fr-BE', { weekday: 'long', day: 'numeric', month: 'long' })).toBe('mardi 1 décembre');
    expect(formatCalendarDay('2026-03-29', 'fr-BE', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })).toBe(
      'dimanche 29 mars 2026',
    );
    expect(formatCalendarDay('2027-01-01', 'en-GB', { dateStyle: 'medium' })).toBe('1 Jan 2027');
  });
});

describe('dates in words, in each language', () => {
  it('writes a calendar day with its weekday and year, in the reader’s language', () => {
    expect(formatDayInWords('2027-01-09', 'fr')).toBe('samedi 9 janvier 2027');
    expect(formatDayInWords('2027-01-09', 'nl')).toBe('zaterdag 9 januari 2027');
    expect(formatDayInWords('2027-01-09', 'de')).toBe('Samstag, 9. Januar 2027');
    expect(formatDayInWords('2027-01-09', 'en')).toMatch(/^Saturday,? 9 January 2027$/); // ICU versions differ on the comma
    // The spring-forward Sunday is still that Sunday (a day has no zone).
    expect(formatDayInWords('2026-03-29', 'fr')).toBe('dimanche 29 mars 2026');
  });
  it('gives back what is no calendar day', () => {
    expect(formatDayInWords('2026-02-30', 'fr')).toBe('2026-02-30');
    expect(formatDayInWords('', 'fr')).toBe('');
  });
  it('writes an instant as a Brussels date and time, whatever the machine’s zone', () => {
    // 23:30 UTC on 31 December is already New Year's Day, 00:30, in Brussels.
    expect(formatInstantInWords('2026-12-31T23:30:00Z', 'fr')).toMatch(/^1 janvier 2027 (à )?00:30$/);
    expect(formatInstantInWords('2026-12-31T23:30:00Z', 'nl')).toMatch(/^1 januari 2027 (om )?00:30$/);
    expect(formatInstantInWords('2026-06-30T22:30:00Z', 'de')).toMatch(/^1\. Juli 2026 (um )?00:30$/);
    expect(formatInstantInWords('2026-06-30T22:30:00Z', 'en')).toMatch(/^1 July 2026 (at )?00:30$/);
  });
});
