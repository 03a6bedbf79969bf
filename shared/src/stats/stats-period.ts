/**
 * The statistics' calendar: a period is a run of Brussels calendar days, both ends included; a day runs from its
 * midnight in Brussels to the next (23 or 25 hours on the days the clocks change); weeks start on Monday (ISO 8601).
 * The stored instants are UTC ISO strings (Z), so that a day's items are one key range: [start, end).
 */
import { brusselsWallToMs } from '../brussels-time.js';
import { addDays, daysBetween, isoWeekday, type IsoDate } from '../permits/calendar.js';

/** The longest period one statistics request covers (a year, leap day included). */
export const STATS_MAX_DAYS = 366;
/** The default period: the 30 days up to today. */
export const STATS_DEFAULT_DAYS = 30;

/** The first instant of a Brussels day, as stored (UTC ISO with milliseconds). */
export const dayStartIso = (day: IsoDate): string => new Date(brusselsWallToMs(day)).toISOString();

/** A Brussels day's instants as a key range: from its start (included) to the next day's start (excluded). */
export function dayRange(day: IsoDate): { start: string; end: string } {
  return { start: dayStartIso(day), end: dayStartIso(addDays(day, 1)) };
}

/** A period's instants as a key range (first day's start, the day after the last's start). */
export function periodRange(from: IsoDate, to: IsoDate): { start: string; end: string } {
  return { start: dayStartIso(from), end: dayStartIso(addDays(to, 1)) };
}

/** Every day of a period, in order. */
export function daysOf(from: IsoDate, to: IsoDate): IsoDate[] {
  const n = daysBetween(from, to);
  return Array.from({ length: n + 1 }, (_, i) => addDays(from, i));
}

/** The Monday of a day's week. */
export const mondayOf = (day: IsoDate): IsoDate => addDays(day, 1 - isoWeekday(day));

/** The Mondays of the weeks a period touches, in order. */
export function weeksOf(from: IsoDate, to: IsoDate): IsoDate[] {
  const weeks: IsoDate[] = [];
  for (let w = mondayOf(from); w <= to; w = addDays(w, 7)) weeks.push(w);
  return weeks;
}

/** Hours between two instants (ISO strings). */
export const hoursBetween = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 3_600_000;
