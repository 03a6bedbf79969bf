/**
 * Time for iCalendar (RFC 5545): UTC stamps, and Europe/Brussels as a VTIMEZONE for the local times of map
 * items. Brussels itself (offsets, wall-clock times, calendar days) is defined once in `shared/src/brussels-time.ts`.
 */
import { BRUSSELS_TZID, instantMs } from '../../brussels-time.js';

/** An instant (ms or ISO string) as an iCal UTC date-time: 20261201T060000Z. */
export function icalUtc(at: number | string): string {
  return new Date(instantMs(at))
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * Europe/Brussels for iCal (RFC 5545 §3.6.5): CET/CEST with the EU rule in force since 1996 (summer time from
 * the last Sunday of March 02:00 to the last Sunday of October 03:00, local time).
 */
export const BRUSSELS_VTIMEZONE: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${BRUSSELS_TZID}`,
  `X-LIC-LOCATION:${BRUSSELS_TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];
