/**
 * The citizen side of permits in a real browser, against the whole local platform: an occupation request
 * (a skip) filed through the step-by-step form with its live fee and earliest date, the tracking page
 * (public and with the private key), completing a request the commune sent back, withdrawing it, and
 * axe-core (WCAG 2.1 AA) on every step of the form and on the tracking page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESK, PHONE, WAIT, newPage, platform, useBrowserSession, violations as axe } from './browser-session.js';
import { nextStep as next } from './support/permit-form.js';

useBrowserSession();
/** Spaces inside amounts are non-breaking: compare with plain ones. */
const plain = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Opens a request form once its island is live (a click before hydration would submit the bare HTML form). */
async function openForm(page: Page, path: string): Promise<void> {
  await page.goto(`${platform.url}${path}`);
  await page.locator('[data-testid="permit-form"][data-ready="true"]').waitFor(WAIT);
}

const stepTitle = (page: Page) => page.getByTestId('permit-step-title').textContent();

const plusDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** Fills the occupation form up to its summary: a skip for four days from the earliest possible date. */
async function fillSkipRequest(page: Page, who: { name: string; email: string }): Promise<{ earliest: string }> {
  await page.getByLabel(/^Conteneur/).check();
  await page.getByLabel(/Entreprise qui intervient/).fill('Conteneurs Hennuyers');
  await next(page);
  await page.getByLabel(/Adresse ou nom du lieu/).fill('Rue Neuve 12, Soignies');
  await page.getByRole('button', { name: 'Ouvrir la carte' }).click();
  await page.getByTestId('permit-map').locator('canvas').waitFor(WAIT);
  await page.getByRole('button', { name: 'Placer le point au centre de la carte' }).click();
  await expect.poll(() => page.getByTestId('permit-map-status').textContent(), WAIT).toBe('Point placé.');
  await page.getByLabel(/Longueur occupée/).fill('6');
  await next(page);
  const earliest = (await page.getByTestId('permit-earliest').getAttribute('data-date'))!;
  await page.getByLabel('Premier jour').fill(earliest);
  await page.getByLabel('Dernier jour').fill(plusDays(earliest, 3));
  await next(page);
  await next(page); // documents: none needed for a skip
  await page.getByLabel(/Nom et prénom/).fill(who.name);
  await page.getByLabel(/Adresse e-mail/).fill(who.email);
  await next(page);
  expect(await stepTitle(page)).toContain('Vérifier et envoyer');
  return { earliest };
}

