/**
 * The statistics' overdue count: open reports whose SLA flag (report-sla.ts, the inbox's rule) is up at `asOf`.
 * A category without `slaDays` has no SLA, so its reports never count (docs/statistics.md). Pure, so that a unit test
 * proves the count and the inbox's flag agree; the rollup (functions/src/stats/report-day.ts) feeds it the open
 * reports filed before `overdueCutoff`.
 */
import type { CommuneConfig } from '../commune-config.js';
import { categorySla } from '../report-sla.js';
import type { ReportState } from '../report-states.js';

const DAY_MS = 86_400_000;

export interface OpenReportRow {
  category: string;
  department: string;
  createdAt: string;
  state: ReportState;
}

/**
 * Reports filed at or after this instant cannot be late at `asOf` under the shortest SLA (a day's margin for the clock
 * changes), so the read stops there; undefined when no category has an SLA (nothing can be overdue).
 */
export function overdueCutoff(config: Pick<CommuneConfig, 'categories'>, asOfMs: number): string | undefined {
  const slas = config.categories.flatMap((c) => (c.slaDays ? [c.slaDays] : []));
  if (!slas.length) return undefined;
  return new Date(asOfMs - (Math.min(...slas) - 1) * DAY_MS).toISOString();
}

/** How many of `rows` are overdue at `asOf`, per department. */
export function overdueByDepartment(
  config: Pick<CommuneConfig, 'categories'>,
  rows: readonly OpenReportRow[],
  asOfMs: number,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of rows) if (categorySla(config, r, asOfMs)?.slaLate) counts[r.department] = (counts[r.department] ?? 0) + 1;
  return counts;
}
