/**
 * Works, events and road closures as an iCalendar (RFC 5545) feed: what /api/feeds/{commune}/agenda.ics serves,
 * to subscribe to from any calendar application.
 *
 * Choices:
 * - One VEVENT per item of kind works, event or road_closure: the things one plans around. Detours follow
 *   from works or events already listed, parking bans are many, short and local (the map answers "where can't
 *   I park tomorrow?"), and reports are not scheduled.
 * - UID `<item id>@<commune>.tandem`, stable over the item's life; SEQUENCE is not sent (LAST-MODIFIED tells
 *   subscribers an item changed). DTSTAMP is the feed's `generatedAt`: pass the newest `updatedAt` there and
 *   the text only changes when an item does (stable ETags).
 * - A period without hours is all-day: DTSTART;VALUE=DATE = first day, DTEND = last day + 1 (exclusive).
 *   With hours, local times with TZID=Europe/Brussels and the VTIMEZONE below; a missing first hour is 00:00,
 *   a missing last hour is the end of the last day (next day 00:00).
 * - A weekly schedule (e.g. works on weekdays 07:00–16:00) becomes a recurring event: DTSTART/DTEND on the
 *   first scheduled day at the schedule's hours, RRULE:FREQ=WEEKLY;BYDAY=…;UNTIL=<end of the last day, UTC>.
 *   Calendars then show the hours the site is actually active. A night schedule (22:00–06:00) ends the next
 *   morning. An item whose schedule has no day within its period is left out (it is never on).
 * - A published works site's progress updates (the latest the item carries) are all-day events of their own on the
 *   day they were written (Brussels), UID `<item id>-progress-<instant>@<commune>.tandem`, category `progress`,
 *   linking to the site's page: subscribers see in their calendar that a site moved on.
 * - Events are TRANSP:TRANSPARENT: subscribing must not make anyone look busy.
 * - Text values are escaped (\\ \; \, and newlines as \n), other control characters removed; content lines
 *   folded at 75 octets without ever splitting a UTF-8 character, lines end with CRLF.
 */
import { addDays, isoWeekday } from '../../permits/calendar.js';
import { anchorOf } from '../../permits/permit-rules.js';
import type { MapFeature, MapItemKind } from '../map-items.js';
import { BRUSSELS_TZID, brusselsDate, brusselsWallToMs } from '../../brussels-time.js';
import { BRUSSELS_VTIMEZONE, icalUtc } from './ical-time.js';
import { feedOrder, itemUrl, WEEKDAY_CODES } from './feed-common.js';
import { stripControlCharacters } from '../../plain-text.js';

export const ICAL_KINDS: readonly MapItemKind[] = ['works', 'event', 'road_closure'];

export interface ICalendarFeedMeta {
  commune: { id: string; name: string };
  /** The site's origin (https://…), for links back to the items. */
  baseUrl: string;
  /** When the feed was made (ISO instant): every DTSTAMP. */
  generatedAt: string;
  /** The calendar's display name; default "<commune> — travaux et évènements". */
  calendarName?: string;
}

/**
 * RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma escaped; any line break becomes \n. Other control
 * characters are not allowed in TEXT (§3.1, "CONTROL"): they are removed (a tab is kept, as the RFC allows).
 */
export function escapeText(s: string): string {
  return stripControlCharacters(s)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF + one space), never inside a UTF-8 sequence.
 * Continuation lines hold 74 octets after their leading space.
 */
export function foldLine(line: string, limit = 75): string {
  const parts: string[] = [];
  let cur = '';
  let octets = 0;
  let room = limit;
  for (const ch of line) {
    const n = utf8Length(ch);
    if (octets + n > room) {
      parts.push(cur);
      cur = '';
      octets = 0;
      room = limit - 1;
    }
    cur += ch;
    octets += n;
  }
  parts.push(cur);
  return parts.join('\r\n ');
}

/** YYYY-MM-DD → YYYYMMDD; with "HH:MM", → YYYYMMDDTHHMM00 (local time). */
function icalDate(date: string, time?: string): string {
  const d = date.replace(/-/g, '');
  return time ? `${d}T${time.replace(':', '')}00` : d;
}

function firstScheduledDay(start: string, end: string, days: readonly number[]): string | undefined {
  for (let d = start, i = 0; d <= end && i < 7; d = addDays(d, 1), i++) if (days.includes(isoWeekday(d))) return d;
  return undefined;
}