async function staffToken(email: string): Promise<string> {
  const res = await fetch(`${platform.url}/api/soignies/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: email, password: platform.demoPassword }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { idToken: string }).idToken;
}

describe('citizen permit request', () => {
  const requester = { name: 'Jeanne Déménage', email: `jeanne-${Date.now()}@example.org` };
  let code = '';
  let privateHref = '';

  it('files an occupation request (a skip) step by step, with the live fee and earliest date, and gets a tracking code', async () => {
    const page = await newPage();
    await openForm(page, '/soignies/demandes/occupation/');
    expect(await stepTitle(page)).toMatch(/^Étape 1 sur 6\s*:?\s*Type d’occupation$/);

    // A step is checked before moving on: nothing chosen → error summary, focused, linking to the field.
    await page.getByRole('button', { name: 'Suivant' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor(WAIT);
    expect(await summary.textContent()).toContain('Choisissez le type d’occupation.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), WAIT).toBe('error-summary');
    expect(await page.getByTestId('permit-form').getAttribute('data-step')).toBe('use');

    await page.getByLabel(/^Conteneur/).check();
    await page.getByLabel(/Entreprise qui intervient/).fill('Conteneurs Hennuyers');
    await next(page);
    expect(await stepTitle(page)).toMatch(/^Étape 2 sur 6/);
    // Focus moves to the new step's heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), WAIT).toBe('permit-step-title');

    // Where: the place is required on the map too, and the message says why the typed address is not enough.
    await page.getByLabel(/Adresse ou nom du lieu/).fill('Rue Neuve 12, Soignies');
    await page.getByLabel(/Longueur occupée/).fill('6');
    await page.getByRole('button', { name: 'Suivant' }).click();
    await summary.waitFor(WAIT);
    expect(await summary.textContent()).toContain('Placez le point sur la carte.');
    expect(await summary.textContent()).toContain('L’adresse « Rue Neuve 12, Soignies » est bien notée, mais elle ne suffit pas');
    await page.getByRole('button', { name: 'Ouvrir la carte' }).click();
    await page.getByTestId('permit-map').locator('canvas').waitFor(WAIT);
    await page.getByRole('button', { name: 'Placer le point au centre de la carte' }).click();
    await expect.poll(() => page.getByTestId('permit-map-status').textContent(), WAIT).toBe('Point placé.');
    await next(page);

    // When: the earliest date (5 working days for a skip) and the fee follow as you type.
    expect(await stepTitle(page)).toContain('Quand ?');
    const earliestEl = page.getByTestId('permit-earliest');
    const earliest = (await earliestEl.getAttribute('data-date'))!;
    expect(earliest).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(plain(await earliestEl.textContent())).toMatch(
      /^Première date possible : (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2} \S+ \d{4}/,
    );
    expect(plain(await page.getByTestId('permit-fee').textContent())).toContain('indiquez les dates');

    // The day before the earliest date is refused, with the reason in words.
    await page.getByLabel('Premier jour').fill(plusDays(earliest, -1));
    await page.getByRole('button', { name: 'Suivant' }).click();
    await expect.poll(() => summary.textContent(), WAIT).toContain('C’est trop tôt');

    await page.getByLabel('Premier jour').fill(earliest);
    // One day: 5,00 € a day, but at least 15,00 €.
    await expect.poll(async () => plain(await page.getByTestId('permit-fee').textContent()), WAIT).toContain('15,00 €');
    await page.getByLabel('Dernier jour').fill(plusDays(earliest, 3));
    // Four days × 5,00 € = 20,00 €, above the minimum.
    await expect.poll(() => page.getByTestId('permit-fee').getAttribute('data-cents'), WAIT).toBe('2000');
    expect(plain(await page.getByTestId('permit-fee').textContent())).toContain('Redevance : 20,00 € Pour 4 jour(s) et 6 m.');
    await next(page);

    expect(await stepTitle(page)).toContain('Documents');
    await next(page);
    await page.getByLabel(/Nom et prénom/).fill(requester.name);
    await page.getByLabel(/Adresse e-mail/).fill('pas-une-adresse');
    await page.getByRole('button', { name: 'Suivant' }).click();
    await expect.poll(() => summary.textContent(), WAIT).toContain('Indiquez une adresse e-mail valable');
    await page.getByLabel(/Adresse e-mail/).fill(requester.email);
    await next(page);

    // Summary: everything, with the fee.
    expect(await stepTitle(page)).toMatch(/^Étape 6 sur 6/);
    const form = page.getByTestId('permit-form');
    expect(await form.textContent()).toContain('Rue Neuve 12, Soignies');
    expect(await form.textContent()).toContain('Conteneurs Hennuyers');
    expect(plain(await page.getByTestId('permit-fee').textContent())).toContain('20,00 €');

    // The form survives a reload (autosaved on this device), at the same step.
    await page.reload();
    await page.locator('[data-testid="permit-form"][data-ready="true"]').waitFor(WAIT);
    await page.getByTestId('permit-restored').waitFor(WAIT);
    await expect.poll(() => stepTitle(page), WAIT).toMatch(/^Étape 6 sur 6/);

    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    const done = page.getByTestId('permit-done');
    await done.waitFor(WAIT);
    code = plain(await page.getByTestId('permit-code').textContent());
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    privateHref = (await page.getByTestId('permit-private-link').getAttribute('href'))!;
    expect(privateHref).toMatch(new RegExp(`^/soignies/demandes/suivi/${code}/#cle=[A-Za-z0-9_-]{16,}$`));
    expect(await done.textContent()).toContain('Gardez ce lien : il vous permet de compléter ou retirer votre demande.');
    // On a phone, no QR code to scan with… that phone: the link to share or copy and the home-screen hint instead.
    const phoneOffer = done.getByTestId('done-phone');
    expect(await phoneOffer.isVisible()).toBe(true);
    expect(await phoneOffer.textContent()).toContain('ajoutez-la à l’écran d’accueil');
    expect(await phoneOffer.getByRole('button', { name: 'Copier le lien' }).isVisible()).toBe(true);
    expect(await done.locator('svg').count()).toBe(0);
    // On a computer, the QR code (and no phone hint).
    await page.setViewportSize(DESK);
    await expect.poll(() => done.getByTestId('done-qr').locator('svg path').count(), WAIT).toBeGreaterThan(0);
    expect(await done.getByTestId('done-qr').isVisible()).toBe(true);
    expect(await phoneOffer.isVisible()).toBe(false);
    await page.setViewportSize(PHONE);
    // The key is kept on this device, and the autosaved form is gone.
    const stored = await page.evaluate(
      (c) => [localStorage.getItem(`tandem.permit.soignies.${c}`), localStorage.getItem('tandem.permit.soignies.draft.occupation')],
      code,
    );
    expect(stored[0]).toBe(decodeURIComponent(privateHref.split('#cle=')[1]));
    expect(stored[1]).toBeNull();

    // What the API holds: the same fee, the request submitted.
    const api = (await (await fetch(`${platform.url}/api/soignies/permits/${code}`)).json()) as {
      state: string;
      fee: number;
      kind: string;
    };
    expect(api).toMatchObject({ state: 'submitted', fee: 2000, kind: 'occupation' });

    // The tracking page, as the requester (the key travels in the fragment, then leaves the address bar).
    await page.getByRole('link', { name: 'Suivre ma demande' }).click();
    const tracking = page.getByTestId('permit-tracking');
    await tracking.waitFor(WAIT);
    await expect.poll(() => page.url(), WAIT).toBe(`${platform.url}/soignies/demandes/suivi/${code}/`);
    expect(await page.getByTestId('permit-state').getAttribute('data-state')).toBe('submitted');
    expect(plain(await page.getByTestId('permit-fee').textContent())).toBe('20,00 €');
    expect(await page.getByTestId('permit-place').textContent()).toBe('Rue Neuve 12, Soignies');
    expect(await page.getByTestId('permit-requester').textContent()).toContain(requester.email);
    expect(await page.getByTestId('permit-progress').locator('[aria-current="step"]').textContent()).toContain('Demande introduite');
    await page.context().close();
  });

  it('the public tracking page shows the request without the requester’s details', async () => {
    expect(code).not.toBe('');
    const page = await newPage();
    await page.goto(`${platform.url}/soignies/demandes/suivi/${code}/`);
    await page.getByTestId('permit-tracking').waitFor(WAIT);
    expect(await page.getByTestId('permit-state').getAttribute('data-state')).toBe('submitted');
    expect(await page.getByTestId('permit-requester').count()).toBe(0);
    expect(await page.content()).not.toContain(requester.email);
    expect(await page.content()).not.toContain(requester.name);
    await page.context().close();
  });

  it('the report tracking page sends a permit code on to the permit’s own page', async () => {
    expect(code).not.toBe('');
    const page = await newPage();
    await page.goto(`${platform.url}/soignies/suivi/${code}/`);
    await page.getByTestId('track-is-permit').waitFor(WAIT);
    await page.getByRole('link', { name: 'Suivre la demande d’autorisation' }).click();
    await page.getByTestId('permit-tracking').waitFor(WAIT);
    expect(page.url()).toBe(`${platform.url}/soignies/demandes/suivi/${code}/`);
    await page.context().close();
  });

  it('an unknown code says so and offers the lookup', async () => {
    const page = await newPage();
    await page.goto(`${platform.url}/soignies/demandes/suivi/ZZZZ-ZZZZ/`);
    await page.getByTestId('permit-not-found').waitFor(WAIT);
    expect(await page.getByLabel('Code de suivi').count()).toBe(1);
    await page.context().close();
  });

  it('the requester completes the request the commune sent back, then withdraws it', async () => {
    expect(privateHref).not.toBe('');
    const token = await staffToken('agent@soignies.example');
    const staffUrl = `${platform.url}/api/soignies/staff/permits/${code}`;
    const { version } = (await (await fetch(staffUrl, { headers: { authorization: `Bearer ${token}` } })).json()) as { version: number };
    const asked = 'Précisez le nombre de places de stationnement occupées.';
    const moved = await fetch(`${staffUrl}/transitions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ to: 'incomplete', version, message: asked, publicPage: false }),
    });
    expect(moved.status).toBe(200);

    // A new device: the key comes from the private link only.
    const page = await newPage();
    await page.goto(`${platform.url}${privateHref}`);
    await page.getByTestId('permit-requester').waitFor(WAIT);
    expect(await page.getByTestId('permit-state').getAttribute('data-state')).toBe('incomplete');
    expect(await page.getByTestId('permit-requested').textContent()).toContain(asked);

    await page.getByTestId('permit-complete').click();
    await page.getByTestId('permit-edit').waitFor(WAIT);
    await page.locator('[data-testid="permit-form"][data-ready="true"]').waitFor(WAIT);
    // The form opens on its summary, filled in from the request.
    expect(await stepTitle(page)).toMatch(/^Étape 6 sur 6/);
    await page.getByRole('button', { name: 'Modifier : Type d’occupation' }).click();
    await expect.poll(() => stepTitle(page), WAIT).toMatch(/^Étape 1 sur 6/);
    await page.getByLabel(/Précisions/).fill('Deux places de stationnement devant le numéro 12.');
    for (let i = 0; i < 5; i++) await next(page);
    await page.getByLabel(/Message à la commune/).fill('Deux places.');
    await page.getByRole('button', { name: 'Envoyer les compléments' }).click();
    await page.getByTestId('permit-notice').waitFor(WAIT);
    expect(await page.getByTestId('permit-state').getAttribute('data-state')).toBe('submitted');
    expect(await page.getByTestId('timeline').textContent()).toContain('Deux places.');

    // Withdraw: asked for confirmation first.
    await page.getByTestId('permit-withdraw').click();
    await page.getByTestId('permit-withdraw-confirm').waitFor(WAIT);
    expect(await page.getByTestId('permit-state').getAttribute('data-state')).toBe('submitted');
    await page.getByTestId('permit-withdraw-yes').click();
    await expect.poll(() => page.getByTestId('permit-state').getAttribute('data-state'), WAIT).toBe('withdrawn');
    expect(await page.getByTestId('permit-withdraw').count()).toBe(0);
    expect(await page.getByTestId('permit-complete').count()).toBe(0);
    await page.context().close();
  });

  it('maps the API’s 422 back to the step and field, with the reason translated from its code', async () => {
    const page = await newPage();
    await openForm(page, '/soignies/demandes/occupation/');
    await fillSkipRequest(page, { name: 'Lucie Refus', email: 'lucie@example.org' });
    // The server disagrees with the browser (say the day changed meanwhile): answer as the API does.
    await page.route('**/api/soignies/permits', (route) =>
      route.fulfill({
        status: 422,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Unprocessable Content',
          status: 422,
          'invalid-params': [
            {
              name: 'details.period.start',
              reason: 'la demande doit être introduite 5 jours ouvrables à l’avance : première date possible le 2030-01-10',
            },
            { name: 'requester.email', reason: 'adresse e-mail non valide' },
          ],
          issues: [{ name: 'details.period.start', code: 'too_soon', params: { earliest: '2030-01-10', days: 5 } }],
        }),
      }),
    );
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    // Back to the first step at fault, its field marked, the reason in words (from the code, not the French reason).
    await expect.poll(() => page.getByTestId('permit-form').getAttribute('data-step'), WAIT).toBe('when');
    const summary = page.getByTestId('error-summary');
    expect(plain(await summary.textContent())).toContain(
      'C’est trop tôt : la demande doit être introduite 5 jours ouvrables à l’avance. Première date possible : jeudi 10 janvier 2030.',
    );
    expect(await page.getByLabel('Premier jour').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), WAIT).toBe('error-summary');
    // The other field named by the API waits on its own step.
    await page.getByRole('button', { name: 'Précédent' }).click();
    await expect.poll(() => page.getByTestId('permit-form').getAttribute('data-step'), WAIT).toBe('where');
    await page.unroute('**/api/soignies/permits');
    for (let i = 0; i < 3; i++) await next(page);
    await expect.poll(() => page.getByTestId('permit-form').getAttribute('data-step'), WAIT).toBe('you');
    expect(await page.getByLabel(/Adresse e-mail/).getAttribute('aria-invalid')).toBe('true');
    await page.context().close();
  });

  it('saves a draft on the server and resumes it from its private link', async () => {
    const page = await newPage();
    await openForm(page, '/soignies/demandes/occupation/');
    // Not yet savable online: the required fields are listed by step.
    await page.getByTestId('permit-save-draft').click();
    await expect.poll(() => page.getByTestId('permit-draft-note').textContent(), WAIT).toContain('complétez d’abord');
    await fillSkipRequest(page, { name: 'Paul Brouillon', email: 'paul@example.org' });
    await page.getByTestId('permit-save-draft').click();
    const resume = page.getByTestId('permit-resume-link');
    await resume.waitFor(WAIT);
    const href = (await resume.getAttribute('href'))!;
    const draftCode = href.match(/suivi\/([^/]+)\//)![1];
    // A draft is private: the tracking code alone does not show it.
    expect((await fetch(`${platform.url}/api/soignies/permits/${draftCode}`)).status).toBe(404);

    const other = await newPage();
    await other.goto(`${platform.url}${href}`);
    await other.getByTestId('permit-requester').waitFor(WAIT);
    expect(await other.getByTestId('permit-state').getAttribute('data-state')).toBe('draft');
    await other.getByTestId('permit-complete').click();
    await other.locator('[data-testid="permit-form"][data-ready="true"]').waitFor(WAIT);
    await other.getByRole('button', { name: 'Envoyer la demande' }).click();
    await other.getByTestId('permit-notice').waitFor(WAIT);
    expect(await other.getByTestId('permit-state').getAttribute('data-state')).toBe('submitted');
    await page.context().close();
    await other.context().close();
  });
});

describe('accessibility of the permit pages (axe-core, WCAG 2.1 AA)', () => {
  it.each(['/soignies/demandes/', '/soignies/demandes/evenement/', '/soignies/demandes/suivi/', '/soignies/'])(
    '%s has no violation',
    async (path) => {
      const page = await newPage();
      await page.goto(`${platform.url}${path}`);
      await page.waitForLoadState('networkidle');
      expect(await axe(page)).toEqual([]);
      await page.context().close();
    },
  );

  it('every step of the event form (needs, documents with their errors, line drawing) has no violation', async () => {
    const page = await newPage();
    await openForm(page, '/soignies/demandes/evenement/');
    const seen: Record<string, string[]> = {};
    await page.getByLabel(/Nom de l’évènement/).fill('Course des Carrières');
    await page.getByLabel('Une association').check();
    await page.getByLabel(/Nom de l’association/).fill('Soignies Running Club');
    await page.getByLabel(/Nombre de personnes attendues/).fill('1200');
    expect(await page.getByTestId('permit-large').textContent()).toContain('60 jours');
    seen.event = await axe(page);
    await next(page);
    const earliest = (await page.getByTestId('permit-earliest').getAttribute('data-date'))!;
    await page.getByLabel('Premier jour').fill(earliest);
    await page.getByLabel('Heure de début').fill('10:00');
    await page.getByLabel('Heure de fin').fill('09:00');
    await page.getByRole('button', { name: 'Suivant' }).click();
    await expect.poll(() => page.getByTestId('error-summary').textContent(), WAIT).toContain('L’heure de fin est avant l’heure de début.');
    seen['when with errors'] = await axe(page);
    await page.getByLabel('Heure de fin').fill('16:00');
    await next(page);
    await page.getByLabel(/Adresse ou nom du lieu/).fill('Rue des Carrières');
    await page.getByLabel(/Une ligne/).check();
    await page.getByRole('button', { name: 'Ouvrir la carte' }).click();
    await page.getByTestId('permit-map').locator('canvas').waitFor(WAIT);
    await page.getByRole('button', { name: 'Ajouter un point au centre de la carte' }).click();
    await expect.poll(() => page.getByTestId('permit-map-status').textContent(), WAIT).toContain('ajoutez-en au moins un autre');
    seen['where, line started'] = await axe(page);
    await page.getByTestId('permit-map').scrollIntoViewIfNeeded();
    const box = (await page.getByTestId('permit-map').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40);
    await expect.poll(() => page.getByTestId('permit-map-status').textContent(), WAIT).toBe('Ligne de 2 points tracée.');
    await next(page);
    await page.getByLabel(/Fermeture de rue/).check();
    seen.needs = await axe(page);
    await next(page);
    await page.getByRole('button', { name: 'Suivant' }).click();
    await expect.poll(() => page.getByTestId('error-summary').textContent(), WAIT).toContain('Plan d’implantation');
    seen['documents with errors'] = await axe(page);
    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, []])));
    await page.context().close();
  });

  it('every step of the occupation form (errors shown, map open), the done screen and the tracking page have no violation', async () => {
    const page = await newPage();
    await openForm(page, '/soignies/demandes/occupation/');
    const seen: Record<string, string[]> = {};
    const check = async (label: string) => {
      seen[label] = await axe(page);
    };
    await check('step 1');
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByTestId('error-summary').waitFor(WAIT);
    await check('step 1 with errors');
    await page.getByLabel(/^Conteneur/).check();
    await next(page);
    await check('step 2');
    await page.getByRole('button', { name: 'Ouvrir la carte' }).click();
    await page.getByTestId('permit-map').locator('canvas').waitFor(WAIT);
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByTestId('error-summary').waitFor(WAIT);
    await check('step 2 with errors and the map');
    await page.getByLabel(/Adresse ou nom du lieu/).fill('Rue de la Station 3');
    await page.getByRole('button', { name: 'Placer le point au centre de la carte' }).click();
    await page.getByLabel(/Longueur occupée/).fill('4');
    await next(page);
    await check('step 3');
    const earliest = (await page.getByTestId('permit-earliest').getAttribute('data-date'))!;
    await page.getByLabel('Premier jour').fill(earliest);
    await next(page);
    await check('step 4');
    await next(page);
    await check('step 5');
    await page.getByLabel(/Nom et prénom/).fill('Axe Testeur');
    await page.getByLabel(/Adresse e-mail/).fill('axe@example.org');
    await next(page);
    await check('step 6');
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    await page.getByTestId('permit-done').waitFor(WAIT);
    await page.getByTestId('done-phone').waitFor(WAIT);
    await check('done (phone: link to share or copy)');
    await page.setViewportSize(DESK);
    await expect.poll(() => page.getByTestId('permit-done').locator('svg').count(), WAIT).toBeGreaterThan(0);
    await check('done (computer: QR code)');
    await page.setViewportSize(PHONE);
    await page.getByRole('link', { name: 'Suivre ma demande' }).click();
    await page.getByTestId('permit-requester').waitFor(WAIT);
    await check('tracking page (requester)');
    await page.getByTestId('permit-withdraw').click();
    await page.getByTestId('permit-withdraw-confirm').waitFor(WAIT);
    await check('withdraw confirmation');
    const code = plain(await page.getByTestId('permit-code').textContent());
    const pub = await newPage();
    await pub.goto(`${platform.url}/soignies/demandes/suivi/${code}/`);
    await pub.getByTestId('permit-tracking').waitFor(WAIT);
    seen['tracking page (public)'] = await axe(pub);
    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((k) => [k, []])));
    await page.context().close();
    await pub.context().close();
  });
});
