import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_FUNCTIONS, BACKGROUND_FUNCTIONS } from '@tandem/shared';
import { BUNDLE_BUDGET_EXCEPTIONS, DEFAULT_BUNDLE_BUDGET, TENANT_CREDENTIALS_BUDGET, bundleBudget } from '../bundles/budgets.js';
import { bundleTable, overBudget } from '../bundles/bundle-table.js';
import { importOnce } from '../bundles/module-init.js';
import type { FunctionBundle } from '../bundles/synth-bundles.js';

const KEYS = [...Object.keys(API_FUNCTIONS), ...Object.keys(BACKGROUND_FUNCTIONS)];
const bundle = (key: string, bytes: number, file = '/nowhere/index.mjs', environment: Record<string, string> = {}): FunctionBundle => ({
  key,
  file,
  bytes,
  gzipBytes: Math.round(bytes / 3),
  environment,
});

describe('bundle budgets', () => {
  it('gives a function the budget of the access it declares, unless it is a named exception', () => {
    expect(bundleBudget('docs/openapi')).toEqual({ bytes: DEFAULT_BUNDLE_BUDGET });
    // A function with a tenant role also bundles STS for its commune-scoped credentials.
    expect(bundleBudget('communes/list-communes')).toEqual({
      bytes: DEFAULT_BUNDLE_BUDGET + TENANT_CREDENTIALS_BUDGET,
      reason: expect.stringMatching(/STS/),
    });
    const s3 = bundleBudget('reports/create-report');
    expect(s3.bytes).toBeGreaterThan(DEFAULT_BUNDLE_BUDGET);
    expect(s3.reason).toMatch(/S3/);
    expect(bundleBudget('notify/notify-department').reason).toMatch(/SES/);
    expect(bundleBudget('staff/staff-accounts').reason).toMatch(/Cognito/);
    expect(bundleBudget('permits/change-permit')).toBe(BUNDLE_BUDGET_EXCEPTIONS['permits/change-permit']);
  });

  it('names only real functions in its exceptions, each with a reason', () => {
    for (const [key, budget] of Object.entries(BUNDLE_BUDGET_EXCEPTIONS)) {
      expect(KEYS).toContain(key);
      expect(budget?.reason?.length).toBeGreaterThan(20);
      expect(budget?.bytes).toBeGreaterThan(DEFAULT_BUNDLE_BUDGET);
    }
  });

  it('flags a bundle one byte over its budget, and only that one', () => {
    const budget = bundleBudget('map/query-map').bytes;
    const bundles = [bundle('map/query-map', budget + 1), bundle('map/feeds', bundleBudget('map/feeds').bytes)];
    expect(bundles.map(overBudget)).toEqual([true, false]);
    const table = bundleTable(bundles, new Map([['map/query-map', 12.3]]));
    expect(table.find((l) => l.startsWith('map/query-map'))).toMatch(/12\s+OVER$/);
    expect(table.find((l) => l.startsWith('map/feeds'))).toMatch(/—\s+ok$/);
  });
});

describe('cold module-init probe', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-init-'));
  const file = join(dir, 'index.mjs');
  writeFileSync(
    file,
    "if (process.env.TABLE_NAME !== 'bench-table') throw new Error('TABLE_NAME not set'); export const handler = () => 1;\n",
  );

  it("imports the bundle in a fresh process with the function's environment", async () => {
    const ms = await importOnce(bundle('map/query-map', 1, file, { TABLE_NAME: 'bench-table' }));
    expect(Number.isFinite(ms)).toBe(true);
  });

  it('reports the error when the bundle cannot be imported', async () => {
    await expect(importOnce(bundle('map/query-map', 1, file))).rejects.toThrow(/map\/query-map[\s\S]*TABLE_NAME not set/);
  });
});
