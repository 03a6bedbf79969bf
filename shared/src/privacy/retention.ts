/**
 * How long a commune keeps a requester's personal data after the request closes, and the instant before
 * which a closure is old enough. Calendar months in Brussels: a request closed on 14 March 2026 (Brussels
 * day) is erased from 14 March 2027 on, whatever the hour or the server's time zone.
 */
import * as z from 'zod';
import { brusselsWallToMs } from '../brussels-time.js';
import { isValidIsoDate, type IsoDate } from '../permits/calendar.js';

export const DEFAULT_RETENTION_MONTHS = 12;

/** The commune config's `privacy` block (infra/communes/<id>.json). */
export const PrivacyConfig = z.object({
  /** Months a closed request keeps its requester's name, e-mail, phone and address (1 to 120). */
  retentionMonths: z.number().int().min(1).max(120).default(DEFAULT_RETENTION_MONTHS),
});
export type PrivacyConfig = z.infer<typeof PrivacyConfig>;

export function retentionMonthsOf(config: { privacy?: { retentionMonths?: number } }): number {
  return config.privacy?.retentionMonths ?? DEFAULT_RETENTION_MONTHS;
}

/** The same day `months` calendar months earlier (31 March − 1 month = 28 or 29 February). */
export function monthsBefore(day: IsoDate, months: number): IsoDate {
  if (!isValidIsoDate(day)) throw new Error(`not a date: ${day}`);
  const [y, m, d] = day.split('-').map(Number);
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * The ISO instant (UTC, as stored) before which a closure is due for erasure on `today` (Brussels): the start,
 * in Brussels, of the day `months` months ago. Closed that day or later: kept.
 */
export function retentionCutoff(today: IsoDate, months: number): string {
  return new Date(brusselsWallToMs(monthsBefore(today, months))).toISOString();
}
