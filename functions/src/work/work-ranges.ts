/**
 * Instant ranges of the work lists, as index sort-key bounds: Brussels days and weeks turned into UTC instants (the
 * keys store UTC ISO with Z), pure and tested on their own.
 */
import { addDays, brusselsWallToMs, isoWeekday, type IsoDate } from '@tandem/shared';

const iso = (ms: number) => new Date(ms).toISOString();

/** From the first instant of Brussels day `from` to the last of Brussels day `to`, in UTC ISO. */
export function brusselsDaysRange(from: IsoDate, to: IsoDate): { start: string; end: string } {
  return { start: iso(brusselsWallToMs(from)), end: iso(brusselsWallToMs(addDays(to, 1)) - 1) };
}

/** The Brussels week (Monday to Sunday) of a Brussels day. */
export function brusselsWeekOf(day: IsoDate): { from: IsoDate; to: IsoDate } {
  const from = addDays(day, 1 - isoWeekday(day));
  return { from, to: addDays(from, 6) };
}

/**
 * Sort-key bounds of a UTC range in "my work" (`0#<dueAt>#<kind>#<id>` for open items): '~' sorts after '#', so an
 * item due at the range's last instant is in and one due just after is out.
 */
export function openDueBounds(start: string | undefined, end: string): { from: string; to: string } {
  return { from: `0#${start ?? ''}`, to: `0#${end}~` };
}

/** Sort-key bounds of the calendar (`<dueAt>#<id>`). */
export function calendarBounds(start: string, end: string): { from: string; to: string } {
  return { from: start, to: `${end}~` };
}
