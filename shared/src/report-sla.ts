/**
 * A report's service level: its category's `slaDays` (commune config) counted in Brussels calendar days from the
 * day it was filed. It is late once the last of those days is over (at the Brussels midnight that ends it) while
 * it is still open. A category without `slaDays` has no SLA: its reports are never late. This is the one rule of the
 * inbox's flag (« Hors délai ») and of the statistics' overdue count (stats/overdue.ts). Pure: "now" is a parameter,
 * so no test depends on the hour or the zone it runs in.
 */
import { brusselsDate, brusselsWallToMs, instantMs, type Instant } from './brussels-time.js';
import { addDays } from './permits/calendar.js';
import { isClosedState, type ReportState } from './report-states.js';
import { findCategory, type CommuneConfig } from './commune-config.js';

/** The instant a report filed at `createdAt` is due under an SLA of `days` calendar days (UTC ISO). */
export function slaDueAt(createdAt: Instant, days: number): string {
  return new Date(brusselsWallToMs(addDays(brusselsDate(createdAt), days + 1))).toISOString();
}

/** The report's SLA at `now`: when it is due and whether it is late; nothing when its category has no SLA. */
export function reportSla(
  r: { createdAt: string; state: ReportState },
  slaDays: number | undefined,
  now: Instant,
): { slaDueAt: string; slaLate: boolean } | undefined {
  if (!slaDays) return undefined;
  const due = slaDueAt(r.createdAt, slaDays);
  return { slaDueAt: due, slaLate: !isClosedState(r.state) && instantMs(now) >= instantMs(due) };
}

/** The report's SLA under its commune's categories. */
export function categorySla(
  config: Pick<CommuneConfig, 'categories'>,
  r: { category: string; createdAt: string; state: ReportState },
  now: Instant,
): { slaDueAt: string; slaLate: boolean } | undefined {
  return reportSla(r, findCategory(config, r.category)?.slaDays, now);
}
