/**
 * The days a work calendar (tasks, projects) shows, as calendar days (no zone; the tasks are put on their Brussels due day):
 * a month as whole weeks from Monday, a week from Monday, and the days before and after for the arrows.
 */
import { addDays, isoWeekday, type IsoDate } from '../permits/calendar.js';
import { brusselsDate } from '../brussels-time.js';

export type CalendarMode = 'mois' | 'semaine';

export const mondayOf = (day: IsoDate): IsoDate => addDays(day, 1 - isoWeekday(day));
export const firstOfMonth = (day: IsoDate): IsoDate => `${day.slice(0, 7)}-01`;

/** The month of `day` as weeks of seven days, Monday first (days of the months around included). */
export function monthWeeks(day: IsoDate): IsoDate[][] {
  const first = firstOfMonth(day);
  const weeks: IsoDate[][] = [];
  for (let start = mondayOf(first); weeks.length === 0 || start.slice(0, 7) === first.slice(0, 7); start = addDays(start, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(start, i)));
  }
  return weeks;
}

export const weekDays = (day: IsoDate): IsoDate[] => Array.from({ length: 7 }, (_, i) => addDays(mondayOf(day), i));

/** The first and last day shown. */
export function shownRange(mode: CalendarMode, day: IsoDate): { from: IsoDate; to: IsoDate } {
  const days = mode === 'mois' ? monthWeeks(day).flat() : weekDays(day);
  return { from: days[0], to: days[days.length - 1] };
}

/** The day the previous / next arrow opens (same day of the month before or after; the week before or after). */
export function stepDay(mode: CalendarMode, day: IsoDate, by: 1 | -1): IsoDate {
  if (mode === 'semaine') return addDays(day, 7 * by);
  const [y, m] = day.split('-').map(Number);
  const t = y * 12 + (m - 1) + by;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}-01`;
}

/** Items by their Brussels due day. */
export function byDueDay<T extends { dueAt?: string }>(items: readonly T[]): Map<IsoDate, T[]> {
  const days = new Map<IsoDate, T[]>();
  for (const t of items) {
    if (!t.dueAt) continue;
    const d = brusselsDate(t.dueAt);
    days.set(d, [...(days.get(d) ?? []), t]);
  }
  return days;
}
