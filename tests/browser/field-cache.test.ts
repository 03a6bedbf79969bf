/**
 * What the field app keeps for offline use and how it warns (docs/field-app.md), in Chromium over the real platform:
 * - a map tile seen on a task page while online is kept in the service worker's runtime cache and served from it
 *   offline. The local platform's maps draw a plain background (no commune configures a style): so this file's
 *   platform gives Soignies a style on a tile server of its own on loopback (the site's Content-Security-Policy then
 *   allows that origin, as it would a real commune's), and the task page asks for a tile there as the map asks for a
 *   raster tile (a CORS fetch), then shows it offline;
 * - the storage-nearly-full warning: shown when the browser's `navigator.storage.estimate()` (overridden in the page
 *   before any script: the browser's boundary) says more than 80 % is used, and not at 80 %.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fieldShellFr } from '@tandem/shared/i18n/field-shell/fr';
import { PHOTO_CACHE_NAME } from '../../web/src/field-sw/cache-names.js';
import { loadCommuneConfigs } from '../../infra/local/provision/communes.js';
import { PHONE, WAIT, newPage, useBrowserSession } from './browser-session.js';
import { samplePng } from './chromium.js';
import { FIELD_APP, openFieldApp, taskCard, workerTask } from './support/field-app.js';

/** A tile server on loopback: every tile the same PNG; counts what it was asked. */
const asked: string[] = [];
const tiles: Server = createServer((req, res) => {
  asked.push(req.url ?? '');
  if (!req.url?.startsWith('/tiles/')) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*', 'cache-control': 'max-age=3600' });
  res.end(samplePng());
});
await new Promise<void>((resolve) => tiles.listen(0, '127.0.0.1', resolve));
const TILES = `http://127.0.0.1:${(tiles.address() as AddressInfo).port}`;
afterAll(() => new Promise<void>((resolve) => tiles.close(() => resolve())));

// Soignies with a raster background on that server: the site's policy allows its origin for images and fetches.
useBrowserSession({
  communes: loadCommuneConfigs().map((c) =>
    c.id === 'soignies'
      ? {
          ...c,
          map: {
            ...c.map,
            background: {
              type: 'raster',
              tiles: `${TILES}/tiles/{z}/{x}/{y}.png`,
              tileSize: 256,
              minzoom: 0,
              maxzoom: 19,
              attribution: 'Tuiles de test',
            },
          },
        }
      : c,
  ),
});

const storageFull = fieldShellFr['fieldShell.storage.full'];

/** A page whose `navigator.storage.estimate()` reports `ratio` of the quota used; `__estimated` once the app read it. */
async function pageWithStorage(ratio: number): Promise<Page> {
  const page = await newPage(PHONE);
  await page.addInitScript((used: number) => {
    const w = window as unknown as { __estimated?: boolean };
    StorageManager.prototype.estimate = () => {
      // Set after the caller's await has run (a task after its microtasks): the app has decided by then.
      setTimeout(() => {
        w.__estimated = true;
      });
      return Promise.resolve({ usage: used * 1_000_000_000, quota: 1_000_000_000 });
    };
  }, ratio);
  return page;
}

describe('field app: what is kept for offline use', () => {
  it('serves a map tile seen on a task page from the worker’s cache when offline', async () => {
    const task = await workerTask({
      title: 'Reboucher un nid-de-poule',
      place: { label: 'Place Verte, Soignies', geometry: { type: 'Point', coordinates: [4.0714, 50.5794] } },
    });
    const page = await newPage(PHONE);
    await openFieldApp(page);
    await taskCard(page, task.id).locator('a.fa-card-link').click();
    await page.getByRole('heading', { level: 1, name: task.title }).waitFor(WAIT);
    await page.getByTestId('field-task-map').locator('canvas').waitFor(WAIT);

    // Online: the tile, asked as the map asks for a raster tile, comes from the tile server and is kept.
    const tile = `${TILES}/tiles/16/33509/22044.png`;
    const fetched = (url: string) =>
      page.evaluate(async (u) => {
        const res = await fetch(u, { mode: 'cors' });
        return { status: res.status, type: res.headers.get('content-type'), bytes: (await res.arrayBuffer()).byteLength };
      }, url);
    const online = await fetched(tile);
    expect(online).toEqual({ status: 200, type: 'image/png', bytes: samplePng().length });
    expect(asked.filter((u) => u.startsWith('/tiles/'))).toEqual(['/tiles/16/33509/22044.png']);
    const kept = (url: string) =>
      page.evaluate(
        async ([name, u]) => {
          const res = await (await caches.open(name)).match(u);
          return res ? (await res.arrayBuffer()).byteLength : 0;
        },
        [PHOTO_CACHE_NAME, url] as const,
      );
    await expect.poll(() => kept(tile), WAIT).toBe(samplePng().length);

    // Offline: the same tile from the worker's cache, shown on the page; the tile server is not asked again.
    await page.context().setOffline(true);
    expect(await fetched(tile)).toEqual(online);
    const width = await page.evaluate(async (u) => {
      const img = document.createElement('img');
      img.alt = '';
      img.src = u;
      document.querySelector('.fa-task')!.append(img);
      await img.decode();
      return img.naturalWidth;
    }, tile);
    expect(width).toBe(64);
    // A tile never seen is not there offline.
    await expect(fetched(`${TILES}/tiles/16/33510/22044.png`)).rejects.toThrow();
    expect(asked.filter((u) => u.startsWith('/tiles/'))).toEqual(['/tiles/16/33509/22044.png']);
    expect(new URL(page.url()).pathname).toBe(FIELD_APP);
    await page.context().close();
  });
});

describe('field app: storage nearly full', () => {
  it('warns when more than 80 % of the storage is used', async () => {
    const page = await pageWithStorage(0.85);
    await openFieldApp(page);
    await page.getByText(storageFull).waitFor(WAIT);
    expect(await page.getByRole('status').filter({ hasText: storageFull }).count()).toBe(1);
    await page.context().close();
  });

  it('does not warn at 80 %', async () => {
    const page = await pageWithStorage(0.8);
    await openFieldApp(page);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __estimated?: boolean }).__estimated === true), WAIT).toBe(true);
    expect(await page.getByText(storageFull).count()).toBe(0);
    await page.context().close();
  });
});
