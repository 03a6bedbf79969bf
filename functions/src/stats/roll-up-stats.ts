/**
 * Scheduled hourly (see SCHEDULES): for every commune, each finished day of the last CATCH_UP_DAYS not rolled up yet
 * gets its report statistics computed (report-day.ts: reads bounded by that day's keys) and stored as one item
 * (entities/stats-day.ts). One query finds the missing days, so an hour with nothing to do costs one read per commune;
 * a missed night is caught up by the next run; a day written twice is written the same. `today` may be forced (ops,
 * tests) to roll up the days before it; `backfillDays` (at most STATS_MAX_DAYS) looks further back than CATCH_UP_DAYS,
 * once, e.g. when statistics start on a commune with history (docs/statistics.md).
 */
import type { Context } from 'aws-lambda';
import { addDays, brusselsDate, daysOf, keys, STATS_MAX_DAYS, type CommuneConfig, type IsoDate } from '@tandem/shared';
import { clock } from '../lib/clock.js';
import { backgroundHandler } from '../lib/background-handler.js';
import { listCommunes } from '../communes/commune-store.js';
import { asCommune } from '../lib/tenant.js';
import { CATCH_UP_DAYS, reportDay } from './report-day.js';
import { putRollup, readRollups } from './stats-store.js';

/** Stop and leave the rest to the next run when less than this is left of the invocation's time. */
const TIME_MARGIN_MS = 10_000;

export interface RollupRunResult {
  /** Days rolled up in this run, all communes together. */
  rolledUp: number;
  /** 1 when the run stopped for lack of time with days still missing. */
  unfinished: number;
}

export const handler = backgroundHandler(
  'stats/roll-up-stats',
  async (event: { time?: string; today?: string; backfillDays?: number } = {}, context?: Context): Promise<RollupRunResult> => {
    const today = event.today ?? (event.time ? brusselsDate(event.time) : clock.today());
    const back = Math.min(STATS_MAX_DAYS, Math.max(CATCH_UP_DAYS, Math.floor(Number(event.backfillDays) || 0)));
    const window = { from: addDays(today, -back), to: addDays(today, -1) };
    const result: RollupRunResult = { rolledUp: 0, unfinished: 0 };
    const outOfTime = () => Boolean(context && context.getRemainingTimeInMillis() < TIME_MARGIN_MS);
    for (const reg of await listCommunes()) {
      // Each commune's days under that commune's credentials (tenant isolation: lib/tenant.ts).
      const done = await asCommune(reg.config.id, () => rollUpCommune(reg.config, window, result, outOfTime));
      if (!done) {
        result.unfinished = 1;
        break;
      }
    }
    return result;
  },
);

async function rollUpCommune(
  config: CommuneConfig,
  window: { from: IsoDate; to: IsoDate },
  result: RollupRunResult,
  outOfTime: () => boolean,
) {
  const have = new Set((await readRollups(config.id, window.from, window.to)).map((d) => d.day));
  for (const day of daysOf(window.from, window.to).filter((d) => !have.has(d))) {
    if (outOfTime()) return false;
    const departments = await reportDay(config, day, clock.ms());
    await putRollup({ ...keys.statsDay(config.id, day), type: 'stats-day', commune: config.id, day, departments, computedAt: clock.iso() });
    result.rolledUp++;
  }
  return true;
}
