/**
 * The inbox's filtered reads against DynamoDB Local: a filter that matches little reads on until the page is
 * full or the list is exhausted, never past its read budget, and says which (`partial`). Thirty reports in a
 * commune of their own, read with a small page and budget so that the pages cross.
 */
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys, reportListIndex, stateIndexes, type ReportItem } from '@tandem/shared';
import { ddb, env } from '../../functions/src/lib/aws.js';
import { listReports, type ListFilter } from '../../functions/src/reports/report-store.js';

const commune = `paging-${crypto.randomUUID().slice(0, 8)}`;
const COUNT = 30;
/** The two reports (out of thirty) the rare filter matches: the 8th and the 23rd filed. */
const RARE = new Set([7, 22]);
const codeOf = (i: number) => `PAGE-${String(i).padStart(4, '0')}`;

function report(i: number): ReportItem {
  const code = codeOf(i);
  const createdAt = new Date(Date.UTC(2026, 10, 2, 9, i)).toISOString();
  const base = { commune, code, state: 'new' as const, createdAt, category: RARE.has(i) ? 'arbre' : 'voirie', location: undefined };
  return {
    ...keys.report(commune, code),
    type: 'report',
    ...base,
    department: RARE.has(i) ? 'environnement' : 'travaux',
    description: `Signalement ${i}`,
    answers: {},
    photos: [],
    locale: 'fr',
    updatedAt: createdAt,
    version: 1,
    source: 'web',
    ...reportListIndex(commune, code, createdAt),
    ...(stateIndexes(base) as Pick<ReportItem, 'gsi2pk' | 'gsi2sk'>),
  };
}

beforeAll(async () => {
  const items = Array.from({ length: COUNT }, (_, i) => report(i));
  for (let i = 0; i < items.length; i += 25) {
    const batch = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item: JSON.parse(JSON.stringify(Item)) } }));
    await ddb().send(new BatchWriteCommand({ RequestItems: { [env().tableName]: batch } }));
  }
});

/** Every page of a filtered list, following the cursor, with the given page size and read budget. */
async function allPages(filter: ListFilter, limit: number, budget: number) {
  const pages: Awaited<ReturnType<typeof listReports>>[] = [];
  let cursor: Record<string, unknown> | undefined;
  do {
    const page = await listReports(commune, filter, limit, cursor, budget);
    pages.push(page);
    cursor = page.lastKey;
  } while (cursor && pages.length < 20);
  return pages;
}

describe('a filtered inbox read', () => {
  it('that matches nothing stops at its budget saying partial, and ends with the list without a cursor', async () => {
    const pages = await allPages({ category: 'voirie', department: 'environnement' }, 5, 10);
    expect(pages.every((p) => p.items.length === 0)).toBe(true);
    expect(pages.every((p) => p.scanned <= 10)).toBe(true);
    expect(pages.reduce((n, p) => n + p.scanned, 0)).toBe(COUNT);
    expect(pages[0]).toMatchObject({ partial: true, scanned: 10 });
    expect(pages[0].lastKey).toBeDefined();
    const last = pages[pages.length - 1];
    expect(last.lastKey).toBeUndefined();
    expect(last.partial).toBe(false);
    expect(pages.slice(0, -1).every((p) => p.partial)).toBe(true);
  });

  it('that matches little reads on past empty stretches until the list is exhausted', async () => {
    const [page, ...rest] = await allPages({ category: 'arbre' }, 5, 100);
    expect(rest).toEqual([]);
    expect(page.items.map((r) => r.code)).toEqual([codeOf(22), codeOf(7)]);
    expect(page).toMatchObject({ partial: false, scanned: COUNT });
    expect(page.lastKey).toBeUndefined();
  });

  it('that fills its page stops there, and the cursor starts right after the last item kept', async () => {
    const pages = await allPages({ department: 'environnement' }, 1, 100);
    // The second page read to the end of the list while filling itself: it ends the list.
    expect(pages.map((p) => p.items.map((r) => r.code))).toEqual([[codeOf(22)], [codeOf(7)]]);
    expect(pages.map((p) => p.partial)).toEqual([false, false]);
    expect(pages[0].lastKey).toBeDefined();
    expect(pages[1].lastKey).toBeUndefined();
  });

  it('without a filter, reads exactly one page', async () => {
    const page = await listReports(commune, { state: 'new' }, 4, undefined, 1);
    expect(page.items.map((r) => r.code)).toEqual([29, 28, 27, 26].map(codeOf));
    expect(page).toMatchObject({ partial: false, scanned: 4 });
    expect(page.lastKey).toBeDefined();
  });
});
