import { describe, expect, it } from 'vitest';
import {
  atLeast,
  medianRun,
  pageBudgetLines,
  scriptsBefore,
  under,
  type LoadedScript,
  type PageBudgetResult,
} from './page-budgets-figures.js';

const script = (url: string, gzipBytes: number, endedAt: number | undefined, status = 200): LoadedScript => ({
  url,
  status,
  bytes: gzipBytes * 3,
  gzipBytes,
  endedAt,
});

describe('scriptsBefore', () => {
  const scripts = [
    script('/_astro/shell.js', 10_000, 50),
    script('/_astro/preact.js', 4_000, 80),
    script('/_astro/shell.js', 10_000, 90), // the same module seen twice: counted once
    script('/_astro/today.js', 6_000, 120),
    script('/_astro/map.js', 90_000, 400), // loaded on demand, after the list showed
    script('/_astro/missing.js', 200, 60, 404),
    script('/_astro/cached.js', 1_000, 70, 304),
    script('/_astro/aborted.js', 500, undefined),
  ];
  it('sums the gzip bytes of the scripts finished before the content showed, each URL once, failed fetches left out', () => {
    expect(scriptsBefore(scripts, 120)).toEqual({ files: 4, bytes: 63_000, gzipBytes: 21_000 });
  });
  it('leaves out a script still loading when the content showed', () => {
    expect(scriptsBefore(scripts, 100).gzipBytes).toBe(15_000);
    expect(scriptsBefore(scripts, 1_000).gzipBytes).toBe(111_000);
  });
  it('is zero for a page without scripts', () => {
    expect(scriptsBefore([], 1_000)).toEqual({ files: 0, bytes: 0, gzipBytes: 0 });
  });
});

describe('medianRun', () => {
  it('picks the run with the median score, the lower middle one when even', () => {
    expect(medianRun([{ performance: 91 }, { performance: 72 }, { performance: 88 }])).toEqual({ performance: 88 });
    expect(medianRun([{ performance: 95 }, { performance: 90 }, { performance: 99 }, { performance: 80 }])).toEqual({ performance: 90 });
    expect(medianRun([])).toBeUndefined();
  });
});

describe('verdicts', () => {
  it('passes a score at its goal and a weight strictly under its goal', () => {
    expect([atLeast(90, 90), atLeast(89, 90)]).toEqual(['PASS', 'FAIL']);
    expect([under(61_439, 61_440), under(61_440, 61_440)]).toEqual(['PASS', 'FAIL']);
  });
});

describe('pageBudgetLines', () => {
  const field = (missed?: string): Extract<PageBudgetResult, { outcome: 'measured' }> => ({
    name: 'Field app',
    path: '/soignies/terrain/',
    outcome: 'measured',
    goals: { performance: 90, installable: true, jsGzipBytes: 60 * 1024 },
    lighthouse: {
      median: { performance: 93, lcpMs: 1_850, tbtMs: 40.4, cls: 0.0123, totalBytes: 150 * 1024 },
      runs: 3,
      scores: [91, 93, 95],
    },
    js: { files: 5, bytes: 150_000, gzipBytes: 48 * 1024, until: { label: missed ? 'the sign-in form' : 'the task list', missed } },
    installability: ['no-manifest'],
    blockedRequests: 0,
    prepared: 'signed in as ouvrier@soignies.example',
  });
  it('prints each figure beside its goal', () => {
    expect(pageBudgetLines([field()], '12.8.2')).toEqual([
      expect.stringContaining('Lighthouse 12.8.2, mobile profile'),
      'Field app /soignies/terrain/ (signed in as ouvrier@soignies.example)',
      '  performance 93   goal ≥ 90: PASS   (median of 3: 91, 93, 95)',
      '  LCP 1.85 s, TBT 40 ms, CLS 0.012, 150.0 KiB transferred',
      '  JS before the task list: 48.0 KiB gzip, 146.5 KiB raw, 5 files   goal < 60.0 KiB: PASS',
      '  installability errors: no-manifest   goal none: FAIL',
    ]);
  });
  it('does not judge the JS goal on a stand-in, and says what did not show', () => {
    const lines = pageBudgetLines([field('the task list did not show')], '12.8.2');
    expect(lines[4]).toBe(
      '  JS before the sign-in form: 48.0 KiB gzip, 146.5 KiB raw, 5 files   goal < 60.0 KiB: n/a (the task list did not show)',
    );
  });
  it('says « not built » for a page answering 404, and a failed Lighthouse run in words', () => {
    const failed: PageBudgetResult = { ...field(), goals: {}, lighthouse: { error: 'NO_FCP' }, installability: undefined };
    const lines = pageBudgetLines([{ name: 'Field app', path: '/soignies/terrain/', outcome: 'not-built', status: 404 }, failed], '12.8.2');
    expect(lines[1]).toBe('Field app /soignies/terrain/: not built (HTTP 404), skipped');
    expect(lines[3]).toBe('  Lighthouse: failed: NO_FCP');
    expect(lines[4]).toBe('  JS before the task list: 48.0 KiB gzip, 146.5 KiB raw, 5 files');
    expect(lines).toHaveLength(5);
  });
  it('prints a page’s note under its name', () => {
    const lines = pageBudgetLines([{ ...field(), note: 'Lighthouse loads it up to the PIN lock' }], '12.8.2');
    expect(lines[2]).toBe('  Lighthouse loads it up to the PIN lock');
  });
});
