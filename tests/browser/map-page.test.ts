/**
 * The citizen map page in a real browser, against the whole local platform: staff publish a parking ban for
 * tomorrow, works on weekdays and a road closure later this week, and a citizen reports a problem (through
 * the API). A visitor opens the map, switches to "Demain", sees the parking ban appear on the map and in the
 * list, and opens its card from the map; then uses the list by keyboard alone (the date control, sorting,
 * kind checkboxes, search, a row's card and back); axe finds no WCAG 2.1 AA violation on the page, the card
 * or the list. Without WebGL the list still answers; the embed page has no site header, the commune's
 * colours and the visitor's language; the map page gives the snippet that loads it.
 * The platform and the pages run from 00:30 on Tuesday 1 December 2026 in Brussels (still 30 November in UTC),
 * whatever the hour the test runs: the report filed then is "signalé le mardi 1 décembre".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ViewportSize } from 'playwright-core';
import { addDays } from '@tandem/shared/permits/calendar';
import { brusselsDate } from '@tandem/shared/brussels-time';
import { DESK, WAIT, call, newPage as newBrowserPage, platform, token, useBrowserSession, violations } from './browser-session.js';
import { tabTo, withoutWebGL } from './map-test-helpers.js';

/** 00:30 on Tuesday 1 December 2026 in Brussels: the UTC date is still Monday 30 November. */
const AT = '2026-11-30T23:30:00Z';
useBrowserSession({ clock: AT });
const today = brusselsDate(AT);
const tomorrow = addDays(today, 1);
const ids = { ban: '', works: '', closure: '', report: '' };

/** A page whose clock shows the platform's instant (its "today" is the platform's). */
async function newPage(viewport?: ViewportSize): Promise<Page> {
  const page = await newBrowserPage(viewport);
  await page.clock.setFixedTime(AT);
  return page;
}

/** "mercredi 2 décembre", as the page writes a day of 2026 (the year only when it is not 2026, the year of AT). */
function frenchDay(iso: string): string {
  const withYear = iso.slice(0, 4) !== AT.slice(0, 4);
  return new Intl.DateTimeFormat('fr-BE', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(new Date(`${iso}T12:00:00Z`));
}

beforeAll(async () => {
  const staff = await token('agent@soignies.example');
  const publish = async (item: Record<string, unknown>) =>
    (await call<{ id: string }>('POST', '/api/soignies/staff/map/items', item, staff)).id;
  ids.ban = await publish({
    kind: 'parking_ban',
    title: 'Déménagement, rue de la Station',
    description: 'Camion de déménagement devant le n° 12.',
    streets: ['Rue de la Station'],
    geometry: { type: 'Point', coordinates: [4.0714, 50.5794] },
    period: { start: tomorrow, end: tomorrow, startTime: '07:00', endTime: '18:00' },
  });
  ids.works = await publish({
    kind: 'works',
    title: 'Réfection du trottoir, rue Neuve',
    description: 'Trottoir côté pair.',
    streets: ['Rue Neuve'],
    geometry: {
      type: 'LineString',
      coordinates: [
        [4.068, 50.577],
        [4.0692, 50.5762],
      ],
    },
    period: { start: today, end: addDays(today, 20), schedule: { days: [1, 2, 3, 4, 5], from: '07:00', to: '16:00' } },
    managingParty: 'SWDE',
    phase: 'in_progress',
  });
  ids.closure = await publish({
    kind: 'road_closure',
    title: 'Chaussée de Braine fermée',
    description: 'Grue sur la chaussée.',
    streets: ['Chaussée de Braine'],
    geometry: {
      type: 'LineString',
      coordinates: [
        [4.075, 50.5815],
        [4.0768, 50.5824],
      ],
    },
    period: { start: addDays(today, 2), end: addDays(today, 3), startTime: '08:00', endTime: '17:00' },
  });
  const report = await call<{ code: string }>('POST', '/api/soignies/reports', {
    category: 'voirie',
    location: { lat: 50.5832, lng: 4.0648 },
    address: 'Rue de Mons 20, 7060 Soignies',
    description: 'Un nid-de-poule profond devant le n° 20',
    answers: { taille: 'moyen' },
  });
  ids.report = `report-${report.code}`;
});
const row = (page: Page, id: string) => page.locator(`[data-testid="map-row"][data-id="${id}"]`);
const rowIds = (page: Page) => page.getByTestId('map-row').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.id));
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      id: el?.id ?? '',
      testid: el?.dataset.testid ?? '',
      text: el?.textContent?.trim() ?? '',
      row: (el?.closest('[data-testid="map-row"]') as HTMLElement | null)?.dataset.id ?? '',
    };
  });
async function axe(page: Page) {
  expect(await violations(page)).toEqual([]);
}

