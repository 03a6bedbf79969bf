/**
 * Every citizen page, every step of both request forms and every staff view, on a 390 px phone and on
 * 1366 and 1920 px screens, against the whole local platform with the demo data: no page scrolls sideways
 * and no text is drawn under another box (see layout-check.ts). One browser page per width, reused.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page, ViewportSize } from 'playwright-core';
import { demoPdf } from '../../infra/local/seed/demo-permits.js';
import { WAIT, call, newPage, platform, signIn, token, useBrowserSession } from './browser-session.js';
import { layoutProblems } from './layout-check.js';

useBrowserSession({ seed: true });

const WIDTHS = [390, 1366, 1920];
const viewport = (width: number): ViewportSize => ({ width, height: width < 800 ? 844 : 900 });
const AGENT = 'agent@soignies.example';

/** One page per width, signed in to the staff space once (the session lives in the tab). */
const pages = new Map<number, Page>();
async function pageAt(width: number): Promise<Page> {
  let page = pages.get(width);
  if (!page) {
    page = await newPage(viewport(width));
    await signIn(page, AGENT);
    await page.getByTestId('inbox').waitFor(WAIT);
    pages.set(width, page);
  }
  return page;
}
afterAll(async () => {
  for (const page of pages.values()) await page.context().close();
});

/** Opens `path`, waits for `ready` (the page's content, loaded and live) and for the fonts, then checks the layout. */
async function problemsAt(page: Page, path: string, ready: string): Promise<string[]> {
  await page.goto(`${platform.url}${path}`);
  await page.locator(ready).first().waitFor(WAIT);
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
  return (await layoutProblems(page)).map((p) => `${path}: ${p}`);
}

/** Demo items to open: a report whose category asks questions (answered), an event request, a map item. */
const demo = { report: '', permit: '', map: '' };
/** The request forms' autosaved drafts, filled once up to their summary (restored at any step). */
const drafts: Partial<Record<'event' | 'occupation', { key: string; stored: { step: number }; steps: number }>> = {};

async function next(page: Page): Promise<void> {
  const before = await page.getByTestId('permit-form').getAttribute('data-step');
  await page.getByRole('button', { name: 'Suivant' }).click();
  await expect.poll(() => page.getByTestId('permit-form').getAttribute('data-step'), WAIT).not.toBe(before);
}

async function keepDraft(page: Page, kind: 'event' | 'occupation'): Promise<void> {
  const key = `tandem.permit.soignies.draft.${kind}`;
  await expect.poll(() => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').step, key), WAIT).toBeGreaterThan(0);
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), key);
  drafts[kind] = { key, stored, steps: stored.step + 1 };
}

/** Opens the form with its draft restored at `step`. */
async function formStepProblems(page: Page, kind: 'event' | 'occupation', step: number): Promise<string[]> {
  const { key, stored } = drafts[kind]!;
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, JSON.stringify({ ...stored, step })] as const);
  const path = `/soignies/demandes/${kind === 'event' ? 'evenement' : 'occupation'}/`;
  const problems = await problemsAt(page, path, `[data-testid="permit-form"][data-ready="true"]`);
  expect(await page.getByTestId('permit-step-title').textContent()).toMatch(new RegExp(`^Étape ${step + 1} sur`));
  const at = await page.getByTestId('permit-form').getAttribute('data-step');
  return problems.map((p) => p.replace(path, `${path} (step ${step + 1}, ${at})`));
}

