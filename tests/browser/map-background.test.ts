/**
 * A commune's map background in Chromium, against the whole local platform: Soignies is configured, for this test
 * only, with a PMTiles archive in the site's /tiles/ (a synthetic one, written here by the test's own PMTiles
 * writer: no map data). The platform serves it from its tiles folder by range requests; the public map reads it
 * with the pmtiles protocol and draws it: the map's pixels differ from the plain background's, the attribution
 * is in view, the Content-Security-Policy is kept and axe finds nothing. The same page with the built config (the
 * demo's: no background) stays plain and fetches no tile; with an archive the platform does not have, it stays plain too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PLAIN_BACKGROUND_COLOUR } from '@tandem/shared/map/background-style';
import { loadCommuneConfigs } from '../../infra/local/provision/communes.js';
import { SYNTHETIC_ATTRIBUTION, SYNTHETIC_COLOURS, writeSyntheticArchive } from '../../infra/local/tiles/synthetic-archive.js';
import { DESK, WAIT, newPage, platform, useBrowserSession, violations } from './browser-session.js';
import { useCommuneConfig } from './support/built-config.js';

const tilesDir = mkdtempSync(join(tmpdir(), 'tandem-map-background-'));
const demo = loadCommuneConfigs();
const soignies = demo.find((c) => c.id === 'soignies')!;
writeSyntheticArchive(join(tilesDir, 'soignies', 'synthetic.pmtiles'), soignies.map.bbox);
const withBackground = {
  ...soignies,
  map: {
    ...soignies.map,
    background: {
      type: 'pmtiles' as const,
      url: '/tiles/soignies/synthetic.pmtiles',
      tiles: 'raster' as const,
      tileSize: 256 as const,
      attribution: SYNTHETIC_ATTRIBUTION,
    },
  },
};

useBrowserSession({ communes: demo.map((c) => (c.id === 'soignies' ? withBackground : c)), tilesDir });
afterAll(() => rmSync(tilesDir, { recursive: true, force: true }));

type RGB = readonly [number, number, number];
const hex = (h: string): RGB => [
  Number.parseInt(h.slice(1, 3), 16),
  Number.parseInt(h.slice(3, 5), 16),
  Number.parseInt(h.slice(5, 7), 16),
];

/** Shares of the map's pixels (a screenshot of its box) close to each colour. */
async function pixelShares(page: Page, colours: Record<string, RGB>): Promise<Record<string, number>> {
  const png = await page.getByTestId('map-canvas').screenshot();
  // Decoded by the page itself (a canvas reads PNGs): no image package in the tests.
  return page.evaluate(
    async ({ b64, colours }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      const counts: Record<string, number> = Object.fromEntries(Object.keys(colours).map((k) => [k, 0]));
      const total = data.length / 4;
      for (let i = 0; i < data.length; i += 4) {
        for (const [name, [r, g, b]] of Object.entries(colours)) {
          if (Math.abs(data[i] - r) <= 6 && Math.abs(data[i + 1] - g) <= 6 && Math.abs(data[i + 2] - b) <= 6) counts[name]++;
        }
      }
      return Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, n / total]));
    },
    { b64: png.toString('base64'), colours },
  );
}

const COLOURS = { plain: hex(PLAIN_BACKGROUND_COLOUR), even: SYNTHETIC_COLOURS.even, odd: SYNTHETIC_COLOURS.odd };

/** The public map of Soignies, watched: its CSP violations, its /tiles/ answers. */
async function openMap(config?: typeof withBackground) {
  const page = await newPage(DESK);
  const cspViolations: string[] = [];
  const tiles: { status: number; range: string | undefined }[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.startsWith('/tiles/')) tiles.push({ status: r.status(), range: r.request().headers().range });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (config) await useCommuneConfig(page, config);
  await page.goto(`${platform.url}/soignies/carte/`);
  const canvas = page.getByTestId('map-canvas');
  await canvas.scrollIntoViewIfNeeded();
  await expect.poll(() => canvas.getAttribute('data-state'), WAIT).toBe('ready');
  return { page, cspViolations, tiles, errors };
}

describe('the public map on a PMTiles background served by the local platform', () => {
  it('stays plain with the demo’s config: no tile asked, no attribution', async () => {
    const { page, tiles } = await openMap();
    // Once drawn, the plain background fills most of the map (the controls and the outline take the rest).
    await expect.poll(async () => (await pixelShares(page, COLOURS)).plain, WAIT).toBeGreaterThan(0.6);
    const shares = await pixelShares(page, COLOURS);
    expect(shares.even + shares.odd).toBeLessThan(0.01);
    expect(tiles).toEqual([]);
    expect(await page.locator('.maplibregl-ctrl-attrib').count()).toBe(0);
    await page.context().close();
  });

  it('draws the archive’s tiles (pixels differ from the plain background), names its source, and keeps the CSP and axe', async () => {
    const { page, tiles, cspViolations } = await openMap(withBackground);
    // The tiles arrive by range requests, then cover the map: the plain colour is gone from view.
    await expect.poll(async () => (await pixelShares(page, COLOURS)).plain, WAIT).toBeLessThan(0.05);
    const shares = await pixelShares(page, COLOURS);
    expect(shares.even).toBeGreaterThan(0.15);
    expect(shares.odd).toBeGreaterThan(0.15);
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.every((t) => t.status === 206 && /^bytes=\d+-\d+$/.test(t.range ?? ''))).toBe(true);

    const attribution = page.locator('.maplibregl-ctrl-attrib');
    await expect.poll(() => attribution.isVisible(), WAIT).toBe(true);
    expect(await attribution.textContent()).toContain(SYNTHETIC_ATTRIBUTION);
    expect(cspViolations).toEqual([]);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('an archive the platform does not have leaves the plain background in view', async () => {
    const absent = {
      ...withBackground,
      map: { ...withBackground.map, background: { ...withBackground.map.background, url: '/tiles/soignies/absent.pmtiles' } },
    };
    const { page, tiles, errors } = await openMap(absent);
    await expect.poll(() => tiles.length, WAIT).toBeGreaterThan(0);
    expect(tiles.every((t) => t.status === 404)).toBe(true);
    await expect.poll(async () => (await pixelShares(page, COLOURS)).plain, WAIT).toBeGreaterThan(0.6);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
