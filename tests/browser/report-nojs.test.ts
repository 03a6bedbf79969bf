/**
 * The report page without JavaScript (docs/report-form.md), in Chromium with scripts off, against the whole local
 * platform: the page is a form a citizen fills in and sends; the browser lands on the report's tracking page, which
 * says it was received and to confirm the address; the report holds what was typed; sending the form again from the
 * history files nothing more. An incomplete form is answered by a French page naming the fields (axe-core finds
 * nothing on it), and Back brings the form back as it was typed. With scripts on, the form's island comes with the
 * first use of the form only; what was chosen and typed before it came is kept, and a send made meanwhile is its own.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { PHONE, WAIT, browser, call, newPage, platform, useBrowserSession, violations } from './browser-session.js';

useBrowserSession();

const TRACKING = /\/soignies\/suivi\/([0-9A-Z]{4}-[0-9A-Z]{4})\/#(recu|recu-courriel)$/;

/** A page in a context with scripts off, as a browser without JavaScript. */
async function withoutScripts(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-BE', viewport: PHONE });
  return { context, page: await context.newPage() };
}

async function fillPothole(page: Page, description: string): Promise<void> {
  await page.getByLabel('Catégorie').selectOption({ label: 'Nid-de-poule ou route abîmée' });
  await page.getByLabel('Comme une roue de vélo').check();
  await page.getByLabel(/Adresse ou lieu/).fill('Rue de la Station 40, Soignies');
  await page.getByLabel('Description').fill(description);
}

describe('the report page without JavaScript', () => {
  it('files a report end to end: the form, then the tracking page saying « received, confirm your address »', async () => {
    const { context, page } = await withoutScripts();
    await page.goto(`${platform.url}/soignies/signaler/`);
    // (Playwright's text locators do not look into <noscript>: its CSS locators do.)
    const note = page.locator('noscript .notice');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe(
      'Sans JavaScript, la carte et les photos ne sont pas disponibles : écrivez l’adresse ou le lieu du problème.',
    );
    // What needs a script is not offered.
    expect(await page.getByRole('button', { name: 'Ouvrir la carte' }).count()).toBe(0);
    expect(await page.getByLabel('Photos (3 au plus)').isVisible()).toBe(false);

    const description = `Un trou profond devant le numéro 40, sans script ${Date.now()}`;
    await fillPothole(page, description);
    await page.getByLabel('Adresse e-mail').fill(`sans-script-${Date.now()}@example.org`);
    await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await page.waitForURL(TRACKING, WAIT);
    const [, code, fragment] = TRACKING.exec(page.url())!;
    expect(fragment).toBe('recu-courriel');
    const said = page.locator('#recu-courriel');
    expect(await said.getByRole('heading', { level: 1 }).textContent()).toBe('Merci ! Votre signalement est enregistré.');
    expect(await said.isVisible()).toBe(true);
    expect(await said.textContent()).toContain('Confirmez votre adresse e-mail : nous vous avons envoyé un lien.');
    expect(await said.textContent()).toContain('Votre code de suivi est la fin de l’adresse de cette page');
    // The other fragment's word is not the target: not shown.
    expect(await page.locator('#recu').isVisible()).toBe(false);

    const report = await call(`GET`, `/api/soignies/reports/${code}`);
    expect(report).toMatchObject({ code, category: 'voirie', description, address: 'Rue de la Station 40, Soignies', state: 'new' });

    // The form sent again from the history (Back, then « Envoyer »): the same report, not a second one.
    await page.goBack();
    await page.getByRole('button', { name: 'Envoyer le signalement' }).waitFor(WAIT);
    expect(await page.getByLabel('Description').inputValue()).toBe(description);
    expect(await page.getByLabel(/Adresse ou lieu/).inputValue()).toBe('Rue de la Station 40, Soignies');
    await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await page.waitForURL(TRACKING, WAIT);
    expect(TRACKING.exec(page.url())![1]).toBe(code);
    await context.close();
  });

  it('answers an incomplete form with an accessible French page naming the fields; Back keeps what was typed', async () => {
    const { context, page } = await withoutScripts();
    await page.goto(`${platform.url}/soignies/signaler/`);
    await page.getByLabel('Description').fill('Court');
    await page.getByLabel('Adresse e-mail').fill('pas-une-adresse');
    await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Il y a un problème' });
    await heading.waitFor(WAIT);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await page.title()).toBe('Il y a un problème — Signaler un problème — Soignies');
    const items = (await page.getByRole('listitem').allTextContents()).map((t) => t.trim());
    expect(items).toEqual([
      'Catégorie : Choisissez une catégorie.',
      'Description : Décrivez le problème en 10 caractères au moins.',
      'Adresse e-mail : Écrivez une adresse e-mail valide, par exemple nom@exemple.be, ou laissez le champ vide.',
      'Adresse ou lieu (par exemple : rue de la Station 12) : Placez le repère sur la carte ou écrivez une adresse.',
    ]);
    const back = page.getByRole('link', { name: 'Revenir au formulaire' });
    expect((await back.boundingBox())!.height).toBeGreaterThanOrEqual(44);

    await page.goBack();
    await page.getByLabel('Description').waitFor(WAIT);
    expect(await page.getByLabel('Description').inputValue()).toBe('Court');
    expect(await page.getByLabel('Adresse e-mail').inputValue()).toBe('pas-une-adresse');
    await context.close();

    // axe-core runs in the page: the same post, answered in a page with scripts on (the refusal's page has none itself).
    const checked = await newPage();
    await checked.route(`${platform.url}/api/soignies/reports/form`, (route) =>
      route.continue({
        method: 'POST',
        postData: 'description=Court&email=pas-une-adresse',
        headers: { ...route.request().headers(), 'content-type': 'application/x-www-form-urlencoded' },
      }),
    );
    expect((await checked.goto(`${platform.url}/api/soignies/reports/form`))!.status()).toBe(422);
    await checked.getByRole('heading', { level: 1, name: 'Il y a un problème' }).waitFor(WAIT);
    expect(await violations(checked)).toEqual([]);
    await checked.context().close();
  });
});

