/**
 * The public map's first screen: on a 390×844 phone its filters fold behind a button that says how many are
 * active (a disclosure: aria-expanded, opened and closed by keyboard), « Afficher la carte » is there without
 * scrolling, and pressing it brings the map into the first screen; in the frame the map page's embed snippet gives (760 px high), the whole map is in the
 * frame without scrolling inside it, on a wide host page and on a phone (there once asked for). On a wide page the
 * filters stay open and the map starts by itself.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import { DESK, WAIT, newPage, platform, useBrowserSession, violations } from './browser-session.js';

useBrowserSession();
const PHONE_390 = { width: 390, height: 844 };

/** The map's box and how much of it the first screen (or frame) shows, in CSS pixels. */
async function mapInView(map: Locator, top: number, height: number) {
  const box = (await map.boundingBox())!;
  const shown = Math.min(box.y + box.height, top + height) - Math.max(box.y, top);
  return { top: box.y - top, height: box.height, shown };
}

/** Waits for the map to be drawn (not only its box). */
async function mapReady(map: Locator): Promise<void> {
  await expect.poll(() => map.getAttribute('data-state'), WAIT).toBe('ready');
}

/** The embed snippet the map page gives, in French. */
async function embedSnippet(page: Page): Promise<string> {
  await page.goto(`${platform.url}/soignies/carte/`);
  const snippet = page.getByTestId('map-embed-snippet');
  await expect.poll(() => snippet.inputValue(), WAIT).toContain('height="760"');
  return snippet.inputValue();
}

describe('the public map in the first screen', () => {
  it('on a 390×844 phone « Afficher la carte » is in the first screen; the filters open and close from their button, by keyboard', async () => {
    const page = await newPage(PHONE_390);
    await page.goto(`${platform.url}/soignies/carte/`);
    await page.locator('[data-testid="map-page"][data-ready="list"]').waitFor({ state: 'attached', ...WAIT });
    const map = page.getByTestId('map-canvas');
    const show = await mapInView(page.getByTestId('map-show'), 0, PHONE_390.height);
    expect(show.top).toBeGreaterThan(0);
    expect(show.shown).toBe(show.height);
    expect(await map.getAttribute('data-state')).toBe('idle');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    const toggle = page.getByTestId('map-filters-toggle');
    const filters = page.getByTestId('map-filters');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.getAttribute('aria-controls')).toBe('map-filters');
    expect(await filters.isVisible()).toBe(false);
    expect((await toggle.textContent())?.trim()).toBe('Filtres');

    // By keyboard: the button opens the filters; choosing "Demain" and unticking a kind count as two active filters.
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await filters.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('map-date-today');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByTestId('map-date-tomorrow').isChecked()).toBe(true);
    await page.getByTestId('map-kind-works').focus();
    await page.keyboard.press('Space');
    expect(await page.getByTestId('map-kind-works').isChecked()).toBe(false);
    expect((await toggle.textContent())?.trim()).toBe('Filtres (2 actifs)');
    expect(await violations(page)).toEqual([]);

    await toggle.focus();
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await filters.isVisible()).toBe(false);
    // Folded, the filters still apply: the address keeps the chosen day.
    expect(new URL(page.url()).searchParams.get('when')).toBe('tomorrow');

    // Asked for, the map comes in the first screen: at least 300 px of it, or all of it.
    await page.getByTestId('map-show').click();
    await mapReady(map);
    const view = await mapInView(map, 0, PHONE_390.height);
    expect(view.shown).toBeGreaterThanOrEqual(Math.min(300, view.height));
    await page.context().close();
  });

  it('on a wide page the map starts by itself, the filters are open and there is no button', async () => {
    const page = await newPage(DESK);
    await page.goto(`${platform.url}/soignies/carte/`);
    await mapReady(page.getByTestId('map-canvas'));
    expect(await page.getByTestId('map-filters').isVisible()).toBe(true);
    expect(await page.getByTestId('map-filters-toggle').isVisible()).toBe(false);
    expect(await page.getByTestId('map-show').count()).toBe(0);
    await page.context().close();
  });

  it.each([
    ['a wide host page', DESK],
    ['a phone', PHONE_390],
  ])('in the 760 px high frame of the embed snippet, on %s, the whole map is in the frame without scrolling', async (_, viewport) => {
    const page = await newPage(viewport);
    const snippet = await embedSnippet(page);
    // The host is another site: its own origin and headers (not Tandem's Content-Security-Policy), served from
    // loopback, since Chromium's Local Network Access refuses a public origin framing localhost.
    const html = `<!doctype html><html><body style="margin:0"><h1>Commune</h1>${snippet}</body></html>`;
    const hostSite = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
    await new Promise<void>((ok) => hostSite.listen(0, '127.0.0.1', ok));
    onTestFinished(() => new Promise<void>((done) => hostSite.close(() => done())));
    await page.goto(`http://127.0.0.1:${(hostSite.address() as AddressInfo).port}/`);
    const iframe = page.locator('iframe');
    await iframe.scrollIntoViewIfNeeded();
    const frameBox = (await iframe.boundingBox())!;
    expect(frameBox.height).toBe(760);
    const frame = (await (await iframe.elementHandle())!.contentFrame()) as Frame;
    const map = frame.getByTestId('map-canvas');
    // On a phone the frame opens on the list too: the map is one press away.
    if (viewport === PHONE_390) await frame.getByTestId('map-show').click();
    await mapReady(map);
    expect((await iframe.boundingBox())!.y).toBe(frameBox.y);
    const view = await mapInView(map, frameBox.y, frameBox.height);
    expect(view.top).toBeGreaterThan(0);
    expect(view.shown).toBe(view.height);
    expect(await frame.evaluate(() => window.scrollY)).toBe(0);
    // The filters are one button away there too.
    expect(await frame.getByTestId('map-filters-toggle').isVisible()).toBe(true);
    await page.context().close();
  });
});
