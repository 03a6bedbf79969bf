/**
 * The public map page in Chromium over 10,000 live items (issue 14, docs/map.md), on both its paths: on a phone
 * (412×915) from navigation to the list of the map's area drawn (MapPage.tsx's `data-ready="list"`: the page opens
 * there, the map's library not loaded), then from « Afficher la carte » pressed to the map drawn; on a wide screen
 * (1280×900) from navigation to the page drawn (`data-ready="map"`): its list shows the rows of its first read (the
 * viewport the map opens on, with a margin) and the map has drawn the same items and rests (maplibre's `idle`: the
 * background, the items and their clusters painted). The first load of a browser warms the server and the cache and
 * is not counted. Printed beside its goal (under 1 s): a bench figure, never a test.
 * `npx tsx bench/map-page.ts` (or `npm run bench -- --only map`): this part alone, on a platform of its own seeded with
 * the 10,000 items (BENCH_MAP_ITEMS), with the page's own read and the whole commune's GeoJSON feed beside it.
 */
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CommuneConfig } from '@tandem/shared';
import { startPlatform } from '../infra/local/platform.js';
import soignies from '../infra/communes/soignies.json' with { type: 'json' };
import { launchChromium } from '../tests/browser/chromium.js';
import { seedBenchMapItems } from './map-items.js';
import { MAP_PAGE_VIEWPORTS, mapPageLines, type MapPageFigures, type MapPageProfile } from './map-page-figures.js';
import { ms, pct } from './stats.js';

/** The page's own « drawn » markers (web/src/components/map/MapPage.tsx): the map drawn, or (on a phone) the list. */
export const MAP_PAGE_DRAWN = '[data-testid="map-page"][data-ready="map"]';
export const MAP_PAGE_LISTED = '[data-testid="map-page"][data-ready="list"]';
const LOADS = 5;
const WAIT = { state: 'attached', timeout: 60_000 } as const;

export async function measureMapPage(base: string, profile: MapPageProfile, commune = 'soignies', loads = LOADS): Promise<MapPageFigures> {
  const browser = await launchChromium();
  const out: MapPageFigures = {
    profile,
    drawnMs: [],
    mapAfterTapMs: [],
    rows: 0,
    drawn: 0,
    reads: [],
    readAnsweredMs: [],
    machine: { loadBefore: loadavg()[0], loadAfter: 0, cpus: cpus().length },
  };
  try {
    for (let i = 0; i <= loads; i++) {
      const page = await browser.newPage({ viewport: MAP_PAGE_VIEWPORTS[profile] });
      const t0 = performance.now();
      await page.goto(`${base}/${commune}/carte/`);
      await page.waitForSelector(profile === 'phone' ? MAP_PAGE_LISTED : MAP_PAGE_DRAWN, WAIT);
      const drawnMs = performance.now() - t0;
      const rows = await page.locator('[data-testid="map-row"]').count();
      let tapMs: number | undefined;
      if (profile === 'phone') {
        const t1 = performance.now();
        await page.getByTestId('map-show').click();
        await page.waitForSelector(MAP_PAGE_DRAWN, WAIT);
        tapMs = performance.now() - t1;
      }
      const seen = await page.evaluate((rows) => {
        const reads = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) =>
          e.name.includes('/map/items'),
        );
        return {
          rows,
          drawn: Number(document.querySelector('[data-testid="map-canvas"]')?.getAttribute('data-drawn')),
          reads: reads.map((e) => ({ url: new URL(e.name).search, kib: e.decodedBodySize / 1024, ms: e.responseEnd - e.startTime })),
          firstReadEnd: reads[0]?.responseEnd,
        };
      }, rows);
      const { firstReadEnd, ...shown } = seen;
      Object.assign(out, shown);
      if (i > 0) {
        out.drawnMs.push(drawnMs);
        if (tapMs !== undefined) out.mapAfterTapMs.push(tapMs);
        if (firstReadEnd !== undefined) out.readAnsweredMs.push(firstReadEnd);
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
  out.machine.loadAfter = loadavg()[0];
  return out;
}

/** Starts its platform, seeds the items, measures the page, the area query it makes and the commune's feed; the printed lines. */
export async function mapPagePart(): Promise<string[]> {
  const platform = await startPlatform({ quiet: true, streams: false, schedules: false, rateLimits: 'test' });
  try {
    const count = Number(process.env.BENCH_MAP_ITEMS ?? 10_000);
    const cfg = CommuneConfig.parse(soignies);
    const written = await seedBenchMapItems(platform.env.DYNAMODB_ENDPOINT, platform.env.TABLE_NAME, cfg.id, cfg.map.bbox, count);
    const feed: number[] = [];
    let feedBytes = 0;
    for (let i = 0; i < 4; i++) {
      const t0 = performance.now();
      const text = await fetch(`${platform.url}/api/feeds/${cfg.id}/map.geojson`).then((r) => r.text());
      if (i > 0) feed.push(performance.now() - t0);
      feedBytes = Buffer.byteLength(text);
    }
    return [
      `Public map (${count} live items, ${written} records)`,
      ...mapPageLines(await measureMapPage(platform.url, 'phone', cfg.id)),
      ...mapPageLines(await measureMapPage(platform.url, 'wide', cfg.id)),
      `map.geojson feed (commune)  ${ms(pct(feed, 50)).padStart(10)}  ${ms(pct(feed, 99)).padStart(10)}   (3 runs, ${(feedBytes / 1024).toFixed(0)} KiB)`,
    ];
  } finally {
    await platform.stop();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  mapPagePart().then(
    (lines) => console.log(lines.join('\n')),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
