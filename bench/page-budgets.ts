/**
 * Page budgets (issues 12 and 14; docs/page-budgets.md): for a list of pages of the local platform, in Debian's Chromium,
 *  - Lighthouse (the version installed, ~12.8) with its default mobile profile: performance score, LCP, TBT, CLS and
 *    bytes transferred, the median of BENCH_LIGHTHOUSE_RUNS runs (default 3);
 *  - the installability errors Chromium itself reports (CDP Page.getInstallabilityErrors: Lighthouse 12 has no PWA
 *    category any more);
 *  - the JavaScript (gzip) the page fetched before its first content showed: until its marker selector appears
 *    (e.g. the field app's task list), else until load — measured in the browser, so it counts what the page really
 *    loads, including what a service worker or a dynamic import brings before the content.
 * A page may have a `prepare(page)` step (the field app signs the demo worker in first) and goals, printed PASS/FAIL
 * beside the figure: a bench figure, never a test. A page answering 404 is « not built » and skipped.
 * Chromium resolves no host but the platform's (--host-resolver-rules), Lighthouse reports no errors and checks
 * no updates: nothing here goes out to the network.
 * `tsx bench/page-budgets.ts`: this part alone, on a platform of its own (seeded with the demo data), as
 * `npm run bench -- --only pages` does. BENCH_PAGES=terrain,home picks pages by key.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse, { type Flags } from 'lighthouse';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startPlatform, type Platform } from '../infra/local/platform.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/chromium.js';
import {
  medianRun,
  pageBudgetLines,
  scriptsBefore,
  type ContentSeen,
  type LighthouseFigures,
  type LoadedScript,
  type PageBudgetResult,
  type PageGoals,
} from './page-budgets-figures.js';

/** The field app's « Aujourd’hui » list, once drawn with the worker's tasks (the screens set it; docs/page-budgets.md). */
export const FIELD_TODAY_READY = '[data-ready="today"]';
/** The staff sign-in form (web/src/components/staff/SignIn.tsx), which the field app shows too. */
export const SIGN_IN_FORM = '[data-testid="signin-form"]';
/** The field app's PIN forms (its shell's PinForms.tsx): choosing one after the first sign-in, and the lock to reopen. */
const CHOOSE_PIN = '#field-pin';
const UNLOCK_PIN = '#field-unlock';
/** The PIN the bench chooses for the demo worker on its phone profile. */
const BENCH_PIN = '2468';
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
/** How long a page may take to show its marker (a wait, not a figure). */
const CONTENT_WAIT_MS = 20_000;
const PHONE = { width: 412, height: 915 };
/** Islands not hydrated yet that a page's load brings (not those hydrated on the first use of them: client:interaction). */
const AT_LOAD_ISLANDS = 'astro-island[ssr]:not([client="interaction"])';

/** What a page's prepare step is given. */
export interface PrepareContext {
  base: string;
  commune: string;
  platform: Platform;
}

export interface BudgetPage {
  /** Short key for BENCH_PAGES. */
  key: string;
  name: string;
  /** The page's path; given the platform, for a page that shows something seeded (a report's tracking page). */
  path: (commune: string, platform: Platform) => string | Promise<string>;
  /** The first content the page's JS is counted up to; without it, up to load. */
  marker?: { selector: string; label: string };
  /** What may show instead of the marker (e.g. the sign-in form): the JS is then counted up to it, and said so. */
  standIn?: { selector: string; label: string };
  goals?: PageGoals;
  /** Run in the page before it is measured (and before Lighthouse, whose tab shares its cookies); says what it did. */
  prepare?: (page: Page, ctx: PrepareContext) => Promise<string>;
  /**
   * What a person does once the page opened to reach the marker (the field app's PIN lock), in the measured load only
   * (Lighthouse measures the page as it opens); says what it did, or nothing when there was nothing to do.
   */
  reach?: (page: Page) => Promise<string | undefined>;
  /** Printed under the page's name (e.g. what Lighthouse's load shows). */
  note?: string;
}

