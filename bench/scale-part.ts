/**
 * The bench at scale (issue 14): a large commune's year of reports seeded once (report-seed.ts, 100,000 unless
 * BENCH_REPORTS) and 20,000 tasks (BENCH_WORK_TASKS), then « Mon travail », a department's board (work-scale.ts), the
 * staff inbox and Open311's default window (report-lists-scale.ts) through the local API, each p50 beside its goal
 * (under 100 ms). The whole bench runs it on its shared platform, last, and hands the seeded reports to the
 * statistics part; `npm run bench -- --only scale` runs it alone on a platform of its own. There, BENCH_SCALE_LISTS
 * (a comma-separated list of labels' beginnings, e.g. `open311` or `inbox`) measures only the lists of reports whose
 * label starts with one of them, without the tasks: `BENCH_SCALE_LISTS=open311 npm run bench -- --only scale`.
 */
import { performance } from 'node:perf_hooks';
import { startPlatform, type Platform } from '../infra/local/platform.js';
import soignies from '../infra/communes/soignies.json' with { type: 'json' };
import { BENCH_REPORTS, seedReports, type SeededReports } from './report-seed.js';
import { benchReportListsAtScale } from './report-lists-scale.js';
import { ms, pct } from './stats.js';
import { benchWorkScale, seedWorkScale, signInAgent, workScaleLines } from './work-scale.js';

export const BENCH_WORK_TASKS = Number(process.env.BENCH_WORK_TASKS ?? 20_000);

export async function benchAtScale(platform: Platform, n: number): Promise<{ lines: string[]; reports: SeededReports }> {
  const endpoint = platform.env.DYNAMODB_ENDPOINT;
  const table = platform.env.TABLE_NAME;
  const reports = await seedReports(endpoint, table, BENCH_REPORTS);
  const agent = await signInAgent(platform.url, platform.demoPassword);
  const workSeedStart = performance.now();
  const taskItems = await seedWorkScale({
    endpoint,
    table,
    commune: 'soignies',
    sub: agent.sub,
    departments: soignies.departments.map((d) => d.code),
    tasks: BENCH_WORK_TASKS,
  });
  const taskSeconds = (performance.now() - workSeedStart) / 1000;
  const work = await benchWorkScale(platform.url, endpoint, table, 'soignies', soignies.departments[0].code, agent.idToken, n);
  const lists = await benchReportListsAtScale(platform, agent.idToken, reports.reports, n);
  const lines = [
    `(${reports.reports.toLocaleString('en')} reports: ${reports.itemsWritten.toLocaleString('en')} items written in ${reports.seedSeconds.toFixed(0)} s)`,
    '                              p50         p99',
    ...workScaleLines(
      work,
      { reports: reports.reports, tasks: BENCH_WORK_TASKS, taskItems, taskSeconds },
      (label, xs) => `${label.padEnd(28)}${ms(pct(xs, 50)).padStart(10)}  ${ms(pct(xs, 99)).padStart(10)}`,
    ),
    '',
    ...lists,
  ];
  return { lines, reports };
}

/** The lists of reports alone (no tasks seeded), those whose label starts with one of `only`'s. */
async function benchListsAtScale(platform: Platform, n: number, only: string[]): Promise<string[]> {
  const reports = await seedReports(platform.env.DYNAMODB_ENDPOINT, platform.env.TABLE_NAME, BENCH_REPORTS);
  const agent = await signInAgent(platform.url, platform.demoPassword);
  const lists = await benchReportListsAtScale(platform, agent.idToken, reports.reports, n, only);
  return [
    `(${reports.reports.toLocaleString('en')} reports: ${reports.itemsWritten.toLocaleString('en')} items written in ${reports.seedSeconds.toFixed(0)} s)`,
    ...lists,
  ];
}

/** This part alone, on a platform of its own. */
export async function scalePart(): Promise<string[]> {
  const platform = await startPlatform({ quiet: true, streams: false, schedules: false, rateLimits: 'test' });
  const n = Number(process.env.BENCH_N ?? 300);
  const only = process.env.BENCH_SCALE_LISTS?.split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  try {
    if (only?.length) return await benchListsAtScale(platform, n, only);
    return (await benchAtScale(platform, n)).lines;
  } finally {
    await platform.stop();
  }
}
