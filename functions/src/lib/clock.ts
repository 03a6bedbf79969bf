/**
 * The handlers' one clock. Every handler, store and notifier asks it for "now" (never `new Date()` or
 * `Date.now()`), and turns now into a calendar day only through Brussels time (`clock.today()`).
 * In the cloud it is the system clock, always. The local runtime and the tests may run it from another
 * source (`setClock`), e.g. `clockFrom('2026-12-31T23:30:00+01:00')`: that instant now, running on from there,
 * so that the date-sensitive paths run at the hour a test chooses, not at the hour the test happens to run.
 */
import { brusselsDate, instantMs, type Instant, type IsoDate } from '@tandem/shared';

/** Epoch milliseconds, now. */
export type ClockSource = () => number;

let source: ClockSource = Date.now;

export const clock = {
  /** Epoch milliseconds. */
  ms: (): number => source(),
  now: (): Date => new Date(source()),
  /** ISO 8601 in UTC, as stored ("2026-12-31T22:30:00.000Z"). */
  iso: (): string => new Date(source()).toISOString(),
  /** Today's date in Brussels. */
  today: (): IsoDate => brusselsDate(source()),
};

/** Runs the clock from `next` (local runtime and tests only); without it, back to the system clock. */
export function setClock(next?: ClockSource): void {
  source = next ?? Date.now;
}

/** A clock that shows `at` now and runs on from there (at the system clock's pace). */
export function clockFrom(at: Instant): ClockSource {
  const offset = instantMs(at) - Date.now();
  return () => Date.now() + offset;
}

/** A clock stopped at `at` (for unit tests: ordering by time needs a running clock). */
export function clockAt(at: Instant): ClockSource {
  const ms = instantMs(at);
  return () => ms;
}
