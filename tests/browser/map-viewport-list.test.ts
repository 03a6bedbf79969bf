/**
 * The public map's list follows the map (issue 14): it shows the items of the part of the commune the map shows,
 * read once on arrival (the viewport the map opens on is known before the map's library is there); zooming out by
 * keyboard brings an item further away into the list (a new read), zooming back in takes it out again without one.
 * Many items in view come 50 rows at a time: « Afficher … de plus » is a real button reached by keyboard, the rows
 * shown out of how many are announced, and the focus lands on the first row added. On a phone the page opens on that
 * list, with « Afficher la carte » in the map's box: maplibre is not fetched before it is pressed; pressed, the map
 * opens on the area read and the list follows it. The whole commune's GeoJSON feed still carries every item; without
 * a map the list shows the whole commune.
 * The platform and the pages run on Wednesday 10 June 2026 in Brussels, whatever the day the test runs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, ViewportSize } from 'playwright-core';
import { brusselsDate } from '@tandem/shared/brussels-time';
import { DESK, PHONE, WAIT, call, newPage as newBrowserPage, platform, token, useBrowserSession, violations } from './browser-session.js';
import { tabTo, withoutWebGL } from './map-test-helpers.js';

const AT = '2026-06-10T08:00:00Z';
useBrowserSession({ clock: AT });
const today = brusselsDate(AT);
/** Items in the town centre, around the point the map opens on: more than one page of rows. */
const CENTRE_ITEMS = 55;
const centre: string[] = [];
let far = '';

async function newPage(viewport: ViewportSize = DESK): Promise<Page> {
  const page = await newBrowserPage(viewport);
  await page.clock.setFixedTime(AT);
  return page;
}

beforeAll(async () => {
  const staff = await token('agent@soignies.example');
  const publish = async (title: string, coordinates: [number, number], kind = 'parking_ban') =>
    (
      await call<{ id: string }>(
        'POST',
        '/api/soignies/staff/map/items',
        {
          kind,
          title,
          description: 'Pour la liste qui suit la carte.',
          streets: ['Grand-Place'],
          geometry: { type: 'Point', coordinates },
          period: { start: today, end: today },
        },
        staff,
      )
    ).id;
  for (let i = 0; i < CENTRE_ITEMS; i++)
    centre.push(
      await publish(`Stationnement ${String(i + 1).padStart(2, '0')}`, [4.0694 + (i % 11) * 4e-4, 50.5784 + Math.floor(i / 11) * 4e-4]),
    );
  // 0.04° west of the centre (≈ 2.8 km): outside what the map shows at its opening zoom, inside it two levels out.
  far = await publish('Chantier hors du centre', [4.0314, 50.5794], 'works');
});

const rowIds = (page: Page) => page.getByTestId('map-row').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.id));
const drawn = (page: Page) => page.locator('[data-testid="map-page"][data-ready="map"]').waitFor({ state: 'attached', ...WAIT });
const listed = (page: Page) => page.locator('[data-testid="map-page"][data-ready="list"]').waitFor({ state: 'attached', ...WAIT });

