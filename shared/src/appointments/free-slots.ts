/**
 * The free start times of one service and one kind of appointment over a range of Brussels days (docs/appointments.md),
 * as a pure function of the agenda, the cells already taken and "now" (a parameter: nothing here reads a clock).
 *
 * - A day is open when its weekday has ranges and it is neither a Belgian public holiday, nor a closing day of the
 *   commune, nor one of the service's own.
 * - A start is a wall-clock time of a range on the service's grid whose appointment (without its pause) ends by the
 *   range's end. Wall times become instants through Europe/Brussels (brussels-time.ts): a time that does not exist
 *   (the spring change's missing hour) is no start; in the autumn overlap the first one is taken.
 * - An appointment occupies the cells of the grid from its start over its length and the pause after it; a start
 *   is free when none of those cells is taken. The store locks the same cells, one item each (`appointmentCells`),
 *   so what this offers is what a booking may take.
 * - The booking window: from `minDaysAhead` to `maxDaysAhead` days after today (Brussels), and never a start already past.
 */
import { addDays, isBelgianPublicHoliday, isClosingDay, isoWeekday, type ClosingDays, type IsoDate } from '../permits/calendar.js';
import { brusselsDate, brusselsIso, brusselsOffsetAt, brusselsWallToMs, formatOffset } from '../brussels-time.js';
import { WEEKDAYS, minutesOfWallTime, type AppointmentService, type AppointmentType } from './appointment-config.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

export interface BookingWindow {
  minDaysAhead: number;
  maxDaysAhead: number;
}

export interface SlotQuery {
  service: AppointmentService;
  type: AppointmentType;
  /** The first and last Brussels days asked, both included. */
  from: IsoDate;
  to: IsoDate;
  /** The instant of the search (epoch ms). */
  now: number;
  window: BookingWindow;
  /** The commune's closing days (besides public holidays). */
  closingDays: ClosingDays;
  /** The cells already taken in this service (their starts, epoch ms). */
  taken: ReadonlySet<number>;
}

export interface FreeSlot {
  /** The start as an instant with Brussels' offset: 2027-03-29T09:00:00+02:00. */
  start: string;
  day: IsoDate;
  /** Brussels wall-clock time, HH:MM. */
  time: string;
}

/** The first and last days one may book at `now`. */
export function bookableDays(now: number, window: BookingWindow): { first: IsoDate; last: IsoDate } {
  const today = brusselsDate(now);
  return { first: addDays(today, window.minDaysAhead), last: addDays(today, window.maxDaysAhead) };
}

/** Whether the service takes appointments on this day. */
export function isServiceOpenOn(day: IsoDate, service: AppointmentService, closingDays: ClosingDays): boolean {
  if (!(service.hours[WEEKDAYS[isoWeekday(day) - 1]] ?? []).length) return false;
  return !isBelgianPublicHoliday(day) && !isClosingDay(day, closingDays) && !isClosingDay(day, service.closingDates);
}

/** The cells (their starts, epoch ms) an appointment of this type starting at `startMs` occupies, pause included. */
export function appointmentCells(startMs: number, service: AppointmentService, type: AppointmentType): number[] {
  const step = service.stepMinutes * MINUTE_MS;
  const n = (type.minutes + type.bufferMinutes) / service.stepMinutes;
  return Array.from({ length: n }, (_, i) => startMs + i * step);
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Brussels' offsets around a day (minutes): just before it starts and just after it ends. Kept: days repeat. */
const dayOffsets = new Map<IsoDate, readonly [number, number]>();
function offsetsAround(day: IsoDate, midnightUtc: number): readonly [number, number] {
  let o = dayOffsets.get(day);
  if (!o) {
    if (dayOffsets.size > 5000) dayOffsets.clear();
    o = [brusselsOffsetAt(midnightUtc - 2 * HOUR_MS), brusselsOffsetAt(midnightUtc + 26 * HOUR_MS)];
    dayOffsets.set(day, o);
  }
  return o;
}

/** The instant of a wall time of `day`: plain arithmetic on a day without a change of offset, Brussels' rules otherwise. */
function wallClock(day: IsoDate): (minutes: number) => number | undefined {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  const [before, after] = offsetsAround(day, midnightUtc);
  if (before === after) return (m) => midnightUtc + m * MINUTE_MS - before * MINUTE_MS;
  return (m) => {
    const ms = brusselsWallToMs(day, hhmm(m));
    // The spring change's missing hour: brusselsWallToMs reads it an hour later, which is another start.
    return brusselsIso(ms).slice(11, 16) === hhmm(m) ? ms : undefined;
  };
}

/** A start of a day: its instant, its wall time and the instant written with Brussels' offset. */
export interface DayStart {
  ms: number;
  time: string;
  iso: string;
}

/** Every start of the day by the opening hours alone (open days only; nothing taken, no window). */
export function dayStarts(day: IsoDate, service: AppointmentService, type: AppointmentType): DayStart[] {
  const at = wallClock(day);
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  const out: DayStart[] = [];
  for (const r of service.hours[WEEKDAYS[isoWeekday(day) - 1]] ?? []) {
    const end = minutesOfWallTime(r.to);
    for (let m = minutesOfWallTime(r.from); m + type.minutes <= end; m += service.stepMinutes) {
      const ms = at(m);
      if (ms === undefined) continue;
      const time = hhmm(m);
      // The wall time minus the instant is the offset in force (no time-zone lookup per start).
      out.push({ ms, time, iso: `${day}T${time}:00${formatOffset((midnightUtc + m * MINUTE_MS - ms) / MINUTE_MS)}` });
    }
  }
  return out;
}

const isFree = (ms: number, q: Pick<SlotQuery, 'service' | 'type' | 'taken'>) =>
  appointmentCells(ms, q.service, q.type).every((c) => !q.taken.has(c));

/** The free starts from `q.from` to `q.to`, in time order. */
export function freeSlots(q: SlotQuery): FreeSlot[] {
  const { first, last } = bookableDays(q.now, q.window);
  const out: FreeSlot[] = [];
  const end = q.to < last ? q.to : last;
  for (let day = q.from > first ? q.from : first; day <= end; day = addDays(day, 1)) {
    if (!isServiceOpenOn(day, q.service, q.closingDays)) continue;
    for (const s of dayStarts(day, q.service, q.type)) if (s.ms > q.now && isFree(s.ms, q)) out.push({ start: s.iso, day, time: s.time });
  }
  return out;
}

/** Why a start cannot be booked, or `free`. */
export type StartVerdict = 'free' | 'outside-window' | 'closed' | 'not-a-start' | 'taken';

/** The verdict on one start (an instant, epoch ms) for this service and type. */
export function startVerdict(startMs: number, q: Omit<SlotQuery, 'from' | 'to'>): StartVerdict {
  const day = brusselsDate(startMs);
  const { first, last } = bookableDays(q.now, q.window);
  if (day < first || day > last || startMs <= q.now) return 'outside-window';
  if (!isServiceOpenOn(day, q.service, q.closingDays)) return 'closed';
  if (!dayStarts(day, q.service, q.type).some((s) => s.ms === startMs)) return 'not-a-start';
  return isFree(startMs, q) ? 'free' : 'taken';
}
