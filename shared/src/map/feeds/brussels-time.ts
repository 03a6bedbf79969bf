/**
 * Brussels wall-clock times for the feeds. Map items carry plain days and "HH:MM" hours in Belgian time; CIFS
 * wants ISO 8601 instants with that day's offset (CET +01:00 in winter, CEST +02:00 in summer) and iCal wants
 * UTC stamps plus a VTIMEZONE for local times. The offsets come from the platform's time-zone data (Intl).
 */
export const BRUSSELS_TZID = 'Europe/Brussels';

// Made on first use: old browsers reject 'longOffset', and the web bundle imports this package too.
let offsetFormat: Intl.DateTimeFormat | undefined;

/** Brussels' offset from UTC at an instant, in minutes ("GMT+02:00" → 120). */
export function brusselsOffsetAt(ms: number): number {
  offsetFormat ??= new Intl.DateTimeFormat('en-GB', { timeZone: BRUSSELS_TZID, timeZoneName: 'longOffset' });
  const name = offsetFormat.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
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
export function brusselsWallToMs(date: string, time = '00:00', seconds = 0): number {
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

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** An instant written in Brussels time with its offset, to the second: 2026-12-01T07:00:00+01:00. */
export function brusselsIso(ms: number): string {
  const off = brusselsOffsetAt(ms);
  return `${new Date(ms + off * 60_000).toISOString().slice(0, 19)}${formatOffset(off)}`;
}

/** A Brussels day and hour as ISO 8601 with offset (what CIFS's starttime / endtime want). */
export function brusselsDateTime(date: string, time = '00:00', seconds = 0): string {
  return brusselsIso(brusselsWallToMs(date, time, seconds));
}

/** An instant (ms or ISO string) as an iCal UTC date-time: 20261201T060000Z. */
export function icalUtc(at: number | string): string {
  const ms = typeof at === 'number' ? at : Date.parse(at);
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${String(at)}`);
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
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
