/**
 * The citizen's answer to « Réparé » (docs/reopen-and-satisfaction.md), as FixMyStreet Brussels does: within
 * FEEDBACK_DAYS Brussels calendar days of the fix, the reporter may say « pas réparé » (the report goes back to
 * « Pris en compte » with their words and photo) or rate the answer (satisfied or not). Only the reporter may: the
 * tracking code is not a secret (it is printed on counter receipts and shown to anyone who has the link), so both
 * need the feedback link that the « réparé » mail alone carries. zod-free: the tracking page imports it.
 */
import { brusselsDate, type Instant } from './brussels-time.js';
import { addDays, type IsoDate } from './permits/calendar.js';
import type { ReportState } from './report-states.js';
import { MAIL_CONFIRMATION_TOKEN_PATTERN } from './entities/mail-confirmation.js';

/** Days after the fix (Brussels calendar days, the day of the fix not counted) during which the citizen may answer. */
export const FEEDBACK_DAYS = 30;

/** The state a report goes back to when its reporter says « pas réparé » (fixed → acknowledged is a legal move). */
export const REOPEN_STATE: ReportState = 'acknowledged';

/**
 * The feedback link's secret: 32 random bytes, base64url (43 characters); only its SHA-256 is stored. Drawn like a
 * mail-confirmation link's token (notify/mail-address.ts: newToken), so it has that token's shape.
 */
export const FEEDBACK_TOKEN_PATTERN = MAIL_CONFIRMATION_TOKEN_PATTERN;

/** The fragment of the tracking page's URL that carries the link's secret (never sent to a server log). */
export const FEEDBACK_FRAGMENT = 'avis';

/** The last Brussels day on which the citizen may answer a fix made at `fixedAt`. */
export function feedbackLastDay(fixedAt: Instant): IsoDate {
  return addDays(brusselsDate(fixedAt), FEEDBACK_DAYS);
}

/** Whether `now` is still within the window of the fix made at `fixedAt` (both instants; the clock is the caller's). */
export function feedbackOpen(fixedAt: Instant, now: Instant): boolean {
  return brusselsDate(now) <= feedbackLastDay(fixedAt);
}

export type FeedbackRefusal = 'expired' | 'not_fixed' | 'other_fix';

/**
 * Whether the reporter may still say « pas réparé » for the fix their link was made for: the report must be
 * `fixed` by that very fix (its closedAt), within the window. A second reopen of the same fix finds the report
 * open again (`not_fixed`), a link of an earlier fix finds another closedAt (`other_fix`).
 */
export function checkReopen(
  report: { state: ReportState; closedAt?: string },
  fixedAt: string,
  now: Instant,
): { ok: true } | { ok: false; reason: FeedbackRefusal } {
  if (!feedbackOpen(fixedAt, now)) return { ok: false, reason: 'expired' };
  if (report.state !== 'fixed') return { ok: false, reason: 'not_fixed' };
  if (report.closedAt !== fixedAt) return { ok: false, reason: 'other_fix' };
  return { ok: true };
}

/** A rating is of one fix, once, within the window, whatever the report's state since (a reopen does not undo it). */
export function checkRating(fixedAt: string, now: Instant): { ok: true } | { ok: false; reason: 'expired' } {
  return feedbackOpen(fixedAt, now) ? { ok: true } : { ok: false, reason: 'expired' };
}