/** Signs the commune's demo worker in on the field app, through its sign-in form, if that is what it shows. */
export async function signInWorker(page: Page, { base, commune, platform }: PrepareContext): Promise<string> {
  const worker = platform.communes.find((c) => c.id === commune)?.demoAccounts.find((a) => a.role === 'worker');
  if (!worker) return 'no demo worker in the commune config: not signed in';
  await page.goto(`${base}/${commune}/terrain/`);
  const list = page.locator(FIELD_TODAY_READY);
  const form = page.locator(SIGN_IN_FORM).first();
  await Promise.race([list.waitFor({ timeout: CONTENT_WAIT_MS }), form.waitFor({ timeout: CONTENT_WAIT_MS })]).catch(() => {});
  if (await list.count()) return `${worker.username}, already signed in`;
  if (!(await form.count())) return `neither the task list nor a sign-in form showed: not signed in`;
  await page.getByLabel('Adresse e-mail').fill(worker.username);
  await page.getByLabel('Mot de passe', { exact: true }).fill(platform.demoPassword);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  // The shell asks a PIN once per person and phone (to reopen the app later): the bench chooses one.
  const choose = page.locator(CHOOSE_PIN);
  await Promise.race([list.waitFor({ timeout: CONTENT_WAIT_MS }), choose.waitFor({ timeout: CONTENT_WAIT_MS })]).catch(() => {});
  let pin = '';
  if (!(await list.count()) && (await choose.count())) {
    await choose.fill(BENCH_PIN);
    await page.locator('#field-pin-again').fill(BENCH_PIN);
    await choose.press('Enter');
    pin = ', PIN chosen';
  }
  const shown = await list.waitFor({ timeout: CONTENT_WAIT_MS }).then(
    () => true,
    () => false,
  );
  return `signed in as ${worker.username}${pin}${shown ? '' : ', but the task list did not show'}`;
}

/** Reopening the field app: its PIN lock, when it shows before the list, is unlocked with the bench's PIN. */
export async function unlockWithPin(page: Page): Promise<string | undefined> {
  const list = page.locator(FIELD_TODAY_READY);
  const lock = page.locator(UNLOCK_PIN);
  await Promise.race([list.waitFor({ timeout: CONTENT_WAIT_MS }), lock.waitFor({ timeout: CONTENT_WAIT_MS })]).catch(() => {});
  if ((await list.count()) || !(await lock.count())) return undefined;
  await lock.fill(BENCH_PIN);
  await lock.press('Enter');
  return 'after the PIN lock, PIN typed';
}

/**
 * The public map page drawn (MapPage's data-ready): on the bench's phone, the list of the map's area (`list`: the page
 * opens there, the map one press away); on a wide screen, the list and the map (`map`).
 */
export const MAP_PAGE_SHOWN = '[data-testid="map-page"][data-ready]';
/** The tracking page's report, once read (TrackPage's article). */
export const TRACKING_SHOWN = '[data-testid="tracking"]';
/** Issue 14: Lighthouse performance (mobile) at least 95 on the citizen pages. */
const CITIZEN_GOALS: PageGoals = { performance: 95 };

