/**
 * The back office uses the screen: at 390, 1366 and 1920 px the staff frame (navigation beside the screen on a wide
 * window, above it on a phone), the inbox and a report whose category asks long questions neither scroll sideways
 * nor draw text under another box, and their boxes (measured) do not overlap. The inbox's bulk action changes the
 * reports ticked and says which one failed (changed meanwhile: 409); the search box finds a report by its code and
 * by words; a worker refused a report is told they may not open it (not « Pas de connexion »); axe finds nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { WAIT, call, newPage, platform, signIn, token, useBrowserSession, violations } from './browser-session.js';
import { layoutProblems } from './layout-check.js';

useBrowserSession();

const AGENT = 'agent@soignies.example';
type Box = { left: number; right: number; top: number; bottom: number };

async function report(over: Record<string, unknown> = {}): Promise<{ code: string }> {
  return call('POST', '/api/soignies/reports', {
    category: 'voirie',
    location: { lat: 50.5794 + Math.random() * 0.001, lng: 4.0714 + Math.random() * 0.001 },
    description: 'Un nid-de-poule devant le n° 4',
    answers: { taille: 'moyen' },
    ...over,
  });
}

/** A lamp post report: a long typed answer (one unbroken word too), a long description, no address. */
const lampPost = () =>
  report({
    category: 'eclairage',
    description: `Le lampadaire clignote toute la nuit depuis une semaine. ${'Très-long-mot-sans-espace-'.repeat(8)}fin. ${'Encore du texte. '.repeat(20)}`,
    answers: { numero_poteau: `${'PoteauNuméro'.repeat(12)} ${'avec des mots assez longs pour tenir plusieurs lignes '.repeat(5)}` },
  });

const box = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el): Box => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    });
const apart = (a: Box, b: Box) => a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
const settled = (page: Page) =>
  page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));

describe('the back office at 390, 1366 and 1920 px', () => {
  it.each([390, 1366, 1920])(
    'at %i px: the frame, the inbox and a report with long answers fit the window and overlap nothing',
    async (width) => {
      const { code } = await lampPost();
      const page = await newPage({ width, height: width < 800 ? 844 : 900 });
      await signIn(page, AGENT);
      await page.getByTestId('inbox').waitFor(WAIT);
      await settled(page);
      expect(await layoutProblems(page)).toEqual([]);

      const nav = await box(page, '[data-testid="staff-nav"]');
      const content = await box(page, '#staff-content');
      expect(apart(nav, content)).toBe(true);
      if (width >= 1366) {
        // Beside the screen, the screen using the window's width (not a 60rem column).
        expect(nav.right).toBeLessThanOrEqual(content.left);
        expect(content.right - nav.left).toBeGreaterThan(width * 0.8);
      } else {
        expect(nav.bottom).toBeLessThanOrEqual(content.top);
      }
      // The section is marked current.
      expect(await page.getByTestId('staff-nav-reports').getAttribute('aria-current')).toBe('page');
      if (width >= 1920) {
        // The map beside the list.
        await page.getByTestId('inbox-map').locator('canvas').waitFor(WAIT);
        expect(apart(await box(page, '[data-testid="inbox"]'), await box(page, '[data-testid="inbox-map"]'))).toBe(true);
      } else expect(await page.getByTestId('inbox-map').count()).toBe(0);

      await page.goto(`${platform.url}/soignies/agents/signalements/${code}/`);
      await page.getByTestId('planning-form').waitFor(WAIT);
      await settled(page);
      expect(await layoutProblems(page)).toEqual([]);
      // The facts and the actions panel side by side on a wide window, one above the other on a phone: never on each other.
      const facts = await box(page, 'dl.facts');
      const actions = await box(page, '[data-testid="planning-form"]');
      expect(apart(facts, actions)).toBe(true);
      const answers = await page.locator('dl.facts dd').evaluateAll((dds) =>
        dds.map((d) => {
          const r = d.getBoundingClientRect();
          return { right: r.right, scroll: d.scrollWidth - d.clientWidth };
        }),
      );
      for (const a of answers) {
        expect(a.right).toBeLessThanOrEqual(facts.right + 0.5);
        expect(a.scroll).toBeLessThanOrEqual(0);
      }
      await page.context().close();
    },
  );
});

