/**
 * Statistics with a large commune (docs/statistics.md), over the bench's year of reports (report-seed.ts: 100,000
 * reports in Soignies unless BENCH_REPORTS says otherwise, seeded once per run and shared with work-scale.ts).
 * Side by side:
 *   - the bounded read the rollup avoids: one year of the gsi1 list, `department` only (every report read);
 *   - the nightly job backfilling the year, day by day (reads bounded by each day's keys), per day and in all;
 *   - GET staff/stats over 365 and 30 days through the local API, once the days are rolled up.
 * Not a test: nothing here passes or fails on timing.
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { paginateQuery } from '@aws-sdk/lib-dynamodb';
import { addDays, brusselsDate, keys, periodRange } from '@tandem/shared';
import { invokeHandler } from '../infra/local/handlers/load-handler.js';
import { startPlatform, type Platform } from '../infra/local/platform.js';
import { benchClient, seedReports, type SeededReports } from './report-seed.js';
import { ms, pct } from './stats.js';

export interface StatisticsFigures {
  reports: number;
  itemsWritten: number;
  seedSeconds: number;
  /** One year of gsi1, department only: the time of each run and the items read. */
  naiveYear: number[];
  naiveItems: number;
  /** The backfill: days rolled up, seconds in all, invocations it took (each stops 10 s before its 30 s timeout). */
  backfillDays: number;
  backfillSeconds: number;
  backfillInvocations: number;
  year: number[];
  yearBytes: number;
  month: number[];
}

export async function benchStatistics(platform: Platform, seeded?: SeededReports): Promise<StatisticsFigures> {
  // The year of reports: seeded once per bench run (report-seed.ts) and shared with the workspace part, else here.
  const { reports: n, itemsWritten, seedSeconds } = seeded ?? (await seedReports(platform.env.DYNAMODB_ENDPOINT, platform.env.TABLE_NAME));
  const today = brusselsDate(Date.now());

  // What the rollup avoids: the year of reports through the gsi1 list, bounded by the period, one attribute projected.
  const ddb = benchClient(platform.env.DYNAMODB_ENDPOINT);
  const naiveYear: number[] = [];
  let naiveItems = 0;
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    naiveItems = 0;
    const range = periodRange(addDays(today, -365), today);
    for await (const page of paginateQuery(
      { client: ddb },
      {
        TableName: platform.env.TABLE_NAME,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :a AND :b',
        ExpressionAttributeValues: { ':pk': keys.reportsAll('soignies'), ':a': range.start, ':b': range.end },
        ProjectionExpression: 'department',
      },
    )) {
      naiveItems += page.Items?.length ?? 0;
    }
    naiveYear.push(performance.now() - t);
  }
  ddb.destroy();

  // The nightly job, told to look back a year: each invocation stops before its (local) 30 s timeout; run it again.
  const t1 = performance.now();
  let backfillDays = 0;
  let backfillInvocations = 0;
  for (;;) {
    const r = (await invokeHandler('stats/roll-up-stats', { backfillDays: 365 })) as { rolledUp: number; unfinished: number };
    backfillDays += r.rolledUp;
    backfillInvocations++;
    if (!r.unfinished) break;
  }
  const backfillSeconds = (performance.now() - t1) / 1000;

  const login = await fetch(`${platform.url}/api/soignies/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'agent@soignies.example', password: platform.demoPassword }),
  });
  const { idToken } = (await login.json()) as { idToken: string };
  const get = async (from: string) => {
    const t = performance.now();
    const r = await fetch(`${platform.url}/api/soignies/staff/stats?from=${from}&to=${today}`, {
      headers: { authorization: `Bearer ${idToken}` },
    });
    const body = await r.text();
    if (r.status !== 200) throw new Error(`stats: ${r.status} ${body}`);
    return { ms: performance.now() - t, bytes: body.length };
  };
  await get(addDays(today, -364));
  const year: number[] = [];
  const month: number[] = [];
  let yearBytes = 0;
  for (let i = 0; i < 10; i++) {
    const y = await get(addDays(today, -364));
    year.push(y.ms);
    yearBytes = y.bytes;
    month.push((await get(addDays(today, -29))).ms);
  }
  return {
    reports: n,
    itemsWritten,
    seedSeconds,
    naiveYear,
    naiveItems,
    backfillDays,
    backfillSeconds,
    backfillInvocations,
    year,
    yearBytes,
    month,
  };
}

export function statisticsLines(f: StatisticsFigures): string[] {
  const row = (label: string, xs: number[], note = '') =>
    `${label.padEnd(34)}${ms(pct(xs, 50)).padStart(11)}  ${ms(pct(xs, 99)).padStart(11)}${note}`;
  return [
    '',
    `Statistics with ${f.reports.toLocaleString('en')} reports in one commune over a year (${f.itemsWritten.toLocaleString('en')} items written in ${f.seedSeconds.toFixed(0)} s)`,
    '                                        p50          p99',
    row('one year of gsi1, department only', f.naiveYear, `   (3 runs, ${f.naiveItems.toLocaleString('en')} items read)`),
    `nightly job, backfill of ${f.backfillDays} days (both communes): ${f.backfillSeconds.toFixed(1)} s in all, ${((f.backfillSeconds * 1000) / Math.max(1, f.backfillDays)).toFixed(0)} ms per day (${f.backfillInvocations} invocations)`,
    row('GET staff/stats, 365 days', f.year, `   (10 runs, ${(f.yearBytes / 1024).toFixed(0)} KiB, today live)`),
    row('GET staff/stats, 30 days', f.month, '   (10 runs, today live)'),
  ];
}

/** `tsx bench/statistics.ts`: this part alone. */
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const platform = await startPlatform({ quiet: true, streams: false, rateLimits: 'test' });
  try {
    const f = await benchStatistics(platform);
    console.log(`Tandem bench (statistics) — ${new Date().toISOString()} — Node ${process.version}`);
    console.log(statisticsLines(f).join('\n'));
  } finally {
    await platform.stop();
  }
}