/** A report's tracking page: one the demo seed filed in this run, else one filed now through the public API. */
async function trackingPath(commune: string, platform: Platform): Promise<string> {
  let code = platform.seeded[commune]?.[0];
  if (!code) {
    const r = await fetch(`${platform.url}/api/${commune}/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        category: 'voirie',
        address: 'Grand-Place 1',
        description: 'Banc de mesure : un nid-de-poule',
        answers: { taille: 'petit' },
      }),
    });
    const text = await r.text();
    if (!r.ok) throw new Error(`tracking page: could not file a report (${r.status} ${text.slice(0, 200)})`);
    code = (JSON.parse(text) as { code: string }).code;
  }
  return `/${commune}/suivi/${code}/`;
}

/** The pages measured by default: the citizen home, report form, map and tracking page, the staff app, the field app. */
export const BUDGET_PAGES: BudgetPage[] = [
  { key: 'home', name: 'Citizen home', path: (c) => `/${c}/`, goals: CITIZEN_GOALS },
  {
    key: 'report',
    name: 'Report form',
    path: (c) => `/${c}/signaler/`,
    // Issue 14: at most 10 KiB gzip of JS before the map opens. The form is the page's HTML; its island comes with the
    // first use of it (client:interaction, docs/report-form.md), which a load does not make: counted up to load.
    goals: { ...CITIZEN_GOALS, jsGzipBytes: 10 * 1024 },
    note: 'the form’s island comes with the first use of the form, not counted here (web/scripts/page-js.mjs prints it)',
  },
  {
    key: 'map',
    name: 'Public map',
    path: (c) => `/${c}/carte/`,
    marker: { selector: MAP_PAGE_SHOWN, label: 'the list of the map’s area drawn' },
    goals: CITIZEN_GOALS,
    note: 'a phone opens on the list, « Afficher la carte » in the map’s box: maplibre is not loaded before it is pressed (docs/map.md)',
  },
  {
    key: 'track',
    name: 'Tracking page',
    path: trackingPath,
    marker: { selector: TRACKING_SHOWN, label: 'the report shown' },
    goals: CITIZEN_GOALS,
  },
  {
    key: 'staff',
    name: 'Staff app (signed out)',
    path: (c) => `/${c}/agents/`,
    marker: { selector: SIGN_IN_FORM, label: 'the sign-in form' },
    note: 'Issue 14 fixes no goal for the staff sign-in: its figures are printed',
  },
  {
    key: 'terrain',
    name: 'Field app',
    path: (c) => `/${c}/terrain/`,
    marker: { selector: FIELD_TODAY_READY, label: `the task list ${FIELD_TODAY_READY}` },
    standIn: { selector: SIGN_IN_FORM, label: 'the sign-in form' },
    // Issue 12: performance ≥ 90 (mobile), no installability error, JS before the task list < 60 KB gzip.
    goals: { performance: 90, installable: true, jsGzipBytes: 60 * 1024 },
    prepare: signInWorker,
    reach: unlockWithPin,
    note: 'Lighthouse loads the app as the signed-in worker reopens it: up to what shows first (the PIN lock, if any)',
  },
];

/** A free TCP port on loopback, for Chromium's DevTools endpoint (which Lighthouse attaches to). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  await new Promise((ok) => server.close(ok));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/**
 * Records, in the page, when each selector first matched (performance.now()): the moment the content showed, on
 * the same clock as the resource timings of the scripts. A string, not a function: tsx would wrap the function's
 * named inner arrows in its own `__name` helper, which the page does not have.
 */
const watchSelectors = (selectors: string[]) => `(() => {
  const selectors = ${JSON.stringify(selectors)};
  const seen = (window.__budgetSeen = {});
  const check = () => {
    for (const s of selectors) if (!(s in seen) && document.querySelector(s)) seen[s] = performance.now();
    // Astro removes an island's ssr attribute once its component ran: all islands hydrated, once the HTML is parsed
    // (but those that wait for the first use of them, client:interaction: a load does not bring them).
    if (!("__budgetIslands" in window) && document.readyState !== 'loading' && !document.querySelector(${JSON.stringify(AT_LOAD_ISLANDS)}))
      window.__budgetIslands = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  document.addEventListener('DOMContentLoaded', check);
})();`;

/** JS fetched before the first content (see the file's comment), on an open page already prepared if it needs it. */
async function measureJs(page: Page, url: string, spec: BudgetPage): Promise<ScriptsAndContent> {
  const bodies: Promise<Omit<LoadedScript, 'endedAt'> | undefined>[] = [];
  const onResponse = (res: import('playwright-core').Response) => {
    const isScript = res.request().resourceType() === 'script' || /javascript/.test(res.headers()['content-type'] ?? '');
    if (!isScript) return;
    bodies.push(
      res.body().then(
        (b) => ({ url: res.url(), status: res.status(), bytes: b.length, gzipBytes: gzipSync(b).length }),
        () => undefined, // a redirect or an aborted fetch has no body: no code came with it
      ),
    );
  };
  const watched = [spec.marker?.selector, spec.standIn?.selector].filter((s): s is string => Boolean(s));
  await page.addInitScript({ content: watchSelectors(watched) });
  page.on('response', onResponse);
  try {
    await page.goto(url, { waitUntil: 'load' });
    const reached = await spec.reach?.(page);
    if (spec.marker) await page.waitForSelector(spec.marker.selector, { state: 'attached', timeout: CONTENT_WAIT_MS }).catch(() => {});
    // A page's islands load their component with import(), which load does not wait for: they count too.
    if (!spec.marker)
      await page
        .waitForFunction((selector) => !document.querySelector(selector), AT_LOAD_ISLANDS, { timeout: CONTENT_WAIT_MS })
        .catch(() => {});
    const seen = await page.evaluate(() => ({
      at: (window as unknown as { __budgetSeen?: Record<string, number> }).__budgetSeen ?? {},
      islands: document.querySelector('astro-island') ? (window as unknown as { __budgetIslands?: number }).__budgetIslands : undefined,
      load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? performance.now(),
      ended: performance.getEntriesByType('resource').map((e) => [e.name, (e as PerformanceResourceTiming).responseEnd] as const),
    }));
    let until: number;
    let content: ContentSeen;
    if (spec.marker && seen.at[spec.marker.selector] !== undefined) {
      until = seen.at[spec.marker.selector];
      content = { label: reached ? `${spec.marker.label} (${reached})` : spec.marker.label };
    } else if (spec.marker && spec.standIn && seen.at[spec.standIn.selector] !== undefined) {
      until = seen.at[spec.standIn.selector];
      content = { label: spec.standIn.label, missed: `${spec.marker.label} did not show` };
    } else if (spec.marker) {
      until = seen.load;
      content = { label: 'load', missed: `${spec.marker.label} did not show` };
    } else if (seen.islands !== undefined) {
      until = Math.max(seen.load, seen.islands);
      content = { label: 'load and its islands hydrated' };
    } else {
      until = seen.load;
      content = { label: 'load' };
    }
    const ended = new Map(seen.ended);
    const scripts = (await Promise.all(bodies))
      .filter((s): s is Omit<LoadedScript, 'endedAt'> => s !== undefined)
      .map((s) => ({ ...s, endedAt: ended.get(s.url) }));
    return { scripts, until, content };
  } finally {
    page.off('response', onResponse);
  }
}
interface ScriptsAndContent {
  scripts: LoadedScript[];
  until: number;
  content: ContentSeen;
}

/** Chromium's own installability check of the open page (its manifest, icons, service worker). */
async function installabilityErrors(context: BrowserContext, page: Page): Promise<string[]> {
  // A page registering a service worker gets a moment for it to be ready (Chromium checks it when it has one).
  await page.evaluate(() => Promise.race([navigator.serviceWorker?.ready, new Promise((ok) => setTimeout(ok, 3000))])).catch(() => {});
  const cdp = await context.newCDPSession(page);
  try {
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string; errorArguments: { name: string; value: string }[] }[];
    };
    return installabilityErrors.map((e) =>
      e.errorArguments.length ? `${e.errorId} (${e.errorArguments.map((a) => `${a.name}=${a.value}`).join(', ')})` : e.errorId,
    );
  } finally {
    await cdp.detach();
  }
}

/** Clears the platform origin's cookies and storage between pages: each page starts as a first visit. */
async function resetOrigin(context: BrowserContext, base: string): Promise<void> {
  await context.clearCookies();
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(base).origin, storageTypes: 'all' });
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();
  } finally {
    await page.close();
  }
}

async function lighthouseRuns(url: string, port: number, runs: number): Promise<LighthouseFigures[] | { error: string }> {
  const flags: Flags = {
    port,
    hostname: '127.0.0.1',
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    // No telemetry to turn off: the Node API never starts Lighthouse's error reporting (only its CLI does, when
    // asked with --enable-error-reporting) and has no update check.
  };
  const figures: LighthouseFigures[] = [];
  for (let i = 0; i < runs; i++) {
    let result = await lighthouse(url, flags);
    // On a busy machine a DevTools call may time out (a large script's body, the map's): that run again, twice at most.
    for (let again = 0; again < 2 && result?.lhr.runtimeError?.code === 'PROTOCOL_TIMEOUT'; again++) result = await lighthouse(url, flags);
    const lhr = result?.lhr;
    if (!lhr || lhr.runtimeError) return { error: lhr?.runtimeError?.message ?? 'no result' };
    const score = lhr.categories.performance?.score;
    if (score === null || score === undefined) return { error: 'no performance score' };
    const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    figures.push({
      performance: Math.round(score * 100),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      totalBytes: value('total-byte-weight'),
    });
  }
  return figures;
}

export const LIGHTHOUSE_VERSION: string = JSON.parse(
  readFileSync(join(resolve(import.meta.dirname, '..'), 'node_modules/lighthouse/package.json'), 'utf8'),
).version;

/** Measures `pages` on a running platform, one after the other, in one Chromium (with a DevTools port for Lighthouse). */
export async function benchPageBudgets(
  platform: Platform,
  { commune = 'soignies', pages = selectedPages(), runs = LIGHTHOUSE_RUNS }: { commune?: string; pages?: BudgetPage[]; runs?: number } = {},
): Promise<PageBudgetResult[]> {
  const base = platform.url;
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'tandem-budgets-'));
  // A persistent context is Chromium's default one: the tab Lighthouse opens shares the cookies a prepare step left.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    viewport: null, // Lighthouse emulates its phone itself; the bench's own tabs set theirs
    locale: 'fr-BE',
    args: [
      ...CHROMIUM_ARGS,
      `--remote-debugging-port=${port}`,
      // Only the platform's host resolves: nothing measured here may come from, or call, the internet.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
  const results: PageBudgetResult[] = [];
  try {
    for (const spec of pages) {
      const path = await spec.path(commune, platform);
      const url = `${base}${path}`;
      const answer = await fetch(url);
      await answer.body?.cancel();
      const status = answer.status;
      if (status === 404) {
        results.push({ name: spec.name, path, outcome: 'not-built', status });
        continue;
      }
      await resetOrigin(context, base);
      const page = await context.newPage();
      await page.setViewportSize(PHONE);
      let blockedRequests = 0;
      page.on('requestfailed', (r) => {
        if (!r.url().startsWith(base) && !r.url().startsWith('data:')) blockedRequests++;
      });
      let prepared: string | undefined;
      let js: ScriptsAndContent;
      let installability: string[];
      try {
        if (spec.prepare) prepared = await spec.prepare(page, { base, commune, platform });
        js = await measureJs(page, url, spec);
        installability = await installabilityErrors(context, page);
      } finally {
        await page.close();
      }
      const lh = await lighthouseRuns(url, port, runs);
      const scores = Array.isArray(lh) ? lh.map((f) => f.performance) : [];
      results.push({
        name: spec.name,
        path,
        outcome: 'measured',
        goals: spec.goals ?? {},
        lighthouse: Array.isArray(lh) ? { median: medianRun(lh) as LighthouseFigures, runs: lh.length, scores } : lh,
        js: { ...scriptsBefore(js.scripts, js.until), until: js.content },
        installability,
        blockedRequests,
        prepared,
        note: spec.note,
      });
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return results;
}

/** The pages BENCH_PAGES names (keys, comma-separated), or all. */
export function selectedPages(keys = process.env.BENCH_PAGES): BudgetPage[] {
  if (!keys) return BUDGET_PAGES;
  const wanted = keys.split(',').map((k) => k.trim());
  const unknown = wanted.filter((k) => !BUDGET_PAGES.some((p) => p.key === k));
  if (unknown.length) throw new Error(`BENCH_PAGES: unknown ${unknown.join(', ')} (known: ${BUDGET_PAGES.map((p) => p.key).join(', ')})`);
  return BUDGET_PAGES.filter((p) => wanted.includes(p.key));
}

/** This part's own platform: the demo data seeded (the worker's tasks), nothing running in the background. */
export const PAGE_BUDGETS_PLATFORM = { quiet: true, seed: true, streams: false, schedules: false, rateLimits: 'test' } as const;

/** Starts its platform, measures, stops it; the printed lines. */
export async function pageBudgetsPart(): Promise<string[]> {
  const platform = await startPlatform(PAGE_BUDGETS_PLATFORM);
  try {
    return pageBudgetLines(await benchPageBudgets(platform), LIGHTHOUSE_VERSION);
  } finally {
    await platform.stop();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  pageBudgetsPart().then(
    (lines) => console.log(lines.join('\n')),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
