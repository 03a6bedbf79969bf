import { describe, expect, it } from 'vitest';
import { dueDayInWords, dueWhen, hourInWords } from './due-words.js';

// The unit project runs in Pacific/Kiritimati (UTC+14): a day or hour taken from the process's zone would fail here.
const NOW = '2026-12-01T07:00:00Z'; // 8:00 in Brussels, Tuesday 1 December

describe('dueWhen', () => {
  it('says late when the server says so or the time has passed', () => {
    expect(dueWhen('2026-12-01T12:00:00Z', true, NOW)).toEqual({ kind: 'late' });
    expect(dueWhen('2026-12-01T06:59:00Z', false, NOW)).toEqual({ kind: 'late' });
  });

  it('gives the Brussels wall time today, tomorrow or on a later day', () => {
    expect(dueWhen('2026-12-01T09:00:00Z', false, NOW)).toEqual({ kind: 'today', time: '10:00' });
    // 23:30 UTC is already the next day in Brussels.
    expect(dueWhen('2026-12-01T23:30:00Z', false, NOW)).toEqual({ kind: 'tomorrow', time: '00:30' });
    expect(dueWhen('2026-12-03T09:00:00Z', false, NOW)).toEqual({ kind: 'day', day: '2026-12-03', time: '10:00' });
    expect(dueWhen(undefined, false, NOW)).toBeUndefined();
  });

  it('follows summer time', () => {
    expect(dueWhen('2027-06-01T08:00:00Z', false, '2027-06-01T05:00:00Z')).toEqual({ kind: 'today', time: '10:00' });
  });
});

describe('hourInWords and dueDayInWords', () => {
  it('write an hour as people of each language do', () => {
    expect(hourInWords('10:00', 'fr')).toBe('10 h');
    expect(hourInWords('08:02', 'fr')).toBe('8 h 02');
    expect(hourInWords('08:02', 'nl')).toBe('8.02 uur');
    expect(hourInWords('08:02', 'de')).toBe('8:02 Uhr');
    expect(hourInWords('18:30', 'en')).toBe('18:30');
  });

  it('write a day without its year', () => {
    expect(dueDayInWords('2026-12-03', 'fr')).toBe('jeudi 3 décembre');
  });
});