describe('layouts at 390, 1366 and 1920 px', () => {
  it('finds the demo items and fills both request forms once', async () => {
    const auth = await token(AGENT);
    for (const code of platform.seeded.soignies ?? []) {
      const r = await call<{ answers: Record<string, unknown> }>('GET', `/api/soignies/staff/reports/${code}`, undefined, auth);
      if (Object.keys(r.answers).length > 1) demo.report = code;
    }
    const permits = await call<{ items: { code: string; kind: string }[] }>('GET', '/api/soignies/staff/permits?view=all', undefined, auth);
    demo.permit = permits.items.find((p) => p.kind === 'event')?.code ?? '';
    const items = await call<{ items: { id: string; source?: unknown }[] }>('GET', '/api/soignies/staff/map/items', undefined, auth);
    demo.map = (items.items.find((i) => !i.source) ?? items.items[0])?.id ?? '';
    expect(demo.report && demo.permit && demo.map).toBeTruthy();

    const page = await newPage(viewport(390));
    await page.goto(`${platform.url}/soignies/demandes/evenement/`);
    await page.locator('[data-testid="permit-form"][data-ready="true"]').waitFor(WAIT);
    await page.getByLabel(/Nom de l’évènement/).fill('Brocante et marché artisanal de la Saint-Jean, quartier de la gare');
    await page.getByLabel('Une association').check();
    await page.getByLabel(/Nom de l’association/).fill('Comité des fêtes et de l’animation culturelle du quartier de la gare');
    await page.getByLabel(/Nombre de personnes attendues/).fill('600');
    await next(page);
    const earliest = (await page.getByTestId('permit-earliest').getAttribute('data-date'))!;
    await page.getByLabel('Premier jour').fill(earliest);
    await page.getByLabel('Heure de début').fill('08:00');
    await page.getByLabel('Dernier jour').fill(earliest);
    await page.getByLabel('Heure de fin').fill('19:00');
    await next(page);
    await page.getByLabel(/Adresse ou nom du lieu/).fill('Place de la gare, rue de la Station et boulevard Roosevelt, 7060 Soignies');
    await page.getByLabel(/Une ligne/).check();
    await page.getByRole('button', { name: 'Ouvrir la carte' }).click();
    const map = page.getByTestId('permit-map');
    await map.locator('canvas').waitFor(WAIT);
    await map.scrollIntoViewIfNeeded();
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2 - 50, box.y + box.height / 2 - 30);
    await page.mouse.click(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40);
    await expect.poll(() => page.getByTestId('permit-map-status').textContent(), WAIT).toBe('Ligne de 2 points tracée.');
    await next(page);
    await page.getByLabel(/Fermeture de rue/).check();
    await page.getByLabel(/Podium ou scène/).check();
    await next(page);
    await page
      .getByTestId('permit-doc-insurance')
      .locator('input[type="file"]')
      .setInputFiles({
        name: 'attestation-assurance-responsabilite-civile-organisateur-2027.pdf',
        mimeType: 'application/pdf',
        buffer: demoPdf('Attestation RC organisateur'),
      });
    await page.getByTestId('permit-doc-item').first().waitFor(WAIT);
    await next(page);
    await page.getByLabel(/Nom et prénom/).fill('Marie-Christine Vandenberghe-Delacroix');
    await page.getByLabel(/Adresse e-mail/).fill('secretariat.comite-des-fetes-quartier-gare@example.org');
    await page.getByLabel(/Téléphone/).fill('+32 470 12 34 56');
    await next(page);
    await keepDraft(page, 'event');

    await page.goto(`${platform.url}/soignies/demandes/occupation/`);
    await page.locator('[data-testid="permit-form"][data-ready="true"]').waitFor(WAIT);
    await page.getByLabel(/^Conteneur/).check();
    await page.getByLabel(/Entreprise qui intervient/).fill('Conteneurs et Transports Hennuyers SPRL');
    await next(page);
    await page.getByLabel(/Adresse ou nom du lieu/).fill('Rue Neuve 12, 7060 Soignies');
    await page.getByRole('button', { name: 'Ouvrir la carte' }).click();
    await page.getByTestId('permit-map').locator('canvas').waitFor(WAIT);
    await page.getByRole('button', { name: /au centre de la carte/ }).click();
    await page.getByLabel(/Longueur occupée/).fill('6');
    await next(page);
    const first = (await page.getByTestId('permit-earliest').getAttribute('data-date'))!;
    await page.getByLabel('Premier jour').fill(first);
    await page.getByLabel('Dernier jour').fill(first);
    await next(page);
    await next(page);
    await page.getByLabel(/Nom et prénom/).fill('Jean-Philippe Vanderstraeten');
    await page.getByLabel(/Adresse e-mail/).fill('jean-philippe.vanderstraeten@example.org');
    await next(page);
    await keepDraft(page, 'occupation');
    await page.context().close();
  });

  for (const width of WIDTHS) {
    it(`citizen pages and every form step at ${width} px`, async () => {
      expect(drafts.event && drafts.occupation).toBeTruthy();
      const page = await pageAt(width);
      const problems = [
        ...(await problemsAt(page, '/soignies/', 'main h1')),
        ...(await problemsAt(page, '/soignies/signaler/', '[data-testid="report-form"]')),
        ...(await problemsAt(page, `/soignies/suivi/${demo.report}/`, '[data-testid="tracking"] [data-testid="report-state"]')),
        ...(await problemsAt(page, '/soignies/demandes/', '[data-testid="permit-choice-event"]')),
        ...(await problemsAt(page, `/soignies/demandes/suivi/${demo.permit}/`, '[data-testid="permit-tracking"]')),
        ...(await problemsAt(page, '/soignies/carte/', '[data-testid="map-list"]')),
        ...(await problemsAt(page, '/soignies/carte/integrer/', '[data-testid="map-list"]')),
        ...(await problemsAt(page, '/soignies/rendez-vous/', '[data-testid="appointments-step"]')),
      ];
      for (const kind of ['event', 'occupation'] as const) {
        for (let step = 0; step < (drafts[kind]?.steps ?? 0); step++) problems.push(...(await formStepProblems(page, kind, step)));
      }
      expect(problems).toEqual([]);
    }, 300_000);

    it(`staff views at ${width} px`, async () => {
      expect(demo.report).not.toBe('');
      const page = await pageAt(width);
      const staff = '/soignies/agents';
      const problems = [
        ...(await problemsAt(page, `${staff}/`, '[data-testid="inbox"] tbody tr')),
        ...(await problemsAt(page, `${staff}/signalements/${demo.report}/`, '[data-testid="staff-report"]')),
        ...(await problemsAt(page, `${staff}/autorisations/`, '[data-testid="permit-row"]')),
        ...(await problemsAt(page, `${staff}/autorisations/${demo.permit}/`, '[data-testid="staff-permit"]')),
        ...(await problemsAt(page, `${staff}/carte/`, '[data-testid="map-item-row"]')),
        ...(await problemsAt(
          page,
          `${staff}/carte/${encodeURIComponent(demo.map)}/`,
          '[data-testid="map-item-page"] form, [data-testid="map-item-readonly"]',
        )),
      ];
      expect(problems).toEqual([]);
    }, 300_000);
  }
});
