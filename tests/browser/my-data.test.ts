/**
 * "Mes données" in Chromium: from the tracking page's link, with the tracking code and the e-mail address given,
 * a person downloads a copy of their data, and erases it after a plain confirmation (nothing is erased before).
 * A wrong address gets the same "not found" as any unknown code. WCAG 2.1 AA by axe-core.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { WAIT, call, newPage, platform, token, useBrowserSession, violations } from './browser-session.js';

useBrowserSession();

const status = async (path: string, body: unknown) =>
  (await fetch(`${platform.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }))
    .status;

describe('the "Mes données" page', () => {
  it('gives a copy of my report’s data, then erases it once I confirm', async () => {
    const email = `lea-${crypto.randomUUID()}@example.org`;
    const { code } = await call<{ code: string }>('POST', '/api/soignies/reports', {
      category: 'voirie',
      location: { lat: 50.5794, lng: 4.0714 },
      description: 'Trottoir défoncé devant chez moi',
      answers: { taille: 'moyen' },
      email,
      name: 'Léa Lambert',
    });

    const page = await newPage();
    await page.goto(`${platform.url}/soignies/suivi/${code}/`);
    await page.getByRole('link', { name: 'Mes données' }).first().click();
    await page.getByRole('heading', { name: 'Mes données' }).waitFor(WAIT);
    expect(await violations(page)).toEqual([]);

    await page.getByLabel('Code de suivi').fill(code);
    await page.getByLabel('Votre adresse e-mail').fill('quelquun@example.org');
    await page.getByTestId('my-data-copy').click();
    await page.getByTestId('my-data-problem').waitFor(WAIT);
    expect(await page.getByTestId('my-data-problem').textContent()).toContain('Aucune demande ne porte ce code avec cette adresse e-mail');

    await page.getByLabel('Votre adresse e-mail').fill(email);
    await page.getByTestId('my-data-copy').click();
    await page.getByTestId('my-data-copy-result').waitFor(WAIT);
    expect(await page.getByTestId('my-data-copy-result').textContent()).toContain('Léa Lambert');
    const link = page.getByTestId('my-data-download');
    expect(await link.getAttribute('download')).toBe(`mes-donnees-${code}.json`);
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), link.click()]);
    expect(download.suggestedFilename()).toBe(`mes-donnees-${code}.json`);
    const copy = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(copy).toMatchObject({ kind: 'report', code, personal: { email, name: 'Léa Lambert' } });
    expect(await violations(page)).toEqual([]);

    // Erasure asks first; saying no erases nothing.
    await page.getByTestId('my-data-erase').click();
    await page.getByTestId('my-data-confirm').waitFor(WAIT);
    expect(await page.getByTestId('my-data-confirm').textContent()).toContain('Cela ne peut pas être annulé');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Non, garder mes données' }).click();
    expect(await status('/api/soignies/privacy/copy', { code, email })).toBe(200);

    await page.getByTestId('my-data-erase').click();
    await page.getByTestId('my-data-erase-confirm').click();
    await page.getByTestId('my-data-erased').waitFor(WAIT);
    expect(await page.getByTestId('my-data-erased').textContent()).toMatch(/Vos données ont été effacées le \d/);
    expect(await status('/api/soignies/privacy/copy', { code, email })).toBe(404);

    // The staff see that it was erased on request; the public page still tells the report's story.
    const staff = await call('GET', `/api/soignies/staff/reports/${code}`, undefined, await token());
    expect(staff.personalDataErased.onRequest).toBe(true);
    await page.goto(`${platform.url}/soignies/suivi/${code}/`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), WAIT).toBeTruthy();
    expect(await page.content()).not.toContain(email);
    await page.context().close();
  });

  it('speaks Dutch, and says the commune’s retention period', async () => {
    const page = await newPage();
    await page.goto(`${platform.url}/soignies/mes-donnees/`);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), WAIT).toBe('Mijn gegevens');
    expect(await page.locator('main').textContent()).toContain('12 maanden');
    await page.context().close();
  });
});
