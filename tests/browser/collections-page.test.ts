/**
 * The citizen's collections page (docs/collections.md) in Chromium against the whole local platform, its clock fixed on
 * a Wednesday evening in Brussels: from the commune's home, a person types the start of their street and sees its
 * zone, each kind's next day (« Demain (jeudi 7 mars) »), the next collection days as the demo rule makes them, and
 * the zone's feed, which ical.js reads. The street stays in the address (?rue=): opening it again shows it. axe finds
 * nothing. Without JavaScript, the page says so and its form still sends the street in the address.
 */
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { brusselsDate, nextCollections, type CollectionKind, type CollectionZoneDays } from '@tandem/shared';
import { DEMO_COLLECTION_ZONES, demoCollectionCsv, demoStreetZonesCsv, demoZoneDays } from '../../infra/local/seed/demo-collections.js';
import { PHONE, WAIT, browser, newPage, platform, token, useBrowserSession, violations } from './browser-session.js';

/** Wednesday 6 March 2030, 20:30 in Brussels: Soignies' Zone Gare is collected on Thursdays. */
const AT = '2030-03-06T19:30:00Z';
useBrowserSession({ clock: AT });
const today = brusselsDate(AT);

/** Soignies' demo calendar (this year and the next) and streets, imported as `npm start` does (the tests' platform seeds nothing). */
beforeAll(async () => {
  const headers = { ...(await token('agent@soignies.example')), 'content-type': 'text/csv' };
  const year = Number(today.slice(0, 4));
  const put = async (path: string, body: string) => {
    const res = await fetch(`${platform.url}/api/soignies/staff/collections/${path}`, { method: 'PUT', headers, body });
    expect(res.status, await res.text()).toBe(200);
  };
  for (const y of [year, year + 1]) await put(`calendar/${y}`, demoCollectionCsv('soignies', y)!);
  await put('streets', demoStreetZonesCsv('soignies')!);
});

/** The demo rule's next days for Soignies' Zone Gare, from the platform's today (the model the page must agree with). */
function expectedGare() {
  const gare = DEMO_COLLECTION_ZONES.soignies.find((z) => z.name === 'Zone Gare')!;
  const year = Number(today.slice(0, 4));
  const zoneOf = (y: number): CollectionZoneDays => {
    const days = { residual: [], pmc: [], paper: [], glass: [], bulky: [] } as Record<CollectionKind, string[]>;
    for (const d of demoZoneDays(gare, y)) days[d.kind].push(d.date);
    return { name: gare.name, days };
  };
  return nextCollections([zoneOf(year), zoneOf(year + 1)], today);
}

describe('the collections page', () => {
  it('finds a street from the home page, says its next collections in words, keeps it in the address, and serves its feed', async () => {
    const page = await newPage(PHONE);
    await page.clock.setFixedTime(AT);
    await page.goto(`${platform.url}/soignies/`);
    await page.getByTestId('home-collections').getByRole('link', { name: 'Voir les jours de collecte' }).click();
    await page.getByRole('heading', { name: 'Collectes des déchets', level: 1 }).waitFor(WAIT);
    expect(await violations(page)).toEqual([]);

    await page.getByLabel('Votre rue').fill('station');
    const found = page.getByTestId('collections-found');
    await found.waitFor(WAIT);
    expect(await found.getByRole('heading', { level: 2 }).textContent()).toBe('Rue de la Station : Zone Gare');
    expect(new URL(page.url()).searchParams.get('rue')).toBeNull();
    await page.getByRole('button', { name: 'Voir mes collectes' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('rue'), WAIT).toBe('station');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), WAIT).toBe('collections-found');

    const expected = expectedGare();
    // Thursday is tomorrow: household waste comes every week.
    const next = found.getByTestId('collections-next').locator('li');
    expect(await next.first().textContent()).toBe('Ordures ménagères : Demain (jeudi 7 mars)');
    expect(await next.evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')))).toEqual(expected.next.map((n) => n.kind));
    const upcoming = found.getByTestId('collections-upcoming').locator('li');
    expect(await upcoming.evaluateAll((items) => items.map((i) => i.getAttribute('data-date')))).toEqual(
      expected.upcoming.map((u) => u.date),
    );
    expect(expected.upcoming[0].date).toBe('2030-03-07');
    expect(await upcoming.first().textContent()).toMatch(/^Demain \(jeudi 7 mars\) : Ordures ménagères/);
    // Each kind is named in words; the drawings are hidden from assistive technology.
    expect(await found.locator('svg:not([aria-hidden="true"])').count()).toBe(0);
    expect(await violations(page)).toEqual([]);

    // The zone's feed, fetched as the link's target, read by ical.js.
    const feed = found.getByRole('link', { name: 'S’abonner au calendrier de ma zone' });
    const href = (await feed.getAttribute('href'))!;
    expect(href).toBe('/api/feeds/soignies/collectes-zone-gare.ics');
    const res = await page.request.get(`${platform.url}${href}`);
    expect(res.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const cal = new ICAL.Component(ICAL.parse(await res.text()));
    const days = new Set(cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c).startDate.toString()));
    for (const u of expected.upcoming) expect(days.has(u.date), u.date).toBe(true);

    // The address kept: opening it again shows the street.
    const again = await newPage(PHONE);
    await again.clock.setFixedTime(AT);
    await again.goto(`${platform.url}/soignies/collectes/?rue=${encodeURIComponent('Rue de la Station')}`);
    await again.getByTestId('collections-found').waitFor(WAIT);
    expect(await again.getByLabel('Votre rue').inputValue()).toBe('Rue de la Station');
    await again.getByLabel('Votre rue').fill('Rue imaginaire');
    await expect.poll(() => again.getByTestId('collections-said').textContent(), WAIT).toContain('Aucune rue de la commune');
    expect(await again.getByTestId('collections-found').count()).toBe(0);
    await again.context().close();
    await page.context().close();
  });

  it('without JavaScript, says so, and its form still sends the street in the address', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-BE', viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${platform.url}/soignies/collectes/`);
    const note = page.locator('noscript .notice');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe(
      'Sans JavaScript, cette page ne peut pas chercher votre rue. Activez JavaScript ou demandez le calendrier à la commune.',
    );
    await page.getByLabel('Votre rue').fill('Rue Neuve');
    await page.getByRole('button', { name: 'Voir mes collectes' }).click();
    await page.waitForURL(/\/soignies\/collectes\/\?rue=Rue\+Neuve$/, WAIT);
    // axe needs scripts: it checked the same form with scripts on, above.
    await context.close();
  });
});
