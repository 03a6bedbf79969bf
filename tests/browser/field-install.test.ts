/**
 * The field app is installable (docs/field-app.md): its manifest per commune (names, start_url, scope, standalone,
 * colours, icons 192 and 512 px, plain and maskable, fetched with the sizes they claim), its service worker at
 * /{commune}/terrain/sw.js (served no-cache, registered with the app's scope, controlling the page, the shell precached),
 * and Chromium's own installability checks (DevTools' Page.getInstallabilityErrors) find nothing. A worker signed in
 * to the staff app is pointed to it; an agent is not.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fieldShellFr } from '@tandem/shared/i18n/field-shell/fr';
import { DESK, PHONE, WAIT, newPage, platform, signedIn, useBrowserSession } from './browser-session.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

useBrowserSession();
const APP = '/soignies/terrain/';

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

describe('field app installation', () => {
  it('serves a manifest per commune, with icons of the sizes it names', async () => {
    const res = await fetch(`${platform.url}${APP}manifest.json`);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const manifest = await res.json();
    expect(manifest).toMatchObject({
      name: 'Terrain — Soignies',
      short_name: 'Terrain',
      lang: 'fr',
      start_url: APP,
      scope: APP,
      display: 'standalone',
    });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
    const icons = manifest.icons as { src: string; sizes: string; type: string; purpose: string }[];
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual([
      '192x192 any',
      '192x192 maskable',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of icons) {
      const file = await fetch(`${platform.url}${icon.src}`);
      expect(file.headers.get('content-type'), icon.src).toBe('image/png');
      const [w, h] = icon.sizes.split('x').map(Number);
      expect(pngSize(Buffer.from(await file.arrayBuffer())), icon.src).toEqual({ width: w, height: h });
    }
    // Another commune: its own names and colours.
    const other = await (await fetch(`${platform.url}/braine-le-comte/terrain/manifest.json`)).json();
    expect(other.name).toBe('Terrain — Braine-le-Comte');
    expect(other.scope).toBe('/braine-le-comte/terrain/');
  });

  it('registers its service worker, which controls the page and precaches the shell', async () => {
    const sw = await fetch(`${platform.url}${APP}sw.js`);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    expect(sw.headers.get('content-type')).toBe('text/javascript; charset=utf-8');

    const page = await newPage(PHONE);
    await page.goto(`${platform.url}${APP}`);
    await page.getByLabel('Adresse e-mail').waitFor(WAIT);
    expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe(`${APP}manifest.json`);
    // No map library on the way to the list.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => /maplibre/i.test(r.name)))).toBe(false);

    const origin = new URL(platform.url).origin;
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''), WAIT).toBe(`${origin}${APP}sw.js`);
    const registration = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
    expect(registration).toBe(`${origin}${APP}`);
    const precached = await page.evaluate(async (app) => {
      const names = (await caches.keys()).filter((n) => n.startsWith('tandem-field-shell-'));
      const cache = await caches.open(names[0]);
      return { names: names.length, page: Boolean(await cache.match(app)), files: (await cache.keys()).length };
    }, APP);
    expect(precached.names).toBe(1);
    expect(precached.page).toBe(true);
    expect(precached.files).toBeGreaterThan(10);

    await page.context().close();
  });

  it('passes Chromium’s installability checks (in a profile of its own: a test context is incognito, never installable)', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'tandem-field-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      viewport: PHONE,
      locale: 'fr-BE',
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${platform.url}${APP}`);
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''), WAIT).toMatch(/\/terrain\/sw\.js$/);
      const cdp = await context.newCDPSession(page);
      const errors = async () =>
        ((await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] }).installabilityErrors.map(
          (e) => e.errorId,
        );
      await expect.poll(errors, WAIT).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('points a worker of the staff app to the field app, and not an agent', async () => {
    const worker = await signedIn('ouvrier@soignies.example', '/soignies/agents/', DESK);
    const link = worker.getByRole('link', { name: fieldShellFr['fieldShell.staffLink'] });
    await link.waitFor(WAIT);
    expect(await link.getAttribute('href')).toBe(APP);
    await worker.context().close();

    const agent = await signedIn('agent@soignies.example', '/soignies/agents/', DESK);
    await agent.getByTestId('staff-shell').waitFor(WAIT);
    expect(await agent.getByTestId('field-app-link').count()).toBe(0);
    await agent.context().close();
  });
});