describe('the inbox', () => {
  it('the place column gives the address, else the point in words, never the description', async () => {
    const withAddress = await report({ address: 'Rue de la Station 7, Soignies', description: 'Trou profond sous le pont' });
    const withoutAddress = await report({ description: 'Trou profond sous le pont' });
    const page = await newPage({ width: 1366, height: 900 });
    await signIn(page, AGENT);
    await page.getByTestId('inbox').waitFor(WAIT);
    const place = (code: string) => page.locator(`tr[data-code="${code}"]`).getByTestId('report-place').textContent();
    expect(await place(withAddress.code)).toBe('Rue de la Station 7, Soignies');
    expect(await place(withoutAddress.code)).toMatch(/^près de \d+,\d{4} N \d+,\d{4} E$/);
    await page.context().close();
  });

  it('a bulk action changes the reports ticked, one by one, and names the one changed meanwhile', async () => {
    const a = await report();
    const b = await report();
    const c = await report();
    const page = await newPage({ width: 1366, height: 900 });
    await signIn(page, AGENT);
    await page.getByTestId('inbox').waitFor(WAIT);
    for (const r of [a, b, c]) await page.locator(`tr[data-code="${r.code}"]`).getByTestId('inbox-select').check();
    // Someone else moves c meanwhile: its version is no longer the one listed.
    await call('POST', `/api/soignies/staff/reports/${c.code}/transitions`, { to: 'acknowledged', version: 1 }, await token(AGENT));

    const bar = page.getByTestId('bulk-actions');
    expect(await bar.locator('legend').textContent()).toContain('3 signalement(s)');
    await bar.getByLabel('Priorité').selectOption('high');
    await bar.getByLabel('État').selectOption('planned');
    await page.getByTestId('bulk-apply').click();
    await page.getByTestId('bulk-failures').waitFor(WAIT);
    expect(await page.getByTestId('bulk-outcome').textContent()).toContain('2 signalement(s) modifié(s)');
    const failures = await page.getByTestId('bulk-failures').textContent();
    expect(failures).toContain(c.code);
    expect(failures).not.toContain(a.code);

    const auth = await token(AGENT);
    for (const r of [a, b]) {
      const now = await fetch(`${platform.url}/api/soignies/staff/reports/${r.code}`, { headers: auth }).then((x) => x.json());
      expect(now).toMatchObject({ priority: 'high', state: 'planned' });
    }
    const untouched = await fetch(`${platform.url}/api/soignies/staff/reports/${c.code}`, { headers: auth }).then((x) => x.json());
    expect(untouched).toMatchObject({ state: 'acknowledged', version: 2 });
    expect(untouched.priority).toBeUndefined();
    // The failed one stays ticked, for another try.
    expect(await page.locator(`tr[data-code="${c.code}"]`).getByTestId('inbox-select').isChecked()).toBe(true);
    await expect.poll(() => page.locator(`tr[data-code="${a.code}"] [data-priority]`).getAttribute('data-priority'), WAIT).toBe('high');
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('search, refusals and accessibility', () => {
  it('finds a report by its code and by words from the box in the frame; axe finds nothing', async () => {
    const word = `lanterne${Math.random().toString(36).slice(2, 7)}`;
    const { code } = await report({ description: `Une ${word} tombée sur le trottoir` });
    const page = await newPage({ width: 1366, height: 900 });
    await signIn(page, AGENT);
    await page.getByTestId('inbox').waitFor(WAIT);
    const search = async (q: string) => {
      await page.getByRole('searchbox', { name: 'Rechercher' }).fill(q);
      await page.getByRole('button', { name: 'Rechercher' }).click();
      // This search's page (its heading names it), past its « Chargement… » status: the answer's own status.
      const results = page.getByTestId('search-results');
      await results.getByRole('heading', { level: 1, name: `Recherche : « ${q} »` }).waitFor(WAIT);
      await results.getByRole('status').filter({ hasNotText: 'Chargement…' }).waitFor(WAIT);
    };
    await search(code.toLowerCase());
    expect(await page.getByTestId('search-reports').getByRole('link').allTextContents()).toEqual([code]);
    await search(word);
    expect(await page.getByTestId('search-reports').getByRole('link').allTextContents()).toEqual([code]);
    expect(await violations(page)).toEqual([]);
    await page.getByTestId('search-reports').getByRole('link', { name: code }).click();
    await page.getByTestId('planning-form').waitFor(WAIT);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('a worker opening another department’s report is told they may not open it, not that the network failed', async () => {
    const { code } = await report({ category: 'arbre', answers: {} });
    const page = await newPage({ width: 390, height: 844 });
    await signIn(page, 'ouvrier@soignies.example', `/soignies/agents/signalements/${code}/`);
    const alert = page.getByRole('alert');
    await alert.waitFor(WAIT);
    const text = await alert.textContent();
    expect(text).toContain('Vous n’avez pas accès');
    expect(text).not.toContain('Pas de connexion');
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});
