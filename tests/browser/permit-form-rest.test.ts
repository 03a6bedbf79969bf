/**
 * The permit form's first load is its frame and first step; the rest (later steps, checks with zod and the
 * schemas, done screen, citizen's session: web/src/components/permits/request-form-rest.ts) is fetched once the
 * person uses the form. In Chromium: nothing of it is fetched before, the checks still answer the first
 * « Suivant », and a citizen signed in to « Mon espace » finds the form filled in with the account's address
 * and the request filed in the account.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { WAIT, newPage, platform, useBrowserSession } from './browser-session.js';
import { signInWithCode } from './support/citizen-code.js';
import { nextStep as next } from './support/permit-form.js';

useBrowserSession();

/** The script files this page fetched whose name starts with `chunk` (Vite names a dynamic import's chunk after its module). */
const fetched = (page: Page, chunk: string) =>
  page.evaluate(
    (name) =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name.split('/').pop() ?? '')
        .filter((f) => f.startsWith(`${name}.`) && f.endsWith('.js')).length,
    chunk,
  );

describe('the permit form’s first load', () => {
  it('fetches the rest of the form once it is used; a signed-in citizen’s request is filled in and joins « Mon espace »', async () => {
    const email = `lea-${crypto.randomUUID().slice(0, 8)}@example.org`;
    const page = await newPage();
    await signInWithCode(page, email);

    await page.goto(`${platform.url}/soignies/demandes/occupation/`);
    await page.locator('[data-testid="permit-form"][data-ready="true"]').waitFor(WAIT);
    expect(await fetched(page, 'request-form-rest')).toBe(0);

    // The first « Suivant » (its press starts the fetch) is answered by the checks, as before.
    await page.getByRole('button', { name: 'Suivant' }).click();
    await expect.poll(() => page.getByTestId('error-summary').textContent(), WAIT).toContain('Choisissez le type d’occupation.');
    expect(await fetched(page, 'request-form-rest')).toBe(1);

    await page.getByLabel(/^Conteneur/).check();
    await next(page);
    await page.getByLabel(/Adresse ou nom du lieu/).fill('Rue de la Station 3, Soignies');
    await page.getByRole('button', { name: 'Ouvrir la carte' }).click();
    await page.getByTestId('permit-map').locator('canvas').waitFor(WAIT);
    await page.getByRole('button', { name: 'Placer le point au centre de la carte' }).click();
    await expect.poll(() => page.getByTestId('permit-map-status').textContent(), WAIT).toBe('Point placé.');
    await page.getByLabel(/Longueur occupée/).fill('5');
    await next(page);
    const earliest = (await page.getByTestId('permit-earliest').getAttribute('data-date'))!;
    await page.getByLabel('Premier jour').fill(earliest);
    await next(page);
    await next(page); // documents: none needed for a skip
    // The account's address, filled in once the session came with the rest of the form.
    expect(await page.getByLabel(/Adresse e-mail/).inputValue()).toBe(email);
    await page.getByLabel(/Nom et prénom/).fill('Léa Conteneur');
    await next(page);
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    await page.getByTestId('permit-done').waitFor(WAIT);
    const code = ((await page.getByTestId('permit-code').textContent()) ?? '').trim();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // Still one fetch of the rest for the whole form.
    expect(await fetched(page, 'request-form-rest')).toBe(1);

    // Filed signed in: the request is in the account.
    await page.goto(`${platform.url}/soignies/mon-espace/`);
    await page.locator(`[data-testid="space-request"][data-code="${code}"]`).waitFor(WAIT);
    await page.context().close();
  });
});