describe('the report page with JavaScript', () => {
  it('loads the form’s island with the first use only, keeps what was done before it came, and sends a send made meanwhile itself', async () => {
    const page = await newPage();
    let requested = false;
    let release: (route: Route) => void = () => {};
    const held = new Promise<Route>((resolve) => {
      release = resolve;
    });
    await page.route(/\/_assets\/ReportForm\.[^/]+\.js$/, (route) => {
      requested = true;
      release(route);
    });
    await page.goto(`${platform.url}/soignies/signaler/`);
    await page.waitForLoadState('networkidle');
    expect(requested).toBe(false);

    // Chosen, typed and sent while the island is on its way (held here).
    const description = `Un trou profond devant le numéro 40, avant le script ${Date.now()}`;
    await fillPothole(page, description);
    await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
    expect(requested).toBe(true);
    await (await held).continue();

    // The island is live: the chosen category's questions only, the answer kept, and the send made by it (no navigation).
    const done = page.getByTestId('report-done');
    await done.waitFor({ timeout: 15_000 });
    expect(page.url()).toBe(`${platform.url}/soignies/signaler/`);
    const code = (await page.getByTestId('tracking-code').textContent())!.trim();
    const report = await call('GET', `/api/soignies/reports/${code}`);
    expect(report).toMatchObject({ category: 'voirie', description, address: 'Rue de la Station 40, Soignies' });
    await page.context().close();
  });

  it('speaks another language at once: choosing one before using the form brings the island, in that language', async () => {
    const page = await newPage();
    await page.goto(`${platform.url}/soignies/signaler/`);
    await page.locator('[data-lang-choice="nl"]').click();
    await page.getByRole('button', { name: 'Melding versturen' }).waitFor(WAIT);
    expect(await page.locator('astro-island:not([ssr])', { has: page.getByTestId('report-form') }).count()).toBe(1);
    await page.context().close();
  });

  it('the tracking page a form filing lands on says it was received, and to confirm the address', async () => {
    const { code } = await call<{ code: string }>('POST', '/api/soignies/reports', {
      category: 'graffiti',
      address: 'Rue de la Station 40, Soignies',
      description: 'Un grand tag sur la façade de la gare',
      email: `atterrissage-${Date.now()}@example.org`,
    });
    const page = await newPage();
    await page.goto(`${platform.url}/soignies/suivi/${code}/#recu-courriel`);
    const notice = page.getByTestId('filed-notice');
    await notice.waitFor(WAIT);
    expect(await notice.textContent()).toContain('Confirmez votre adresse e-mail');
    // Said once: the address no longer carries it.
    expect(page.url()).toBe(`${platform.url}/soignies/suivi/${code}/`);
    await page.context().close();
  });
});
