/**
 * The site's Content-Security-Policy in Chromium, as the local server sends it (from the one definition in
 * shared/src/security-headers.ts and the build's inline hashes): every citizen page and the staff app run without
 * a single violation, through a whole report (map, photo posted to the uploads bucket, read back from it) and a few
 * staff views. A violation is caught by the page's `securitypolicyviolation` events and by console errors.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESK, WAIT, newPage, platform, signIn, useBrowserSession } from './browser-session.js';
import { samplePng } from './chromium.js';

useBrowserSession();

/** Every violation the page reports, as "directive blocked-uri (page)". */
const seen: string[] = [];
const pages: Page[] = [];

async function watchedPage(viewport = DESK): Promise<Page> {
  const page = await newPage(viewport);
  pages.push(page);
  await page.exposeFunction('__tandemCspViolation', (line: string) => seen.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __tandemCspViolation(line: string): void }).__tandemCspViolation;
      report(`${e.effectiveDirective} ${e.blockedURI || '(inline)'} ${e.sample ? `“${e.sample}” ` : ''}on ${location.pathname}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) seen.push(`console: ${m.text()}`);
  });
  return page;
}

/** Opens a page of the site and checks that the local server sent the strict policy with it. */
async function open(page: Page, path: string): Promise<void> {
  const res = (await page.goto(`${platform.url}${path}`))!;
  const csp = res.headers()['content-security-policy'] ?? '';
  expect(csp, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(res.headers()['x-content-type-options'], path).toBe('nosniff');
  // Islands hydrate through Astro's inline loader: wait until every island of the page is live (but those that come
  // with the first use of them, client:interaction: the report form's, whose first click below brings it).
  await expect.poll(() => page.locator('astro-island[ssr]:not([client="interaction"])').count(), WAIT).toBe(0);
}

afterEach(async () => {
  seen.length = 0;
  for (const p of pages.splice(0)) await p.context().close();
});

describe('Content-Security-Policy', () => {
  it('no citizen page breaks it, whatever it loads: islands, the map and its worker, photos to and from the bucket', async () => {
    const page = await watchedPage();
    for (const path of [
      '/',
      '/soignies/',
      '/braine-le-comte/',
      '/soignies/demandes/',
      '/soignies/demandes/evenement/',
      '/soignies/demandes/occupation/',
      '/soignies/demandes/suivi/ABCD-2345/',
      `/soignies/confirmer/#jeton=${'A'.repeat(43)}`,
      '/soignies/carte/integrer/',
      '/page-qui-n-existe-pas/',
    ])
      await open(page, path);

    await open(page, '/soignies/carte/');
    await expect.poll(() => page.getByTestId('map-canvas').getAttribute('data-state'), WAIT).toBe('ready');

    // A whole report: the map (maplibre and its worker), a photo previewed (blob:) and posted to the bucket.
    await open(page, '/soignies/signaler/');
    await page.getByRole('button', { name: 'Ouvrir la carte' }).click();
    const map = page.getByTestId('report-map');
    await map.locator('canvas').waitFor(WAIT);
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.getByTestId('place-status').textContent(), WAIT).toContain('Repère placé');
    await page.getByLabel('Catégorie').selectOption({ label: 'Nid-de-poule ou route abîmée' });
    await page.getByLabel('Comme une roue de vélo').check();
    await page.getByLabel('Description').fill('Un trou profond au milieu de la chaussée, près de l’école.');
    await page.getByLabel('Photos (3 au plus)').setInputFiles({ name: 'trou.png', mimeType: 'image/png', buffer: samplePng() });
    await expect.poll(() => page.getByTestId('photo-thumb').first().getAttribute('data-status'), WAIT).toBe('done');
    await page.getByLabel('Adresse e-mail').fill(`csp-${Date.now()}@example.org`);
    await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await page.getByTestId('report-done').waitFor(WAIT);
    await page.getByRole('img', { name: 'Code QR vers la page de suivi' }).locator('svg').waitFor(WAIT);

    // The tracking page shows the photo, read from the bucket through a presigned URL.
    await page.getByRole('link', { name: 'Suivre mon signalement' }).click();
    await page.getByTestId('tracking').waitFor(WAIT);
    const img = page.getByTestId('tracking').locator('img').first();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth), WAIT).toBeGreaterThan(0);

    expect(seen).toEqual([]);
  });

  it('the staff app breaks it nowhere: sign-in, inbox, a report, the map items and their drawing map, the permits', async () => {
    const page = await watchedPage();
    await open(page, '/soignies/agents/');
    await signIn(page, 'agent@soignies.example');
    await page.getByTestId('inbox').waitFor(WAIT);
    // The report filed by the citizen test (same platform for the whole file), with its photo read from the bucket.
    await page.getByTestId('inbox').getByRole('link').first().click();
    await page.getByTestId('staff-report').waitFor(WAIT);
    await page.getByTestId('staff-nav-map').click();
    await page.getByTestId('map-items').waitFor(WAIT);
    // The session stays in the tab: the next views open signed in.
    await open(page, '/soignies/agents/carte/nouveau/');
    await page.getByRole('button', { name: 'Ouvrir la carte' }).click();
    await page.getByTestId('permit-map').locator('canvas').waitFor(WAIT);
    await expect.poll(() => page.getByTestId('permit-map').getAttribute('aria-busy'), WAIT).toBe('false');
    await open(page, '/soignies/agents/autorisations/');
    await page.waitForLoadState('networkidle');
    expect(seen).toEqual([]);
  });

  it('catches a violation: an inline script the build did not hash is refused and reported', async () => {
    const page = await watchedPage();
    await open(page, '/soignies/');
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true;';
      document.body.append(s);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    // Reported both ways the test listens: the page's event and Chromium's console error.
    await expect.poll(() => seen.some((l) => /^script-src(-elem)? inline/.test(l)), WAIT).toBe(true);
    await expect.poll(() => seen.some((l) => l.startsWith('console: ')), WAIT).toBe(true);
  });
});
