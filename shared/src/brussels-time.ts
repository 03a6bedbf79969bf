/**
 * Europe/Brussels, the platform's one time zone: the only place where an instant becomes a calendar day, a
 * weekday, a year or a wall-clock time, and where a Brussels day and hour become an instant again.
 *
 * Instants are UTC (ISO strings, epoch ms, Date); calendar days are plain ISO dates (YYYY-MM-DD, see
 * `permits/calendar.ts` for their arithmetic). Everything here reads Brussels' rules from the platform's
 * time-zone data (Intl), never the process's own zone (`TZ`), so a Lambda in UTC, a laptop in Brussels and
 * a browser in Tokyo agree on "today". Nothing here reads the clock: "now" is always a parameter.
 */
import { isValidIsoDate, isoWeekday, type IsoDate } from './permits/calendar.js';
import type { Locale } from './commune-config.js';

export const BRUSSELS_TZID = 'Europe/Brussels';

/** An instant: a Date, epoch milliseconds or an ISO 8601 date-time with its offset. */
export type Instant = Date | number | string;

export function instantMs(at: Instant): number {
  const ms = at instanceof Date ? at.getTime() : typeof at === 'number' ? at : Date.parse(at);
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${String(at)}`);
  return ms;
}

// Made on first use (and kept: building a formatter costs far more than using one). The web pages import this
// module too: only the server-side functions below use 'longOffset', which old browsers reject.
let dayFormat: Intl.DateTimeFormat | undefined;
let offsetFormat: Intl.DateTimeFormat | undefined;

/** The Brussels calendar day of an instant: what someone in Belgium calls "today" at that instant. */
export function brusselsDate(at: Instant): IsoDate {
  dayFormat ??= new Intl.DateTimeFormat('en-GB', { timeZone: BRUSSELS_TZID, year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = Object.fromEntries(dayFormat.formatToParts(instantMs(at)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The Brussels year of an instant ("2027" from 00:00 on 1 January in Brussels, i.e. 23:00 UTC on 31 December). */
export function brusselsYear(at: Instant): string {
  return brusselsDate(at).slice(0, 4);
}

/** The Brussels weekday of an instant: Monday = 1 … Sunday = 7. */
export function brusselsWeekday(at: Instant): number {
  return isoWeekday(brusselsDate(at));
}

/** Brussels' offset from UTC at an instant, in minutes ("GMT+02:00" → 120). */
export function brusselsOffsetAt(at: Instant): number {
  // 'longOffset' is rejected by old browsers: only the feeds and the server use this.
  offsetFormat ??= new Intl.DateTimeFormat('en-GB', { timeZone: BRUSSELS_TZID, timeZoneName: 'longOffset' });
  const name = offsetFormat.formatToParts(instantMs(at)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(name);
  if (!m) return 0; // plain "GMT"
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

const HOUR_MS = 3_600_000;

/**
 * The instant of a Brussels wall-clock time. In the spring gap (02:30 on the last Sunday of March does not
 * exist) the time is read with the winter offset, i.e. 03:30 CEST; in the autumn overlap the first (summer)
 * occurrence is taken.
 */
export function brusselsWallToMs(date: IsoDate, time = '00:00', seconds = 0): number {
  if (!isValidIsoDate(date) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time) || !(seconds >= 0 && seconds < 60)) {
    throw new RangeError(`not a Brussels day and time: ${date} ${time}`);
  }
  const wall = Date.parse(`${date}T${time}:${String(seconds).padStart(2, '0')}Z`);
  const before = brusselsOffsetAt(wall - 14 * HOUR_MS);
  const after = brusselsOffsetAt(wall + 14 * HOUR_MS);
  // The larger offset first: in an overlap it gives the earlier instant.
  for (const off of [...new Set([before, after])].sort((a, b) => b - a)) {
    const ms = wall - off * 60_000;
    if (brusselsOffsetAt(ms) === off) return ms;
  }
  return wall - before * 60_000;
}

/** An offset from UTC in minutes as ISO 8601 writes it: 120 → "+02:00". */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** An instant written in Brussels time with its offset, to the second: 2026-12-01T07:00:00+01:00. */
export function brusselsIso(at: Instant): string {
  const ms = instantMs(at);
  const off = brusselsOffsetAt(ms);
  return `${new Date(ms + off * 60_000).toISOString().slice(0, 19)}${formatOffset(off)}`;
}

/** A Brussels day and hour as ISO 8601 with offset (what CIFS's starttime / endtime want). */
export function brusselsDateTime(date: IsoDate, time = '00:00', seconds = 0): string {
  return brusselsIso(brusselsWallToMs(date, time, seconds));
}

/**
 * A date-time someone typed: with an offset (or Z) it is that instant; without one ("2026-11-01",
 * "2026-11-01T08:00") it is Brussels wall time, never the process's zone. Undefined when it is no date.
 */
export function parseBrusselsInstant(text: string): number | undefined {
  const local = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/.exec(text.trim());
  if (local) {
    try {
      return brusselsWallToMs(local[1], local[2] ?? '00:00', Number(local[3] ?? 0));
    } catch {
      return undefined;
    }
  }
  if (!/^\d{4}-\d{2}-\d{2}T.*(?:Z|[+-]\d{2}:?\d{2})$/i.test(text.trim())) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** An instant for people, in their language, in Brussels time ("1 décembre 2026 à 00:30"). */
export function formatBrusselsInstant(at: Instant, locale: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: BRUSSELS_TZID }).format(instantMs(at));
}

/**
 * A calendar day for people ("mardi 1 décembre"). A day has no zone: it is written as itself on any machine
 * (read at noon UTC, which needs no time-zone data: old browsers format it too).
 */
export function formatCalendarDay(day: IsoDate, locale: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(Date.parse(`${day}T12:00:00Z`));
}

/** The Intl tag each of the platform's languages writes dates with (Belgian French, Dutch and German; British English). */
export const DATE_LOCALE_TAGS: Readonly<Record<Locale, string>> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };

/**
 * A calendar day in words, as people read it in mails and on pages: "samedi 9 janvier 2027", "zaterdag 9 januari
 * 2027", "Samstag, 9. Januar 2027", "Saturday 9 January 2027". The input as is when it is no calendar day.
 */
export function formatDayInWords(day: IsoDate, locale: Locale): string {
  if (!isValidIsoDate(day)) return day;
  return formatCalendarDay(day, DATE_LOCALE_TAGS[locale], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

/** An instant in words, in Brussels time: "9 janvier 2027 à 14:30". */
export function formatInstantInWords(at: Instant, locale: Locale): string {
  return formatBrusselsInstant(at, DATE_LOCALE_TAGS[locale], { dateStyle: 'long', timeStyle: 'short' });
}
