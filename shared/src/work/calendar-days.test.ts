import { describe, expect, it } from 'vitest';
import { byDueDay, monthWeeks, shownRange, stepDay, weekDays } from './calendar-days.js';

describe('task calendar days', () => {
  it('shows a month as whole weeks from Monday', () => {
    const weeks = monthWeeks('2026-12-15');
    expect(weeks[0][0]).toBe('2026-11-30');
    expect(weeks.at(-1)!.at(-1)).toBe('2027-01-03');
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks).toHaveLength(5);
  });
  it('a month starting on a Monday starts with its first day', () => {
    expect(monthWeeks('2027-02-10')[0][0]).toBe('2027-02-01');
    expect(shownRange('mois', '2027-02-10')).toEqual({ from: '2027-02-01', to: '2027-02-28' });
  });
  it('a week runs Monday to Sunday, across a year', () => {
    expect(weekDays('2027-01-01')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });
  it('steps by month or week, across years', () => {
    expect(stepDay('mois', '2026-12-31', 1)).toBe('2027-01-01');
    expect(stepDay('mois', '2027-01-15', -1)).toBe('2026-12-01');
    expect(stepDay('semaine', '2026-12-30', 1)).toBe('2027-01-06');
  });
  it('puts a task on its Brussels day, not its UTC one', () => {
    // 23:30 UTC on 31 December is 00:30 on 1 January in Brussels.
    const days = byDueDay([{ id: 'a', dueAt: '2026-12-31T23:30:00Z' }, { id: 'b' }]);
    expect([...days.keys()]).toEqual(['2027-01-01']);
  });
});
