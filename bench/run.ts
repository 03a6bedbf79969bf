/**
 * `npm run bench`: figures side by side, in one run, on this machine.
 *  1. JavaScript the report page and the occupation form load before the map opens, and the staff sign-in screen
 *     loads (raw and gzip), from the built site.
 *  2. p50/p99 of create-report and get-report through the local API (HTTP → v2 event → handler → DynamoDB
 *     Local), against a bare DynamoDB Local put/get from the same process.
 *  3. p50/p99 of filing a permit request (occupation, rules checked) through the local API, and of rendering
 *     a permit's two PDFs (authorisation + street poster) in process, with their sizes.
 *  4. With 10,000 live map items in one commune: p50/p99 and bytes of one viewport + date query through
 *     the local API, of the whole commune's GeoJSON feed, and the time for the map page to draw them in
 *     Chromium (Debian's /usr/bin/chromium).
 *  5. Tenant isolation (docs/tenant-isolation.md): p50/p99 of a staff read and a report creation with commune-scoped
 *     credentials and without, alternating blocks in one run, and a fresh container's first staff read in each mode.
 *  6. Every Lambda bundle as `cdk synth` builds it: minified and gzip size against its budget, and its cold module-init time
 *     (median of 5 imports, each in a fresh `node` with the function's environment), measured before the platform starts.
 *  7. A large commune's year of reports, seeded once (bench/report-seed.ts, 100,000 unless BENCH_REPORTS), last:
 *     - the staff workspace at scale, with 20,000 tasks added: p50/p99 of an agent's « Mon travail », of a
 *       department's board (first pages) and of one column's next page through the local API (bench/work-scale.ts);
 *     - statistics (docs/statistics.md): a year of the gsi1 list against the nightly rollup's backfill and GET
 *       staff/stats over 365 and 30 days (bench/statistics.ts).
 *  8. Live changes (docs/realtime.md), on a platform of its own with the stream poller on: a report's state changed
 *     through the staff API, p50/p99 of the change, of its event on the bus and of its message on each of 1, 50 and
 *     200 connected sockets (bench/realtime-latency.ts).
 *  9. Page budgets (docs/page-budgets.md), on a platform of its own with the demo data, right after the bundles while
 *     the machine is quiet: Lighthouse's mobile performance, installability errors and the JS (gzip) before the first
 *     content of the citizen home, the report form, the staff app and the field app, beside their goals
 *     (bench/page-budgets.ts). `npm run bench -- --only pages` runs this part alone.
 * Not a test: nothing here passes or fails on timing.
 */
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { addDays, brusselsDate, earliestStart, CommuneConfig } from '@tandem/shared';
import { startPlatform } from '../infra/local/platform.js';
import { renderAuthorisationPdf, renderPosterPdf, type PermitDocumentInput } from '../functions/src/permits/documents/index.js';
import soignies from '../infra/communes/soignies.json' with { type: 'json' };
import { seedBenchMapItems } from './map-items.js';
import { benchTenantScoping, scopingLines } from './tenant-scoping.js';
import { benchWorkScale, seedWorkScale, signInAgent, workScaleLines } from './work-scale.js';
import { BENCH_REPORTS, seedReports } from './report-seed.js';
import { benchStatistics, statisticsLines } from './statistics.js';
import { benchRealtime, REALTIME_PLATFORM, realtimeLines } from './realtime-latency.js';
import { pageBudgetsPart } from './page-budgets.js';
import { onlyParts } from './only-parts.js';
import { ms, pct } from './stats.js';
import { bundleTable } from '../infra/bundles/bundle-table.js';
import { moduleInitMs } from '../infra/bundles/module-init.js';
import { synthBundles } from '../infra/bundles/synth-bundles.js';
import { launchChromium } from '../tests/browser/chromium.js';
// @ts-expect-error plain ES module without types, shared with `node web/scripts/page-js.mjs`
import { pageJs } from '../web/scripts/page-js.mjs';

const N = Number(process.env.BENCH_N ?? 300);
/** Issue 14: the report page loads at most this much JS (gzip) before the map opens (docs/page-budgets.md). */
const REPORT_JS_GOAL = 10 * 1024;
const WEB_DIST = resolve(import.meta.dirname, '../web/dist');

/** The parts `--only <part>` may run alone (the others run only in the whole bench). */
const ALONE: Record<string, () => Promise<string[]>> = { pages: pageBudgetsPart };

