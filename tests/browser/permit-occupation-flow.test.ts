/**
 * A public-domain occupation on the staff side, in a real browser: a citizen's removal van request (filed
 * through the API here; the form itself is driven in permit-request.test.ts) is taken in hand by the
 * public works agent, approved straight away (no department reviews a removal van in Soignies) and
 * issued; the "no parking" poster reads right and its QR leads to the live tracking page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, brusselsDate, earliestStart, type CommuneConfig } from '@tandem/shared';
import { DESK, WAIT, browser, platform, signedIn, useBrowserSession } from './browser-session.js';
import { decodeQr, documentText, openPdf } from '../../functions/src/permits/documents/documents.test-support.js';

let code = '';

useBrowserSession();
beforeAll(async () => {
  const soignies = platform.communes.find((c) => c.id === 'soignies') as CommuneConfig;
  const start = addDays(earliestStart(soignies.permits!, 'occupation', { use: 'removal_van' }, brusselsDate(Date.now())), 1);
  const res = await fetch(`${platform.url}/api/soignies/permits`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      kind: 'occupation',
      requester: { name: 'Hugo Lenoir', email: `hugo-${Date.now()}@example.org` },
      details: {
        use: 'removal_van',
        lengthMetres: 15,
        period: { start, end: start, startTime: '07:00', endTime: '18:00' },
        place: { label: 'Rue de Mons 41, 7060 Soignies', geometry: { type: 'Point', coordinates: [4.0668, 50.5741] } },
      },
    }),
  });
  expect(res.status).toBe(201);
  code = ((await res.json()) as { code: string }).code;
});

const stateOf = (page: Page) => page.getByTestId('permit-state').getAttribute('data-state');

describe('a removal van on the street', () => {
  it('the public works agent takes it in hand, approves and issues it; the poster bans parking there, with a QR to the tracking page', async () => {
    const page = await signedIn('agent@soignies.example', '/soignies/agents/', DESK);
    await page.getByTestId('staff-nav-permits').click();
    const row = page.locator(`[data-testid="permit-row"][data-code="${code}"]`);
    await row.waitFor(WAIT);
    await row.locator('a').first().click();

    await page.getByRole('button', { name: 'Prendre en charge' }).click();
    await expect.poll(() => stateOf(page), WAIT).toBe('under_review');
    // No reviewer for a removal van: the decision is offered at once.
    await page.getByTestId('decision-approved').check();
    await page.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await expect.poll(() => stateOf(page), WAIT).toBe('approved');
    await page.getByRole('button', { name: 'Délivrer l’autorisation' }).click();
    await expect.poll(() => stateOf(page), WAIT).toBe('issued');

    const href = await page.getByTestId('permit-document-poster').locator('xpath=descendant-or-self::a').first().getAttribute('href');
    const res = await fetch(new URL(href!, platform.url));
    const poster = await openPdf(new Uint8Array(await res.arrayBuffer()));
    const text = (await documentText(poster)).replace(/\s+/g, ' ');
    expect(text).toContain('INTERDICTION DE STATIONNEMENT');
    expect(text).toContain('Rue de Mons 41, 7060 Soignies');
    expect(text).toMatch(/de 7 h à 18 h/);
    expect(text).not.toContain('Hugo Lenoir');
    expect(await decodeQr(poster)).toBe(`${platform.url}/soignies/demandes/suivi/${code}/`);

    // Where the QR leads: the public page, in the visitor's language (the use is named, not the French title).
    await page.goto(`${platform.url}/soignies/demandes/suivi/${code}/`);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect
      .poll(() => page.getByTestId('permit-title').textContent(), WAIT)
      .toBe('Parkeren van een verhuiswagen — Rue de Mons 41, 7060 Soignies');
    expect(await page.getByTestId('permit-state').textContent()).toContain('Vergunning afgeleverd');
    await page.context().close();
  });

  it('speaks the agent’s language on every staff screen, whichever screen loaded its messages last', async () => {
    const ctx = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } });
    await ctx.addInitScript(() => localStorage.setItem('tandem.locale', 'nl'));
    const page = await ctx.newPage();
    await page.goto(`${platform.url}/soignies/agents/`);
    await page.getByLabel('E-mailadres').fill('agent@soignies.example');
    await page.getByLabel('Wachtwoord').fill(platform.demoPassword);
    await page.locator('form button[type="submit"]').click();
    // The map screen loads its messages last; the permits and core texts must stay Dutch.
    await page.getByTestId('staff-nav-map').click();
    await expect.poll(() => page.getByTestId('staff-nav').textContent(), WAIT).toContain('Vergunningen');
    await page.getByTestId('staff-nav-permits').click();
    await page.getByTestId('permits-inbox').waitFor(WAIT);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Filters');
    expect(text).not.toContain('Autorisations');
    await ctx.close();
  });
});