describe('the list follows the map', () => {
  it('shows what the map shows, read once on arrival; zooming out brings the far item in, zooming back in takes it out without a read', async () => {
    const page = await newPage();
    const reads: string[] = [];
    page.on('request', (r) => r.url().includes('/api/soignies/map/items') && reads.push(r.url()));
    await page.goto(`${platform.url}/soignies/carte/`);
    await drawn(page);
    // One read, of a viewport (not the whole commune), before the map could say where it stands.
    expect(reads).toHaveLength(1);
    expect(new URL(reads[0]).searchParams.get('bbox')).toMatch(/^[\d.]+,[\d.]+,[\d.]+,[\d.]+$/);
    expect(await page.getByTestId('map-count').textContent()).toBe(`${CENTRE_ITEMS} éléments le mercredi 10 juin.`);
    expect(await page.getByTestId('map-list').textContent()).toContain('Les informations de la zone que montre la carte.');
    expect(await rowIds(page)).not.toContain(far);
    // The map drew them all (points of one kind: clustered).
    expect(Number(await page.getByTestId('map-canvas').getAttribute('data-drawn'))).toBe(CENTRE_ITEMS);

    // Two levels out, by keyboard on the map (Shift and minus): the far works come into the list, from a new read.
    await tabTo(page, '.maplibregl-canvas');
    await page.keyboard.press('Shift+Minus');
    await page.locator(`[data-testid="map-row"][data-id="${far}"]`).waitFor(WAIT);
    await expect.poll(() => page.getByTestId('map-count').textContent(), WAIT).toBe(`${CENTRE_ITEMS + 1} éléments le mercredi 10 juin.`);
    expect(reads.length).toBeGreaterThan(1);
    await drawn(page);
    const readsOut = reads.length;

    // Back in: the far works leave the list at once; the area already read holds the view, so nothing is read again.
    await page.keyboard.press('Shift+Equal');
    await expect.poll(() => page.locator(`[data-testid="map-row"][data-id="${far}"]`).count(), WAIT).toBe(0);
    await expect.poll(() => page.getByTestId('map-count').textContent(), WAIT).toBe(`${CENTRE_ITEMS} éléments le mercredi 10 juin.`);
    // Longer than the pause after which a move would read (300 ms), then still no new read.
    await page.waitForTimeout(1500);
    expect(reads).toHaveLength(readsOut);
    await page.context().close();
  });

  it('on a phone opens on the list of the map’s area and « Afficher la carte », without maplibre; pressed, the map comes and the list follows it', async () => {
    const page = await newPage(PHONE);
    const reads: string[] = [];
    const mapChunks: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/soignies/map/items')) reads.push(r.url());
      // The map's library (map-view.*.js, maplibre's worker and stylesheet) and the page's map module.
      if (/\/(map-view|maplibre-gl[^/]*|items-map)\.[^/]*$/.test(new URL(r.url()).pathname)) mapChunks.push(r.url());
    });
    await page.goto(`${platform.url}/soignies/carte/`);
    await listed(page);
    // The viewport the map would open on, read once: the same first read as on a wide screen, 50 rows shown.
    expect(reads).toHaveLength(1);
    expect(new URL(reads[0]).searchParams.get('bbox')).toMatch(/^[\d.]+,[\d.]+,[\d.]+,[\d.]+$/);
    expect(await page.getByTestId('map-count').textContent()).toBe(`${CENTRE_ITEMS} éléments le mercredi 10 juin.`);
    expect(await page.getByTestId('map-list').textContent()).toContain('Les informations de la zone où s’ouvre la carte.');
    expect(await page.getByTestId('map-row').count()).toBe(50);
    expect(await rowIds(page)).not.toContain(far);
    // The button, in the map's box, and the list, its first row begun, in the first screen.
    const show = page.getByTestId('map-show');
    expect(await show.evaluate((b) => b.tagName)).toBe('BUTTON');
    expect(await show.textContent()).toBe('Afficher la carte');
    expect(await show.evaluate((b) => Boolean(b.closest('[data-testid="map-canvas"]')))).toBe(true);
    const firstRow = (await page.getByTestId('map-row').first().boundingBox())!;
    expect(firstRow.y).toBeLessThan(PHONE.height - 40);
    expect(await page.getByTestId('map-canvas').getAttribute('data-state')).toBe('idle');
    expect(await violations(page)).toEqual([]);
    expect(mapChunks).toEqual([]);

    // By keyboard: the map starts, opens on the area already read (no new read), and takes the focus.
    await show.focus();
    await page.keyboard.press('Enter');
    await drawn(page);
    expect(mapChunks.some((u) => u.includes('/map-view.'))).toBe(true);
    expect(reads).toHaveLength(1);
    expect(Number(await page.getByTestId('map-canvas').getAttribute('data-drawn'))).toBe(CENTRE_ITEMS);
    expect(await show.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas')), WAIT).toBe(true);
    expect(await page.getByTestId('map-list').textContent()).toContain('Les informations de la zone que montre la carte.');

    // The list follows the map: three levels out (Shift and minus, then minus; the phone's map is narrower), the far
    // works come in from a new read.
    await page.keyboard.press('Shift+Minus');
    // Read once the map has rested: the first move is over.
    await expect.poll(() => reads.length, WAIT).toBe(2);
    await page.keyboard.press('Minus');
    await page.locator(`[data-testid="map-row"][data-id="${far}"]`).waitFor(WAIT);
    await expect.poll(() => page.getByTestId('map-count').textContent(), WAIT).toBe(`${CENTRE_ITEMS + 1} éléments le mercredi 10 juin.`);
    expect(reads.length).toBeGreaterThan(2);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows 50 rows, then the rest with a button reached by keyboard; the rows shown are announced and the focus goes to the first added', async () => {
    const page = await newPage();
    await page.goto(`${platform.url}/soignies/carte/`);
    await drawn(page);
    expect(await page.getByTestId('map-row').count()).toBe(50);
    const rowsNote = page.getByTestId('map-list-rows');
    expect(await rowsNote.getAttribute('role')).toBe('status');
    expect(await rowsNote.textContent()).toBe(`Lignes 1 à 50 sur ${CENTRE_ITEMS}.`);
    const more = page.getByTestId('map-list-more');
    expect(await more.evaluate((b) => b.tagName)).toBe('BUTTON');
    expect(await more.textContent()).toBe(`Afficher ${CENTRE_ITEMS - 50} éléments de plus`);
    await violations(page).then((v) => expect(v).toEqual([]));

    await tabTo(page, '[data-testid="map-list-more"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('map-row').count(), WAIT).toBe(CENTRE_ITEMS);
    expect(await rowsNote.textContent()).toBe(`Lignes 1 à ${CENTRE_ITEMS} sur ${CENTRE_ITEMS}.`);
    expect(await more.count()).toBe(0);
    // By start date, then title: the 51st is « Stationnement 51 », and the keyboard is on it.
    const focused = await page.evaluate(() => document.activeElement?.closest('[data-testid="map-row"]')?.getAttribute('data-id'));
    expect(focused).toBe(centre[50]);
    expect(await rowIds(page)).toEqual(centre);
    await page.context().close();
  });

  it('without a map the list shows the whole commune, and the GeoJSON feed still carries every item', async () => {
    const page = await newPage({ width: 400, height: 900 });
    await withoutWebGL(page);
    await page.goto(`${platform.url}/soignies/carte/`);
    // A phone-sized page opens on the list of the map's area; the map, asked for, cannot start.
    await listed(page);
    await page.getByTestId('map-show').click();
    await page.getByTestId('map-failed').waitFor(WAIT);
    await listed(page);
    await expect.poll(() => page.getByTestId('map-count').textContent(), WAIT).toBe(`${CENTRE_ITEMS + 1} éléments le mercredi 10 juin.`);
    expect(await page.getByTestId('map-list').textContent()).toContain('Les informations de toute la commune.');
    await page.context().close();

    const feed = await call<{ type: string; features: { id: string }[] }>('GET', '/api/feeds/soignies/map.geojson');
    expect(feed.type).toBe('FeatureCollection');
    expect(feed.features.map((f) => f.id).sort()).toEqual([...centre, far].sort());
  });
});