describe('the citizen map page', () => {
  it('switching to tomorrow shows the parking ban on the map and in the list; a click on the map opens its card, in words', async () => {
    const page = await newPage(DESK);
    await page.goto(`${platform.url}/soignies/carte/`);
    const count = page.getByTestId('map-count');
    expect(frenchDay(today)).toBe('mardi 1 décembre');
    await expect.poll(() => count.textContent(), WAIT).toContain(`le ${frenchDay(today)}`);
    expect(await count.getAttribute('role')).toBe('status');
    // Today (a Tuesday): the works and the report, not tomorrow's ban.
    await row(page, ids.report).waitFor(WAIT);
    expect(await row(page, ids.ban).count()).toBe(0);
    await axe(page);

    await page.getByTestId('map-date-tomorrow').check();
    await row(page, ids.ban).waitFor(WAIT);
    await expect.poll(() => count.textContent(), WAIT).toContain(`le ${frenchDay(tomorrow)}`);
    expect(await row(page, ids.ban).textContent()).toContain('Interdiction de stationner');
    expect(await row(page, ids.ban).textContent()).toContain(`le ${frenchDay(tomorrow)}, de 7 h à 18 h`);
    expect(await row(page, ids.closure).count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('when')).toBe('tomorrow');

    // The map drew tomorrow's items (its own viewport's read); the ban sits at the commune's centre, the map's centre.
    const canvas = page.getByTestId('map-canvas');
    await expect.poll(() => canvas.getAttribute('data-state'), WAIT).toBe('ready');
    await expect.poll(async () => Number(await canvas.getAttribute('data-drawn')), WAIT).toBeGreaterThanOrEqual(2);
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    const card = page.getByTestId('map-card');
    // The map may not answer its first click (still settling): click again only once a click had its time to
    // open the card, so that no second click lands inside the open card and takes the focus off its title.
    await expect
      .poll(async () => {
        if (await card.isVisible()) return true;
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        return card
          .waitFor({ state: 'visible', timeout: 3000 })
          .then(() => true)
          .catch(() => false);
      }, WAIT)
      .toBe(true);
    expect(await card.getByRole('heading', { level: 2 }).textContent()).toBe('Déménagement, rue de la Station');
    expect(await card.getByTestId('map-card-kind').textContent()).toBe('Interdiction de stationner');
    expect(await card.getByTestId('map-card-when').textContent()).toBe(`le ${frenchDay(tomorrow)}, de 7 h à 18 h`);
    expect(await card.textContent()).toContain('Rue de la Station');
    expect(await card.textContent()).toContain('Camion de déménagement devant le n° 12.');
    expect(await card.getByTestId('map-card-track').count()).toBe(0);
    expect((await focused(page)).id).toBe('map-card-title');
    await axe(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible(), WAIT).toBe(false);

    // Hiding a kind in the legend hides it on the map and in the list.
    await page.getByTestId('map-kind-parking_ban').uncheck();
    await expect.poll(() => row(page, ids.ban).count(), WAIT).toBe(0);
    const rows = await page.getByTestId('map-row').count();
    expect(rows).toBeGreaterThanOrEqual(1);
    await expect.poll(async () => Number(await canvas.getAttribute('data-drawn')), WAIT).toBe(rows);
    await page.context().close();
  });

  it('the list needs no mouse: date, sorting, kinds, search and a card, by keyboard alone, with counts announced', async () => {
    const page = await newPage(DESK);
    await page.goto(`${platform.url}/soignies/carte/`);
    await row(page, ids.report).waitFor(WAIT);

    // "Cette semaine": arrow keys move in the radio group.
    await tabTo(page, '[data-testid="map-date-today"]');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByTestId('map-date-week').isChecked()).toBe(true);
    await row(page, ids.closure).waitFor(WAIT);
    await row(page, ids.ban).waitFor(WAIT);
    await expect
      .poll(() => page.getByTestId('map-count').textContent(), WAIT)
      .toBe(`4 éléments du ${frenchDay(today)} au ${frenchDay(addDays(today, 6))}.`);
    // By start date first: the works (today), the report (today), the ban (tomorrow), the closure (in two days).
    expect((await rowIds(page)).indexOf(ids.ban)).toBeLessThan((await rowIds(page)).indexOf(ids.closure));
    expect(await row(page, ids.works).textContent()).toContain(`en semaine, de 7 h à 16 h`);
    // Filed at 00:30 in Brussels: on the map it was reported on Tuesday 1 December, not on Monday 30 November (its UTC date).
    expect(await row(page, ids.report).textContent()).toContain('signalé le mardi 1 décembre');

    // Sort by street with Enter, then the other way with Space.
    await tabTo(page, '[data-testid="map-sort-street"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => rowIds(page), WAIT).toEqual([ids.closure, ids.ban, ids.report, ids.works]);
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Rues');
    await page.keyboard.press('Space');
    await expect.poll(() => rowIds(page), WAIT).toEqual([ids.works, ids.report, ids.ban, ids.closure]);
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Rues');
    // By kind: works, parking ban, road closure, report (the legend's order).
    await tabTo(page, '[data-testid="map-sort-kind"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => rowIds(page), WAIT).toEqual([ids.works, ids.ban, ids.closure, ids.report]);

    // Hide the works with Space on its checkbox: the count says so.
    await tabTo(page, '[data-testid="map-kind-works"]');
    await page.keyboard.press('Space');
    expect(await page.getByTestId('map-kind-works').isChecked()).toBe(false);
    await expect.poll(() => rowIds(page), WAIT).toEqual([ids.ban, ids.closure, ids.report]);
    await expect.poll(() => page.getByTestId('map-count').textContent(), WAIT).toMatch(/^3 éléments affichés sur 4 /);
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('map-row').count(), WAIT).toBe(4);

    // Search words in titles and streets (accents and case do not matter).
    await tabTo(page, '#map-search');
    await page.keyboard.type('chaussee');
    await expect.poll(() => rowIds(page), WAIT).toEqual([ids.closure]);
    await expect.poll(() => page.getByTestId('map-count').textContent(), WAIT).toMatch(/^1 élément affiché sur 4 /);
    await axe(page);

    // The row's title opens its card; the focus lands on its title, and comes back to the row when closed.
    await tabTo(page, `[data-testid="map-row"][data-id="${ids.closure}"] button`);
    await page.keyboard.press('Enter');
    const card = page.getByTestId('map-card');
    await expect.poll(() => card.isVisible(), WAIT).toBe(true);
    expect((await focused(page)).text).toBe('Chaussée de Braine fermée');
    expect(await card.getByTestId('map-card-when').textContent()).toBe(
      `du ${frenchDay(addDays(today, 2))} à 8 h au ${frenchDay(addDays(today, 3))} à 17 h`,
    );
    await axe(page);
    await tabTo(page, '[data-testid="map-card-close"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => card.isVisible(), WAIT).toBe(false);
    expect((await focused(page)).row).toBe(ids.closure);

    // A report's card links to its tracking page.
    await page.keyboard.down('Shift');
    await tabTo(page, '#map-search');
    await page.keyboard.up('Shift');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('mons');
    await expect.poll(() => rowIds(page), WAIT).toEqual([ids.report]);
    await tabTo(page, `[data-testid="map-row"][data-id="${ids.report}"] button`);
    await page.keyboard.press('Enter');
    await expect.poll(() => card.isVisible(), WAIT).toBe(true);
    expect(await card.getByTestId('map-card-track').getAttribute('href')).toBe(`/soignies/suivi/${ids.report.slice('report-'.length)}/`);
    await page.keyboard.press('Escape');

    // The works' card names who runs them and their phase.
    await page.keyboard.down('Shift');
    await tabTo(page, '#map-search');
    await page.keyboard.up('Shift');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('rue neuve');
    await expect.poll(() => rowIds(page), WAIT).toEqual([ids.works]);
    await tabTo(page, `[data-testid="map-row"][data-id="${ids.works}"] button`);
    await page.keyboard.press('Enter');
    await expect.poll(() => card.isVisible(), WAIT).toBe(true);
    expect(await card.textContent()).toContain('SWDE');
    expect(await card.textContent()).toContain('En cours');
    await page.context().close();
  });

  it('without WebGL the map says so and the list still answers', async () => {
    const page = await newPage({ width: 400, height: 900 });
    await withoutWebGL(page);
    await page.goto(`${platform.url}/soignies/carte/?when=tomorrow`);
    // A phone-sized page: the map starts when asked for.
    await page.getByTestId('map-show').click();
    await page.getByTestId('map-failed').waitFor(WAIT);
    await row(page, ids.ban).waitFor(WAIT);
    expect(await page.getByTestId('map-date-tomorrow').isChecked()).toBe(true);
    await axe(page);
    await page.context().close();
  });

  it('the embed page has no site header, the commune’s colours and the asked language; the map page gives its snippet', async () => {
    const page = await newPage(DESK);
    await page.goto(`${platform.url}/soignies/carte/`);
    const snippet = page.getByTestId('map-embed-snippet');
    await expect.poll(() => snippet.inputValue(), WAIT).toContain(`src="${platform.url}/soignies/carte/integrer/"`);
    expect(await snippet.inputValue()).toMatch(/^<iframe [^>]*title="Travaux et circulation — Soignies"[^>]*><\/iframe>$/);

    await page.goto(`${platform.url}/soignies/carte/integrer/?lang=nl&when=tomorrow`);
    await row(page, ids.ban).waitFor(WAIT);
    expect(await page.locator('.site-header, .site-footer').count()).toBe(0);
    expect(await page.getByTestId('map-embed-snippet').count()).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand').trim())).toBe('#0b4f8a');
    await expect.poll(() => page.locator('h1').textContent(), WAIT).toContain('Werken en verkeer');
    expect(await row(page, ids.ban).textContent()).toContain('Parkeerverbod');
    await axe(page);
    await page.context().close();
  });
});
