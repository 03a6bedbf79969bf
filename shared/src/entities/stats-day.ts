/**
 * The statistics' daily rollup: one item per commune and Brussels day (`C#c#STATS-DAYS`, sort key the day), written
 * by the nightly job (functions/src/stats/roll-up-stats.ts) once the day is over, by key and idempotently (a second
 * run writes the same item). A period's statistics read one key range of these items — 366 at most — whatever the
 * number of reports behind them (docs/statistics.md says why).
 */
import { communePrefix } from './key-parts.js';

export const statsDayKeys = {
  /** The commune's rollup partition: one item per day, sorted by day. */
  statsDays: (commune: string) => `${communePrefix(commune)}STATS-DAYS`,
  statsDay: (commune: string, day: string) => ({ pk: `${communePrefix(commune)}STATS-DAYS`, sk: day }),
};

/** One department's reports on one day. */
export interface StatsDayDepartment {
  /** Reports filed that day (the department they belong to when the day was rolled up). */
  received: number;
  /** Closures that day: moves from an open state to a closed one (fixed, not responsible, duplicate, closed). */
  closed: number;
  /** For each closure, minutes from the report's filing to it (the duration samples of the period's percentiles). */
  minutesToClose: number[];
  /** Reports open at the end of the day past their category's SLA (a snapshot, not a flow). */
  overdue: number;
}

export interface StatsDayItem {
  pk: string;
  sk: string;
  type: 'stats-day';
  commune: string;
  day: string;
  /** By department code; a department with nothing that day is left out. */
  departments: Record<string, StatsDayDepartment>;
  /** When it was computed (UTC ISO). */
  computedAt: string;
}
