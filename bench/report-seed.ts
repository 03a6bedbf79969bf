/**
 * The bench's one large commune: BENCH_REPORTS reports (default 100,000) filed over the 365 days before today in
 * Soignies, 85 % of them fixed after 1 hour to 20 days (each closure with its timeline item), written straight into
 * DynamoDB Local as the stores write them. Seeded once per `npm run bench` and read by both the statistics part
 * (statistics.ts) and the staff workspace part (work-scale.ts); each, run alone, seeds it itself.
 * DynamoDB Local writes a few hundred items a second on a shared machine: 100,000 reports (≈ 185,000 items) take
 * several minutes.
 */
import { performance } from 'node:perf_hooks';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CommuneConfig, keys, newTimelineItem, reportListIndex, stateIndexes, type ReportItem } from '@tandem/shared';
import soignies from '../infra/communes/soignies.json' with { type: 'json' };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How many reports, unless told: BENCH_REPORTS, or the older BENCH_STATS_REPORTS / BENCH_WORK_REPORTS. */
export const BENCH_REPORTS = Number(
  process.env.BENCH_REPORTS ?? process.env.BENCH_STATS_REPORTS ?? process.env.BENCH_WORK_REPORTS ?? 100_000,
);

export interface SeededReports {
  commune: 'soignies';
  reports: number;
  itemsWritten: number;
  seedSeconds: number;
  /** The instant the year ends (the seed's "now"). */
  now: number;
}

/** A deterministic pseudo-random sequence (the same data on every run). */
export function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

export function benchClient(endpoint: string) {
  return DynamoDBDocumentClient.from(
    new DynamoDBClient({ region: 'eu-west-1', endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
}

/** Batches of 25, eight in flight (DynamoDB Local takes them faster than one by one), unprocessed items retried. */
export async function writeAll(endpoint: string, table: string, items: Record<string, unknown>[]): Promise<void> {
  const ddb = benchClient(endpoint);
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      let request: Record<string, { PutRequest: { Item: Record<string, unknown> } }[]> | undefined = {
        [table]: batches[next++].map((Item) => ({ PutRequest: { Item } })),
      };
      while (request && Object.keys(request).length) {
        const r = await ddb.send(new BatchWriteCommand({ RequestItems: request }));
        request = r.UnprocessedItems as typeof request;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: 8 }, worker));
  } finally {
    ddb.destroy();
  }
}

export async function seedReports(endpoint: string, table: string, n = BENCH_REPORTS, now = Date.now()): Promise<SeededReports> {
  const t0 = performance.now();
  const cfg = CommuneConfig.parse(soignies);
  const rnd = random(42);
  let itemsWritten = 0;
  // In chunks, so that 100,000 reports never sit in memory at once.
  for (let start = 0; start < n; start += 10_000) {
    const items: Record<string, unknown>[] = [];
    for (let i = start; i < Math.min(n, start + 10_000); i++) {
      const category = cfg.categories[i % cfg.categories.length];
      const created = now - 365 * DAY + Math.floor(rnd() * 365 * DAY);
      const createdAt = new Date(created).toISOString();
      const code = `BNCH-${i.toString(36).toUpperCase().padStart(6, '0')}`;
      const closedMs = created + HOUR + Math.floor(rnd() * 20 * DAY);
      const closed = rnd() < 0.85 && closedMs < now;
      const closedAt = closed ? new Date(closedMs).toISOString() : undefined;
      const base = { commune: 'soignies', code, category: category.code, createdAt, state: closed ? 'fixed' : 'acknowledged' } as const;
      const report: Partial<ReportItem> = {
        ...keys.report('soignies', code),
        type: 'report',
        ...base,
        department: category.department,
        description: `Banc de mesure ${i}`,
        answers: {},
        photos: [],
        locale: 'fr',
        updatedAt: closedAt ?? createdAt,
        ...(closedAt ? { closedAt } : {}),
        version: closed ? 3 : 2,
        source: 'web',
        ...reportListIndex('soignies', code, createdAt),
        ...stateIndexes(base, closedAt),
      };
      items.push(report);
      if (closedAt)
        items.push({
          ...newTimelineItem('soignies', code, closedAt, { kind: 'state_changed', public: true, from: 'acknowledged', to: 'fixed' }),
        });
    }
    await writeAll(endpoint, table, items);
    itemsWritten += items.length;
  }
  return { commune: 'soignies', reports: n, itemsWritten, seedSeconds: (performance.now() - t0) / 1000, now };
}
