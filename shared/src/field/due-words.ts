/**
 * When a field task is due, as a worker reads it on its card: « en retard », « avant 10 h », « demain, avant 8 h 30 »,
 * « avant le jeudi 3 décembre, 10 h ». Brussels time, whatever the phone's zone; `now` is a parameter.
 * The screens turn the result into words with the field messages (`field.due.*`) and `hourInWords`.
 */
import { brusselsDate, formatBrusselsInstant, formatCalendarDay, DATE_LOCALE_TAGS, type Instant } from '../brussels-time.js';
import { addDays, type IsoDate } from '../permits/calendar.js';
import type { Locale } from '../commune-config.js';

export type DueWhen =
  | { kind: 'late' }
  | { kind: 'today'; time: string }
  | { kind: 'tomorrow'; time: string }
  | { kind: 'day'; day: IsoDate; time: string };

/** Undefined when the task has no due time. `overdue` is the server's word (it may know better than the phone's clock). */
export function dueWhen(dueAt: string | undefined, overdue: boolean, now: Instant): DueWhen | undefined {
  if (!dueAt) return undefined;
  if (overdue || Date.parse(dueAt) < new Date(now).getTime()) return { kind: 'late' };
  const time = brusselsWall(dueAt);
  const day = brusselsDate(dueAt);
  const today = brusselsDate(now);
  if (day === today) return { kind: 'today', time };
  if (day === addDays(today, 1)) return { kind: 'tomorrow', time };
  return { kind: 'day', day, time };
}

/** The Brussels wall-clock time of an instant, "HH:MM". */
export function brusselsWall(at: Instant): string {
  return formatBrusselsInstant(at, 'en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** A wall-clock time ("08:02") as people write it: « 8 h 02 », « 10 h », "8.02 uur", "8:02 Uhr", "8:02". */
export function hourInWords(hhmm: string, locale: Locale): string {
  const [h, m] = hhmm.split(':').map(Number);
  const mm = String(m).padStart(2, '0');
  if (locale === 'fr') return m ? `${h} h ${mm}` : `${h} h`;
  if (locale === 'nl') return `${h}.${mm} uur`;
  if (locale === 'de') return `${h}:${mm} Uhr`;
  return `${h}:${mm}`;
}

/** A due day in words, without the year: « jeudi 3 décembre ». */
export function dueDayInWords(day: IsoDate, locale: Locale): string {
  return formatCalendarDay(day, DATE_LOCALE_TAGS[locale], { weekday: 'long', day: 'numeric', month: 'long' });
}
