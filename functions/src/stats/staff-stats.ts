/**
 * Statistics per commune and department over a period of Brussels days (docs/statistics.md):
 *   GET /api/{c}/staff/stats?from&to&department        JSON (StatsView)
 *   GET /api/{c}/staff/stats.csv?from&to&department&table   one of the screen's tables as CSV
 * Reports come from the nightly rollup (one item per day: a year is one key range of 366 items, whatever the number
 * of reports); today, and a finished day the job has not rolled up yet, are computed live from that day's keys (at
 * most MAX_LIVE_DAYS of them). Permits and closed tasks are read live, one key range of the period each.
 */
import {
  addDays,
  daysOf,
  StatsCsvQuery,
  StatsQuery,
  type CommuneConfig,
  type IsoDate,
  type StatsDayDepartment,
  type StatsView,
} from '@tandem/shared';
import { csvDownload } from '../lib/csv.js';
import { apiHandler, json, parseQuery, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { clock } from '../lib/clock.js';
import { requireStaff, type StaffUser } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { feedbackAnswers, permitsSubmitted, tasksDone } from './period-reads.js';
import { reportDay } from './report-day.js';
import { readRollups } from './stats-store.js';
import { routeOf } from '../lib/route-of.js';
import { permitsCsv, reportsCsv } from './list-exports.js';
import { statsTable, statsView } from './stats-view.js';
import { departmentOf, periodOf } from './stats-period-of.js';

/** Days one request computes live at most (today included); older days without a rollup are counted as missing. */
export const MAX_LIVE_DAYS = 31;
/** Live days computed at once. */
const LIVE_CONCURRENCY = 4;

async function statsFor(config: CommuneConfig, q: { from?: IsoDate; to?: IsoDate; department?: string }): Promise<StatsView> {
  const { from, to } = periodOf(q);
  const department = departmentOf(config, q.department);
  const today = clock.today();
  const lastKnown = to < today ? to : today;
  const lastFinished = addDays(today, -1);
  const rollupTo = to < lastFinished ? to : lastFinished;
  const days = new Map<IsoDate, Record<string, StatsDayDepartment>>();
  if (from <= rollupTo) for (const r of await readRollups(config.id, from, rollupTo)) days.set(r.day, r.departments);
  // Today is never rolled up (it is not over); a finished day without its rollup yet is computed too, latest first.
  // The overdue snapshot is the latest rolled-up day's: computing it live reads the whole open backlog, so it is done
  // only when the period has no rolled-up day at all (docs/statistics.md).
  const latestRollup = [...days.keys()].sort().at(-1);
  const wanted =
    from <= lastKnown
      ? daysOf(from, lastKnown)
          .filter((d) => !days.has(d))
          .reverse()
      : [];
  const live = wanted.slice(0, MAX_LIVE_DAYS);
  const rolledUp = days.size;
  for (let i = 0; i < live.length; i += LIVE_CONCURRENCY) {
    const batch = live.slice(i, i + LIVE_CONCURRENCY);
    const tallies = await Promise.all(batch.map((d) => reportDay(config, d, clock.ms(), { overdue: !latestRollup && d === lastKnown })));
    batch.forEach((d, j) => {
      days.set(d, tallies[j]);
    });
  }
  const snapshot = days.get(latestRollup ?? lastKnown) ?? {};
  const overdue = Object.fromEntries(Object.entries(snapshot).map(([d, t]) => [d, t.overdue]));
  const departments = department ? [department] : config.departments.map((d) => d.code);
  const [permits, tasks, feedback] = await Promise.all([
    permitsSubmitted(config.id, from, to),
    tasksDone(config.id, departments, from, to),
    feedbackAnswers(config.id, from, to),
  ]);
  return statsView({
    from,
    to,
    ...(department ? { department } : {}),
    days,
    overdue,
    permits,
    tasks,
    feedback,
    coverage: { rolledUp, live: live.length, missing: wanted.length - live.length },
  });
}

/** A route of this function, given the commune's config and the staff member (resolved once, for every route). */
type Handler = (event: ApiEvent, config: CommuneConfig, user: StaffUser) => Promise<ApiResult>;

async function statistics(event: ApiEvent, config: CommuneConfig, user: StaffUser): Promise<ApiResult> {
  authorize(user, config, 'GET /api/{commune}/staff/stats', 'read');
  return json(200, await statsFor(config, parseQuery(event, StatsQuery)));
}

async function statisticsCsv(event: ApiEvent, config: CommuneConfig, user: StaffUser): Promise<ApiResult> {
  authorize(user, config, 'GET /api/{commune}/staff/stats.csv', 'export');
  const q = parseQuery(event, StatsCsvQuery);
  const view = await statsFor(config, q);
  const { header, rows } = statsTable(view, q.table);
  const dept = view.department ? `-${view.department}` : '';
  return csvDownload(`stats-${q.table}-${config.id}${dept}-${view.from}-${view.to}.csv`, header, rows);
}

/** The statistics and the lists' CSV exports (list-exports.ts), one function (the platform stack counts its resources). */
export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  return routeOf<'stats/staff-stats', Handler>(event, {
    'GET /api/{commune}/staff/stats': statistics,
    'GET /api/{commune}/staff/stats.csv': statisticsCsv,
    'GET /api/{commune}/staff/reports.csv': reportsCsv,
    'GET /api/{commune}/staff/permits.csv': permitsCsv,
  })(event, reg.config, user);
});
