/**
 * The pages whose content an island draws after loading (a report's and a permit request's tracking pages,
 * the staff sign-in screen and the staff app signed in) do not move what is already on the screen — the
 * footer above all — while they load: Chromium's layout shifts, summed from the start of the load
 * (PerformanceObserver 'layout-shift', shifts after an input left out, as CLS does), stay under 0.02, on a
 * phone and on a desk. A layout property, not a timing: the sum is the same however slow the machine.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, ViewportSize } from 'playwright-core';
import { addDays } from '@tandem/shared/permits/calendar';
import { brusselsDate } from '@tandem/shared/brussels-time';
import { DESK, PHONE, WAIT, call, newPage, platform, signIn, useBrowserSession } from './browser-session.js';

useBrowserSession();
const AGENT = 'agent@soignies.example';
const codes = { report: '', permit: '' };

beforeAll(async () => {
  codes.report = (
    await call<{ code: string }>('POST', '/api/soignies/reports', {
      category: 'voirie',
      location: { lat: 50.5832, lng: 4.0648 },
      address: 'Rue de Mons 20, 7060 Soignies',
      description: 'Un nid-de-poule profond devant le n° 20',
      answers: { taille: 'moyen' },
    })
  ).code;
  const start = addDays(brusselsDate(Date.now()), 40);
  codes.permit = (
    await call<{ code: string }>(
      'POST',
      '/api/soignies/permits',
      {
        kind: 'occupation',
        locale: 'fr',
        submit: true,
        details: {
          use: 'container',
          description: 'Un conteneur pour des gravats.',
          period: { start, end: addDays(start, 2) },
          place: { label: 'Rue Neuve 12, Soignies', geometry: { type: 'Point', coordinates: [4.0714, 50.5794] } },
          lengthMetres: 6,
        },
        requester: { name: 'Camille Riveraine', email: `camille-${Date.now()}@example.org`, address: 'Rue Neuve 12, 7060 Soignies' },
      },
      { 'idempotency-key': crypto.randomUUID() },
    )
  ).code;
});

interface Shifts {
  /** The layout shifts' sum (CLS without its session windows: never less than CLS). */
  total: number;
  /** What moved, for the failure message. */
  moved: string[];
}

/** Records the page's layout shifts from the very start of every load of the page. */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: { total: number; moved: string[] } };
    w.__shifts = { total: 0, moved: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        if (e.hadRecentInput) continue;
        w.__shifts.total += e.value;
        const nodes = (e.sources ?? []).map((s) => {
          const el = s.node as HTMLElement | undefined;
          return el ? `${el.nodeName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}` : '?';
        });
        w.__shifts.moved.push(`${e.value.toFixed(4)}: ${nodes.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts so far, once two more frames are drawn (shifts are reported after the frame that made them). */
async function shifts(page: Page): Promise<Shifts> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => (window as unknown as { __shifts: Shifts }).__shifts);
}

async function shiftingPage(viewport: ViewportSize): Promise<Page> {
  const page = await newPage(viewport);
  await recordShifts(page);
  return page;
}

const SCREENS = [
  ['a phone', PHONE],
  ['a desk', DESK],
] as const;

describe.each(SCREENS)('layout shift on %s', (_, viewport) => {
  it('the report tracking page draws the report without moving the footer', async () => {
    const page = await shiftingPage(viewport);
    await page.goto(`${platform.url}/soignies/suivi/${codes.report}/`);
    await page.getByTestId('tracking').waitFor(WAIT);
    const s = await shifts(page);
    expect(s.total, s.moved.join('\n')).toBeLessThan(0.02);
    await page.context().close();
  });

  it('the report tracking page without a code draws its lookup form without moving the footer', async () => {
    const page = await shiftingPage(viewport);
    await page.goto(`${platform.url}/soignies/suivi/`);
    await page.getByLabel('Code de suivi').waitFor(WAIT);
    const s = await shifts(page);
    expect(s.total, s.moved.join('\n')).toBeLessThan(0.02);
    await page.context().close();
  });

  it('the permit tracking page draws the request without moving the footer', async () => {
    const page = await shiftingPage(viewport);
    await page.goto(`${platform.url}/soignies/demandes/suivi/${codes.permit}/`);
    await page.getByTestId('permit-tracking').waitFor(WAIT);
    const s = await shifts(page);
    expect(s.total, s.moved.join('\n')).toBeLessThan(0.02);
    await page.context().close();
  });

  it('the public map page draws its first screen (on a phone the list of the map’s area) without moving the footer', async () => {
    const page = await shiftingPage(viewport);
    await page.goto(`${platform.url}/soignies/carte/`);
    await page.locator('[data-testid="map-page"][data-ready]').waitFor({ state: 'attached', ...WAIT });
    const s = await shifts(page);
    expect(s.total, s.moved.join('\n')).toBeLessThan(0.02);
    await page.context().close();
  });

  it('the staff sign-in screen, then the staff app opened with a session, draw without moving the footer', async () => {
    const page = await shiftingPage(viewport);
    await page.goto(`${platform.url}/soignies/agents/`);
    await page.getByTestId('signin-form').waitFor(WAIT);
    const before = await shifts(page);
    expect(before.total, before.moved.join('\n')).toBeLessThan(0.02);

    // Signed in (the session is kept in the tab), the app is opened again: a new load, shifts counted afresh.
    await signIn(page, AGENT);
    await page.getByTestId('staff-name').waitFor(WAIT);
    await page.reload();
    await page.getByTestId('inbox').waitFor(WAIT);
    const after = await shifts(page);
    expect(after.total, after.moved.join('\n')).toBeLessThan(0.02);
    await page.context().close();
  });
});
