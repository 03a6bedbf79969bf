import { describe, expect, it } from 'vitest';
import { brusselsDaysRange, brusselsWeekOf, calendarBounds, openDueBounds } from './work-ranges.js';

describe('work ranges', () => {
  it('a range of Brussels days in UTC, across the change to summer time', () => {
    expect(brusselsDaysRange('2031-03-29', '2031-03-30')).toEqual({
      start: '2031-03-28T23:00:00.000Z',
      end: '2031-03-30T21:59:59.999Z',
    });
    expect(brusselsDaysRange('2031-12-31', '2031-12-31')).toEqual({ start: '2031-12-30T23:00:00.000Z', end: '2031-12-31T22:59:59.999Z' });
  });

  it('the Brussels week of a day runs Monday to Sunday', () => {
    expect(brusselsWeekOf('2031-06-11')).toEqual({ from: '2031-06-09', to: '2031-06-15' });
    expect(brusselsWeekOf('2031-06-15')).toEqual({ from: '2031-06-09', to: '2031-06-15' });
    expect(brusselsWeekOf('2031-06-16')).toEqual({ from: '2031-06-16', to: '2031-06-22' });
  });

  it('sort-key bounds keep an item due at the last instant and drop one due just after or without a date', () => {
    const b = openDueBounds('2031-06-08T22:00:00.000Z', '2031-06-15T21:59:59.999Z');
    const inside = (sk: string) => sk >= b.from && sk <= b.to;
    expect(inside('0#2031-06-15T21:59:59.999Z#task#ABCD-1234')).toBe(true);
    expect(inside('0#2031-06-15T22:00:00.000Z#task#ABCD-1234')).toBe(false);
    expect(inside('0#2031-06-08T21:59:59.999Z#task#ABCD-1234')).toBe(false);
    expect(inside('0#~#task#ABCD-1234')).toBe(false);
    expect(inside('1#2031-06-10T10:00:00.000Z#task#ABCD-1234')).toBe(false);
    const c = calendarBounds('2031-06-08T22:00:00.000Z', '2031-06-15T21:59:59.999Z');
    expect('2031-06-15T21:59:59.999Z#ABCD-1234' <= c.to).toBe(true);
  });
});