async function main() {
  const only = onlyParts(process.argv.slice(2), Object.keys(ALONE));
  if (only) {
    const out: string[] = [`Tandem bench (${only.join(', ')}) — ${new Date().toISOString()} — Node ${process.version}`, ''];
    for (const part of only) out.push(...(await ALONE[part]()), '');
    console.log(out.join('\n'));
    return;
  }
  const lines: string[] = [];
  type Js = { files: unknown[]; bytes: number; gzipBytes: number };
  type PageJs = Js & { onFirstUse: Js };
  const page = pageJs(WEB_DIST, join(WEB_DIST, 'soignies/signaler/index.html')) as PageJs;
  const permitForm = pageJs(WEB_DIST, join(WEB_DIST, 'soignies/demandes/occupation/index.html')) as PageJs;
  const staffSignIn = pageJs(WEB_DIST, join(WEB_DIST, 'soignies/agents/index.html')) as PageJs;

  // Lambda bundles first, while nothing else runs on the machine.
  const { bundles, synthSeconds } = await synthBundles();
  const initMs = new Map<string, number>();
  for (const b of bundles) initMs.set(b.key, await moduleInitMs(b));
  // Then the page budgets (Lighthouse is sensitive to a busy CPU), on their own seeded platform.
  const pageBudgets = await pageBudgetsPart();

  const platform = await startPlatform({ quiet: true, streams: false, rateLimits: 'test' });
  try {
    const base = platform.url;
    const body = (i: number) =>
      JSON.stringify({
        category: 'voirie',
        location: { lat: 50.5794 + (i % 50) * 1e-5, lng: 4.0714 },
        description: `Banc de mesure numéro ${i}, trou dans la chaussée`,
        answers: { taille: 'petit' },
        email: 'bench@example.org',
      });
    // Warm-up: loads handlers and opens connections.
    for (let i = 0; i < 20; i++)
      await fetch(`${base}/api/soignies/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(i) }).then(
        (r) => r.text(),
      );

    const create: number[] = [],
      get: number[] = [],
      codes: string[] = [];
    for (let i = 0; i < N; i++) {
      const t0 = performance.now();
      const r = await fetch(`${base}/api/soignies/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${Date.now()}-${i}` },
        body: body(i),
      });
      const j = (await r.json()) as { code: string };
      create.push(performance.now() - t0);
      codes.push(j.code);
    }
    for (let i = 0; i < N; i++) {
      const t0 = performance.now();
      await fetch(`${base}/api/soignies/reports/${codes[i]}`).then((r) => r.text());
      get.push(performance.now() - t0);
    }

    const scoping = await benchTenantScoping(base, platform.demoPassword, N);

    const ddb = new DynamoDBClient({
      region: 'eu-west-1',
      endpoint: platform.env.DYNAMODB_ENDPOINT,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const put: number[] = [],
      read: number[] = [];
    for (let i = 0; i < 20; i++)
      await ddb.send(new PutItemCommand({ TableName: platform.env.TABLE_NAME, Item: { pk: { S: `BENCH#warm${i}` }, sk: { S: 'x' } } }));
    for (let i = 0; i < N; i++) {
      const t0 = performance.now();
      await ddb.send(
        new PutItemCommand({
          TableName: platform.env.TABLE_NAME,
          Item: { pk: { S: `BENCH#${i}` }, sk: { S: 'x' }, description: { S: 'x'.repeat(120) } },
        }),
      );
      put.push(performance.now() - t0);
    }
    for (let i = 0; i < N; i++) {
      const t0 = performance.now();
      await ddb.send(new GetItemCommand({ TableName: platform.env.TABLE_NAME, Key: { pk: { S: `BENCH#${i}` }, sk: { S: 'x' } } }));
      read.push(performance.now() - t0);
    }
    ddb.destroy();

    // Permit requests: an occupation through the whole create path (schema, rules, transaction).
    const cfg = CommuneConfig.parse(soignies);
    const start = addDays(earliestStart(cfg.permits!, 'occupation', { use: 'container' }, brusselsDate(Date.now())), 3);
    const permitBody = JSON.stringify({
      kind: 'occupation',
      requester: { name: 'Banc de mesure', email: 'bench@example.org' },
      details: {
        use: 'container',
        lengthMetres: 6,
        period: { start, end: addDays(start, 2) },
        place: { label: 'Rue de la Station 12', geometry: { type: 'Point', coordinates: [4.0714, 50.5794] } },
      },
    });
    const permit: number[] = [];
    for (let i = 0; i < 10; i++)
      await fetch(`${base}/api/soignies/permits`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: permitBody,
      }).then((r) => r.text());
    for (let i = 0; i < N; i++) {
      const t0 = performance.now();
      await fetch(`${base}/api/soignies/permits`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: permitBody,
      }).then((r) => r.text());
      permit.push(performance.now() - t0);
    }
    const docInput: PermitDocumentInput = {
      commune: { id: cfg.id, name: cfg.name, email: cfg.email, branding: cfg.branding },
      permit: {
        code: 'BNCH-0001',
        reference: 'EV-2026-0001',
        kind: 'event',
        title: 'Marché de Noël',
        holder: { name: 'Banc de mesure', organisation: 'ASBL' },
        period: { start, end: start, startTime: '10:00', endTime: '22:00' },
        place: {
          label: 'Grand-Place',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [4.0705, 50.579],
                [4.0728, 50.579],
                [4.0728, 50.58],
                [4.0705, 50.579],
              ],
            ],
          },
        },
        summary: ['Public attendu : 800 personnes'],
        conditions: ['Barrières aux deux extrémités.', 'Fin de la musique à 22 h.'],
        fee: 0,
        decision: { outcome: 'approved_with_conditions', at: new Date().toISOString() },
        issuedAt: brusselsDate(Date.now()),
      },
      trackingUrl: 'https://tandem.example/soignies/demandes/suivi/BNCH-0001/',
      posterVariant: 'event',
    };
    const docs: number[] = [];
    let docBytes = 0;
    const docRuns = Math.max(10, Math.round(N / 10));
    for (let i = 0; i < docRuns + 3; i++) {
      const t0 = performance.now();
      const [a, b] = [await renderAuthorisationPdf(docInput), await renderPosterPdf({ ...docInput, posterVariant: 'event' })];
      if (i >= 3) docs.push(performance.now() - t0);
      docBytes = a.length + b.length;
    }

    // The public map: 10,000 live items in Soignies, then a street-level viewport (≈ zoom 15) for today.
    const MAP_ITEMS = Number(process.env.BENCH_MAP_ITEMS ?? 10_000);
    const written = await seedBenchMapItems(platform.env.DYNAMODB_ENDPOINT, platform.env.TABLE_NAME, 'soignies', cfg.map.bbox, MAP_ITEMS);
    const viewport = '4.060,50.572,4.082,50.586';
    const mapQuery: number[] = [];
    let mapBytes = 0;
    let mapCount = 0;
    for (let i = 0; i < 5; i++) await fetch(`${base}/api/soignies/map/items?bbox=${viewport}`).then((r) => r.text());
    for (let i = 0; i < Math.min(N, 100); i++) {
      const t0 = performance.now();
      const text = await fetch(`${base}/api/soignies/map/items?bbox=${viewport}&date=${brusselsDate(Date.now())}`).then((r) => r.text());
      mapQuery.push(performance.now() - t0);
      mapBytes = Buffer.byteLength(text);
      mapCount = (JSON.parse(text) as { features: unknown[] }).features.length;
    }
    const feed: number[] = [];
    let feedBytes = 0;
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      const text = await fetch(`${base}/api/feeds/soignies/map.geojson`).then((r) => r.text());
      feed.push(performance.now() - t0);
      feedBytes = Buffer.byteLength(text);
    }

    // And the citizen's map page in Chromium: from navigation to the map drawn at rest, over those items.
    const browser = await launchChromium();
    const render: number[] = [];
    let drawn = '';
    try {
      for (let i = 0; i < 6; i++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const t0 = performance.now();
        await page.goto(`${base}/soignies/carte/`);
        const canvas = page.locator('[data-testid="map-canvas"]');
        await page.waitForFunction(
          () => Number(document.querySelector('[data-testid="map-canvas"]')?.getAttribute('data-drawn')) > 0,
          null,
          { timeout: 60_000 },
        );
        if (i > 0) render.push(performance.now() - t0); // the first run warms the server and the browser cache
        drawn = (await canvas.getAttribute('data-drawn')) ?? '';
        await page.close();
      }
    } finally {
      await browser.close();
    }

    // Last of the platform's parts: a large commune's year of reports (report-seed.ts), seeded once, which the parts
    // above must not see. The staff workspace adds its 20,000 tasks and measures; then the statistics measure.
    const endpoint = platform.env.DYNAMODB_ENDPOINT;
    const reports = await seedReports(endpoint, platform.env.TABLE_NAME, BENCH_REPORTS);
    const agent = await signInAgent(base, platform.demoPassword);
    const WORK_TASKS = Number(process.env.BENCH_WORK_TASKS ?? 20_000);
    const workSeedStart = performance.now();
    const workItems = await seedWorkScale({
      endpoint,
      table: platform.env.TABLE_NAME,
      commune: 'soignies',
      sub: agent.sub,
      departments: soignies.departments.map((d) => d.code),
      tasks: WORK_TASKS,
    });
    const workSeedSeconds = (performance.now() - workSeedStart) / 1000;
    const work = await benchWorkScale(base, endpoint, platform.env.TABLE_NAME, 'soignies', soignies.departments[0].code, agent.idToken, N);
    const statistics = await benchStatistics(platform, reports);
    lines.push(`Tandem bench — ${new Date().toISOString()} — Node ${process.version}, N=${N}`);
    lines.push('');
    lines.push(
      `Report page JS before the map opens: ${(page.bytes / 1024).toFixed(1)} KiB raw, ${(page.gzipBytes / 1024).toFixed(1)} KiB gzip (${page.files.length} files; goal ≤ ${REPORT_JS_GOAL / 1024} KiB gzip: ${page.gzipBytes <= REPORT_JS_GOAL ? 'PASS' : 'FAIL'}); its form's island, on the first use of the form: ${(page.onFirstUse.gzipBytes / 1024).toFixed(1)} KiB gzip more (${page.onFirstUse.files.length} files)`,
    );
    lines.push(
      `Occupation form JS before the map opens: ${(permitForm.bytes / 1024).toFixed(1)} KiB raw, ${(permitForm.gzipBytes / 1024).toFixed(1)} KiB gzip (${permitForm.files.length} files; zod checks as you type)`,
    );
    lines.push(
      `Staff sign-in screen JS: ${(staffSignIn.bytes / 1024).toFixed(1)} KiB raw, ${(staffSignIn.gzipBytes / 1024).toFixed(1)} KiB gzip (${staffSignIn.files.length} files; the signed-in screens come after)`,
    );
    lines.push('', ...pageBudgets);
    lines.push('');
    lines.push('                              p50         p99');
    lines.push(`create-report (local API)   ${ms(pct(create, 50)).padStart(10)}  ${ms(pct(create, 99)).padStart(10)}`);
    lines.push(`bare DynamoDB Local put     ${ms(pct(put, 50)).padStart(10)}  ${ms(pct(put, 99)).padStart(10)}`);
    lines.push(`get-report (local API)      ${ms(pct(get, 50)).padStart(10)}  ${ms(pct(get, 99)).padStart(10)}`);
    lines.push(`bare DynamoDB Local get     ${ms(pct(read, 50)).padStart(10)}  ${ms(pct(read, 99)).padStart(10)}`);
    lines.push(`create-permit (local API)   ${ms(pct(permit, 50)).padStart(10)}  ${ms(pct(permit, 99)).padStart(10)}`);
    lines.push(
      `render permit PDFs (×2)     ${ms(pct(docs, 50)).padStart(10)}  ${ms(pct(docs, 99)).padStart(10)}   (${docRuns} runs, ${(docBytes / 1024).toFixed(1)} KiB both)`,
    );
    lines.push(
      `map viewport + date query   ${ms(pct(mapQuery, 50)).padStart(10)}  ${ms(pct(mapQuery, 99)).padStart(10)}   (${MAP_ITEMS} live items, ${written} records; ${mapCount} features, ${(mapBytes / 1024).toFixed(1)} KiB)`,
    );
    lines.push(
      `map page drawn in Chromium  ${ms(pct(render, 50)).padStart(10)}  ${ms(pct(render, 99)).padStart(10)}   (5 loads, ${drawn} features drawn, navigation → map at rest)`,
    );
    lines.push(
      `map.geojson feed (commune)  ${ms(pct(feed, 50)).padStart(10)}  ${ms(pct(feed, 99)).padStart(10)}   (10 runs, ${(feedBytes / 1024).toFixed(0)} KiB)`,
    );
    lines.push('');
    lines.push(
      ...scopingLines(scoping, (label, xs) => `${label.padEnd(28)}${ms(pct(xs, 50)).padStart(10)}  ${ms(pct(xs, 99)).padStart(10)}`),
    );
    lines.push('');
    lines.push(
      ...workScaleLines(
        work,
        { reports: reports.reports, tasks: WORK_TASKS, taskItems: workItems, taskSeconds: workSeedSeconds },
        (label, xs) => `${label.padEnd(28)}${ms(pct(xs, 50)).padStart(10)}  ${ms(pct(xs, 99)).padStart(10)}`,
      ),
    );
    lines.push(...statisticsLines(statistics));
  } finally {
    await platform.stop();
  }
  // Live changes, on a platform of their own: the stream poller on, which the parts above run without.
  const live = await startPlatform(REALTIME_PLATFORM);
  try {
    lines.push('', ...realtimeLines(await benchRealtime(live)));
  } finally {
    await live.stop();
  }
  lines.push('');
  lines.push(
    `Lambda bundles (cdk synth with bundling: ${synthSeconds.toFixed(0)} s; init = cold module-init, median of 5 fresh node processes)`,
  );
  lines.push(...bundleTable(bundles, initMs));
  console.log(lines.join('\n'));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