/** The date-related lines of an item, or undefined when it has no occurrence. */
function timeLines(p: MapFeature['properties']): string[] | undefined {
  const tz = `TZID=${BRUSSELS_TZID}`;
  if (p.schedule) {
    const s = p.schedule;
    const first = firstScheduledDay(p.start, p.end, s.days);
    if (!first) return undefined;
    const overnight = s.to <= s.from;
    const byDay = [...new Set(s.days)]
      .sort((a, b) => a - b)
      .map((d) => WEEKDAY_CODES[d - 1])
      .join(',');
    const until = icalUtc(brusselsWallToMs(p.end, '23:59', 59));
    return [
      `DTSTART;${tz}:${icalDate(first, s.from)}`,
      `DTEND;${tz}:${icalDate(overnight ? addDays(first, 1) : first, s.to)}`,
      `RRULE:FREQ=WEEKLY;BYDAY=${byDay};UNTIL=${until}`,
    ];
  }
  if (!p.startTime && !p.endTime) {
    return [`DTSTART;VALUE=DATE:${icalDate(p.start)}`, `DTEND;VALUE=DATE:${icalDate(addDays(p.end, 1))}`];
  }
  const start = icalDate(p.start, p.startTime ?? '00:00');
  const end = p.endTime ? icalDate(p.end, p.endTime) : icalDate(addDays(p.end, 1), '00:00');
  // A reversed pair of hours on one day would make an invalid event: keep its start only.
  return end > start ? [`DTSTART;${tz}:${start}`, `DTEND;${tz}:${end}`] : [`DTSTART;${tz}:${start}`];
}

function eventLines(f: MapFeature, meta: ICalendarFeedMeta): string[] | undefined {
  const p = f.properties;
  const times = timeLines(p);
  if (!times) return undefined;
  const [lng, lat] = anchorOf(f.geometry);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${f.id}@${meta.commune.id}.tandem`,
    `DTSTAMP:${icalUtc(meta.generatedAt)}`,
    `LAST-MODIFIED:${icalUtc(p.updatedAt)}`,
    ...times,
    `SUMMARY:${escapeText(p.title)}`,
  ];
  if (p.description.trim()) lines.push(`DESCRIPTION:${escapeText(p.description)}`);
  if (p.streets.length) lines.push(`LOCATION:${escapeText(p.streets.join(', '))}`);
  lines.push(
    `GEO:${lat.toFixed(6)};${lng.toFixed(6)}`,
    `URL:${itemUrl(f, meta.baseUrl, meta.commune.id).replace(/[\r\n]/g, '')}`,
    `CATEGORIES:${escapeText(p.kind)}`,
    'STATUS:CONFIRMED',
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  );
  return lines;
}

/** One all-day event per progress update of a works site (see the choices above). */
function progressLines(f: MapFeature, meta: ICalendarFeedMeta): string[] {
  const p = f.properties;
  if (p.kind !== 'works' || !p.updates?.length) return [];
  const url = itemUrl(f, meta.baseUrl, meta.commune.id).replace(/[\r\n]/g, '');
  return [...p.updates]
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .flatMap((u) => {
      const day = brusselsDate(u.at);
      return [
        'BEGIN:VEVENT',
        `UID:${f.id}-progress-${icalUtc(u.at)}@${meta.commune.id}.tandem`,
        `DTSTAMP:${icalUtc(meta.generatedAt)}`,
        `LAST-MODIFIED:${icalUtc(u.at)}`,
        ...allDayLines(day),
        `SUMMARY:${escapeText(`Avancement du chantier : ${p.title}`)}`,
        `DESCRIPTION:${escapeText(u.text)}`,
        ...(p.streets.length ? [`LOCATION:${escapeText(p.streets.join(', '))}`] : []),
        `URL:${url}`,
        'CATEGORIES:progress',
        'STATUS:CONFIRMED',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      ];
    });
}

/**
 * A whole calendar (every feed of the platform writes through this: the map's agenda, the waste collections): the
 * VCALENDAR's lines with its name, Europe/Brussels' VTIMEZONE, the events' lines, each line folded, CRLF line ends.
 */
export function icalendarDocument(head: { prodId: string; name: string }, events: readonly string[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${head.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(head.name)}`,
    `NAME:${escapeText(head.name)}`,
    `X-WR-TIMEZONE:${BRUSSELS_TZID}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...BRUSSELS_VTIMEZONE,
    ...events,
    'END:VCALENDAR',
  ];
  return `${lines.map((l) => foldLine(l)).join('\r\n')}\r\n`;
}

/** An all-day DTSTART/DTEND pair: the day, and the next (exclusive). */
export function allDayLines(day: string): [string, string] {
  return [`DTSTART;VALUE=DATE:${icalDate(day)}`, `DTEND;VALUE=DATE:${icalDate(addDays(day, 1))}`];
}

export function toICalendar(features: readonly MapFeature[], meta: ICalendarFeedMeta): string {
  const name = meta.calendarName ?? `${meta.commune.name} — travaux et évènements`;
  const events: string[] = [];
  for (const f of feedOrder(features)) {
    if (!ICAL_KINDS.includes(f.properties.kind)) continue;
    const ev = eventLines(f, meta);
    if (ev) events.push(...ev);
    events.push(...progressLines(f, meta));
  }
  return icalendarDocument({ prodId: `-//Tandem//Agenda ${meta.commune.id}//FR`, name }, events);
}
