import { describe, expect, it } from 'vitest';
import { percentileOfSorted, summarise } from './percentiles.js';
import { dayRange, daysOf, mondayOf, periodRange, weeksOf } from './stats-period.js';

describe('percentiles, as spreadsheets compute them (PERCENTILE.INC)', () => {
  it('interpolates between the two closest ranks', () => {
    const s = [1, 2, 3, 4];
    expect(percentileOfSorted(s, 0.5)).toBe(2.5); // MEDIAN(1,2,3,4)
    expect(percentileOfSorted(s, 0.9)).toBeCloseTo(3.7, 10); // PERCENTILE.INC({1,2,3,4};0.9)
    expect(percentileOfSorted([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBeCloseTo(91, 10);
    expect(percentileOfSorted(s, 0)).toBe(1);
    expect(percentileOfSorted(s, 1)).toBe(4);
  });

  it('gives the one sample for one sample and nothing for none', () => {
    expect(percentileOfSorted([7], 0.9)).toBe(7);
    expect(percentileOfSorted([], 0.5)).toBeUndefined();
    expect(summarise([])).toEqual({ count: 0 });
  });

  it('sorts the samples first and rounds', () => {
    expect(summarise([48, 2, 24, 1.25], 1)).toEqual({ count: 4, median: 13, p90: 40.8 });
  });

  it('refuses a percentile outside 0…1', () => {
    expect(() => percentileOfSorted([1], 90)).toThrow(RangeError);
  });
});

describe('the statistics calendar (Brussels days)', () => {
  it('a day runs from midnight in Brussels, 23 or 25 hours on the days the clocks change', () => {
    expect(dayRange('2026-12-01')).toEqual({ start: '2026-11-30T23:00:00.000Z', end: '2026-12-01T23:00:00.000Z' });
    expect(dayRange('2026-07-01')).toEqual({ start: '2026-06-30T22:00:00.000Z', end: '2026-07-01T22:00:00.000Z' });
    const spring = dayRange('2026-03-29');
    expect(Date.parse(spring.end) - Date.parse(spring.start)).toBe(23 * 3_600_000);
    const autumn = dayRange('2026-10-25');
    expect(Date.parse(autumn.end) - Date.parse(autumn.start)).toBe(25 * 3_600_000);
    expect(periodRange('2026-12-01', '2026-12-31')).toEqual({ start: '2026-11-30T23:00:00.000Z', end: '2026-12-31T23:00:00.000Z' });
  });

  it('lists the days and the Mondays of the weeks a period touches', () => {
    expect(daysOf('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(mondayOf('2026-12-06')).toBe('2026-11-30'); // a Sunday
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(weeksOf('2026-12-02', '2026-12-14')).toEqual(['2026-11-30', '2026-12-07', '2026-12-14']);
  });
});
