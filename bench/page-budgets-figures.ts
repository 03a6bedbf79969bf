/**
 * The page budgets' arithmetic and printing (bench/page-budgets.ts), kept apart from the browser so that it is
 * unit-tested: which scripts count as « loaded before the first content », their gzip sum, the median Lighthouse
 * run, a figure beside its goal (PASS/FAIL: a figure printed, never a timed assertion) and the part's lines.
 */

/** One script file the page fetched, as the bench saw it (gzip: the body gzipped here, as web/scripts/page-js.mjs does). */
export interface LoadedScript {
  url: string;
  status: number;
  bytes: number;
  gzipBytes: number;
  /** When its response ended, on the page's clock (performance.now(), ms); undefined if it never finished. */
  endedAt?: number;
}

export interface ScriptSum {
  files: number;
  bytes: number;
  gzipBytes: number;
}

/**
 * The scripts loaded before `until` (ms on the page's clock): each URL once (a module imported twice is fetched
 * once), answered 2xx or 304 (a failed fetch brings no code), finished by then (a chunk still loading when the
 * content showed, such as the map loaded on demand, does not count).
 */
export function scriptsBefore(scripts: readonly LoadedScript[], until: number): ScriptSum {
  const seen = new Set<string>();
  const sum: ScriptSum = { files: 0, bytes: 0, gzipBytes: 0 };
  for (const s of scripts) {
    if (seen.has(s.url) || !((s.status >= 200 && s.status < 300) || s.status === 304)) continue;
    if (s.endedAt === undefined || s.endedAt > until) continue;
    seen.add(s.url);
    sum.files++;
    sum.bytes += s.bytes;
    sum.gzipBytes += s.gzipBytes;
  }
  return sum;
}

/** The figures taken from one Lighthouse run (performance 0–100; times in ms; bytes transferred). */
export interface LighthouseFigures {
  performance: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  totalBytes: number;
}

/** The median run by performance score (Lighthouse's own advice for a noisy machine): the lower middle one if even. */
export function medianRun<T extends { performance: number }>(runs: readonly T[]): T | undefined {
  if (!runs.length) return undefined;
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

export type Verdict = 'PASS' | 'FAIL';
/** A figure beside its goal: `at least` (a score) or `under` (a weight, strictly). */
export const atLeast = (value: number, goal: number): Verdict => (value >= goal ? 'PASS' : 'FAIL');
export const under = (value: number, goal: number): Verdict => (value < goal ? 'PASS' : 'FAIL');

/** The goals a page may have; a page without goals prints its figures alone. */
export interface PageGoals {
  /** Lighthouse performance score (mobile profile), at least. */
  performance?: number;
  /** No installability error (CDP Page.getInstallabilityErrors). */
  installable?: boolean;
  /** JS before the first content, gzip bytes, strictly under (KiB as the bench counts: 1 KiB = 1024 bytes). */
  jsGzipBytes?: number;
}

/** What the page showed first, up to which the JS is counted. */
export interface ContentSeen {
  /** E.g. `the task list [data-ready="today"]`, `the sign-in form`, `load`. */
  label: string;
  /** Set when the page's marker did not show (the JS is then counted up to a stand-in or load): says which. */
  missed?: string;
}

export type PageBudgetResult =
  | { name: string; path: string; outcome: 'not-built'; status: number }
  | {
      name: string;
      path: string;
      outcome: 'measured';
      goals: PageGoals;
      /** The median run and how many runs, or why Lighthouse failed. */
      lighthouse: { median: LighthouseFigures; runs: number; scores: number[] } | { error: string };
      js: ScriptSum & { until: ContentSeen };
      /** Installability error ids (empty: installable), or undefined when not asked. */
      installability?: string[];
      /** Requests to hosts other than the platform's, refused (the bench never goes out to the network). */
      blockedRequests: number;
      /** What the page's prepare step did (e.g. « signed in as ouvrier@… »). */
      prepared?: string;
      /** A word on how the page is measured, printed under its name. */
      note?: string;
    };

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The part's lines, one block per page, each goal printed beside its figure. */
export function pageBudgetLines(results: readonly PageBudgetResult[], lighthouseVersion: string): string[] {
  const lines = [
    `Page budgets (Lighthouse ${lighthouseVersion}, mobile profile, simulated throttling; JS = gzip of the script files fetched before the first content)`,
  ];
  for (const r of results) {
    const head = `${r.name} ${r.path}`;
    if (r.outcome === 'not-built') {
      lines.push(`${head}: not built (HTTP ${r.status}), skipped`);
      continue;
    }
    lines.push(r.prepared ? `${head} (${r.prepared})` : head);
    if (r.note) lines.push(`  ${r.note}`);
    const lh = r.lighthouse;
    if ('error' in lh) lines.push(`  Lighthouse: failed: ${lh.error}`);
    else {
      const m = lh.median;
      const goal =
        r.goals.performance === undefined ? '' : `   goal ≥ ${r.goals.performance}: ${atLeast(m.performance, r.goals.performance)}`;
      lines.push(
        `  performance ${m.performance}${goal}   (median of ${lh.runs}: ${lh.scores.join(', ')})`,
        `  LCP ${seconds(m.lcpMs)}, TBT ${Math.round(m.tbtMs)} ms, CLS ${m.cls.toFixed(3)}, ${kib(m.totalBytes)} transferred`,
      );
    }
    const js = r.js;
    // A goal about the marker's content is not judged on a stand-in's figure.
    const verdict = (goal: number) => (js.until.missed ? 'n/a' : under(js.gzipBytes, goal));
    const jsGoal = r.goals.jsGzipBytes === undefined ? '' : `   goal < ${kib(r.goals.jsGzipBytes)}: ${verdict(r.goals.jsGzipBytes)}`;
    const missed = js.until.missed ? ` (${js.until.missed})` : '';
    lines.push(`  JS before ${js.until.label}: ${kib(js.gzipBytes)} gzip, ${kib(js.bytes)} raw, ${js.files} files${jsGoal}${missed}`);
    if (r.installability !== undefined) {
      const text = r.installability.length ? r.installability.join(', ') : 'none';
      const goal = r.goals.installable ? `   goal none: ${r.installability.length ? 'FAIL' : 'PASS'}` : '';
      lines.push(`  installability errors: ${text}${goal}`);
    }
    if (r.blockedRequests) lines.push(`  ${r.blockedRequests} requests to other hosts refused (not measured)`);
  }
  return lines;
}
