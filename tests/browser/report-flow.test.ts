/**
 * The demo flow in a real browser, against the whole local platform: a citizen files a report with a
 * photo and reads its tracking page; an agent signs in and moves it to "in progress" then "fixed"; the
 * citizen confirms their address from the link of the one mail they get first (the confirmation page speaks
 * plain French, with a big button), then the outbox holds the e-mails; the report page passes axe-core (WCAG 2.1 AA).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { outboxOf } from '../support/platform.js';
import { confirmationLink, isConfirmationMail } from '../support/mail-confirmation.js';
import { eventually } from '../support/local-env.js';
import { samplePng } from './chromium.js';
import { DESK, PHONE, WAIT, newPage, platform, signedIn, useBrowserSession, violations } from './browser-session.js';

const citizen = `citoyenne-${Date.now()}@example.org`;
let code = '';

useBrowserSession();

/** Opens a report form and waits for its island: it comes with the first use of the form (client:interaction), a focus here. */
async function openReportForm(page: Page, commune = 'soignies'): Promise<void> {
  await page.goto(`${platform.url}/${commune}/signaler/`);
  await page.getByLabel('Description').focus();
  await page.locator('astro-island:not([ssr])', { has: page.getByTestId('report-form') }).waitFor(WAIT);
}

/** Opens the map and taps its centre, as a citizen places the pin. */
async function placePinAtMapCentre(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Ouvrir la carte' }).click();
  const map = page.getByTestId('report-map');
  await map.locator('canvas').waitFor();
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

describe('citizen', () => {
  it('files a report with a photo, placing the pin on the map, and gets a tracking code', async () => {
    const page = await newPage();
    await openReportForm(page);
    await placePinAtMapCentre(page);
    await expect.poll(() => page.getByTestId('place-status').textContent(), WAIT).toContain('Repère placé');

    await page.getByLabel('Catégorie').selectOption({ label: 'Nid-de-poule ou route abîmée' });
    await page.getByLabel('Comme une roue de vélo').check();
    await page.getByLabel('Description').fill('Un trou profond au milieu de la chaussée, dangereux à vélo.');
    await page.getByLabel('Photos (3 au plus)').setInputFiles({ name: 'trou.png', mimeType: 'image/png', buffer: samplePng() });
    await expect.poll(() => page.getByTestId('photo-thumb').first().getAttribute('data-status'), { timeout: 15_000 }).toBe('done');
    await page.getByLabel('Adresse e-mail').fill(citizen);
    await page.getByRole('button', { name: 'Envoyer le signalement' }).click();

    const done = page.getByTestId('report-done');
    await done.waitFor({ timeout: 15_000 });
    code = (await page.getByTestId('tracking-code').textContent())!.trim();
    expect(await done.getByTestId('confirm-email-notice').textContent()).toBe(
      'Confirmez votre adresse e-mail : nous vous avons envoyé un lien. D’ici là, nous ne vous écrivons rien d’autre.',
    );
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // On a phone: the link to share or copy, not a QR code to scan with the same phone.
    expect(await done.getByTestId('done-phone').isVisible()).toBe(true);
    expect(await done.getByRole('img', { name: 'Code QR vers la page de suivi' }).count()).toBe(0);
    // On a computer, the QR code is drawn once its module has loaded, after the rest of the notice: wait for it.
    await page.setViewportSize(DESK);
    const qr = done.getByRole('img', { name: 'Code QR vers la page de suivi' });
    await qr.locator('svg').waitFor(WAIT);
    expect(await qr.locator('svg path').count()).toBeGreaterThan(0);
    expect(await done.getByTestId('done-phone').isVisible()).toBe(false);
    await page.setViewportSize(PHONE);

    await page.getByRole('link', { name: 'Suivre mon signalement' }).click();
    await page.getByTestId('tracking').waitFor();
    expect(page.url()).toContain(`/soignies/suivi/${code}/`);
    await expect.poll(() => page.getByTestId('report-state').getAttribute('data-state'), WAIT).toBe('new');
    const img = page.getByTestId('tracking').locator('img').first();
    await img.waitFor();
    // The photo loads after the <img> appears: poll until it has (a wait, not a timing assertion).
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0), WAIT).toBe(true);
    expect(await page.content()).not.toContain(citizen);
    await page.context().close();
  });

  it('gets one mail, which asks to confirm the address; its page says it plainly, with one big button', async () => {
    expect(code).not.toBe('');
    const link = await eventually(() => confirmationLink(platform.paths.outbox, citizen, code), 20_000, 'the confirmation mail');
    expect(outboxOf(platform).filter((m) => m.to === citizen)).toHaveLength(1);
    expect(link.url).toBe(`${platform.url}/soignies/confirmer/#jeton=${link.token}`);

    const page = await newPage();
    await page.goto(link.url);
    await page.getByRole('heading', { name: 'Confirmer votre adresse e-mail' }).waitFor(WAIT);
    const confirm = page.getByRole('button', { name: 'Confirmer mon adresse e-mail' });
    await confirm.waitFor(WAIT);
    // Opening the page confirms nothing (mail scanners open links): nothing more has gone out yet.
    expect(outboxOf(platform).filter((m) => m.to === citizen)).toHaveLength(1);
    const box = (await confirm.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(await violations(page)).toEqual([]);
    await confirm.click();
    const done = page.getByTestId('mail-confirmation');
    await expect.poll(() => done.getAttribute('data-state'), WAIT).toBe('done');
    expect(await done.textContent()).toContain('Merci, votre adresse e-mail est confirmée.');
    const track = page.getByRole('link', { name: 'Suivre ma demande' });
    expect((await track.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await track.click();
    await page.getByTestId('tracking').waitFor();
    expect(page.url()).toContain(`/soignies/suivi/${code}/`);

    // A link that is not one says so, in words.
    await page.goto(`${platform.url}/soignies/confirmer/#jeton=${'A'.repeat(43)}`);
    await page.getByRole('button', { name: 'Confirmer mon adresse e-mail' }).click();
    await expect.poll(() => page.getByTestId('mail-confirmation').getAttribute('data-state'), WAIT).toBe('unknown');
    expect(await page.getByTestId('mail-confirmation').textContent()).toContain('Ce lien n’est pas valable.');
    await page.context().close();
  });

  it('is shown the open report at the same place before submitting a second one ("is it one of these?")', async () => {
    expect(code).not.toBe('');
    const page = await newPage();
    await openReportForm(page);
    await placePinAtMapCentre(page);
    await page.getByLabel('Catégorie').selectOption({ label: 'Nid-de-poule ou route abîmée' });
    const suggestions = page.getByTestId('nearby-suggestions');
    await suggestions.waitFor({ timeout: 15_000 });
    await suggestions.getByRole('link', { name: new RegExp(code) }).click();
    await page.getByTestId('tracking').waitFor();
    expect(page.url()).toContain(`/soignies/suivi/${code}/`);
    await page.context().close();
  });

  it('can report without the map, with an address typed in', async () => {
    const page = await newPage();
    await openReportForm(page, 'braine-le-comte');
    await page.getByLabel(/Adresse ou lieu/).fill('Rue de Mons 5, Braine-le-Comte');
    await page.getByLabel('Catégorie').selectOption({ label: 'Tag ou graffiti' });
    await page.getByLabel('Description').fill('Un grand tag sur la façade de la gare.');
    await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await page.getByTestId('report-done').waitFor({ timeout: 15_000 });
    // No address given: nothing to confirm.
    expect(await page.getByTestId('confirm-email-notice').count()).toBe(0);
    await page.context().close();
  });

  it('shows the fields at fault when the form is incomplete', async () => {
    const page = await newPage();
    await openReportForm(page);
    await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.locator('a').count()).toBeGreaterThanOrEqual(2);
    await page.context().close();
  });
});

describe('agent', () => {
  it('signs in, opens the report and moves it to "in progress" then "fixed"', async () => {
    expect(code).not.toBe('');
    const page = await signedIn('agent@soignies.example');
    await page.getByTestId('inbox').waitFor();
    // Placed on the map without an address: the place column gives the point in words, never the description.
    const place = await page.locator(`tr[data-code="${code}"]`).getByTestId('report-place').textContent();
    expect(place).toMatch(/^près de \d+,\d{4} N \d+,\d{4} E$/);
    await page.getByRole('link', { name: new RegExp(code) }).click();
    await page.getByTestId('staff-report').waitFor();
    expect(await page.getByTestId('reporter-email').textContent()).toContain(citizen);

    await page.getByLabel('Nouvel état').selectOption('in_progress');
    await page.getByLabel('Message au citoyen (facultatif)').fill('Une équipe passe demain matin.');
    await page.getByRole('button', { name: 'Appliquer' }).click();
    await expect.poll(() => page.getByTestId('report-state').getAttribute('data-state'), WAIT).toBe('in_progress');

    await page.getByLabel('Nouvel état').selectOption('fixed');
    await page.getByRole('button', { name: 'Appliquer' }).click();
    await expect.poll(() => page.getByTestId('report-state').getAttribute('data-state'), WAIT).toBe('fixed');
    await page.context().close();
  });

  it('and the citizen has the e-mails: filed, in progress, fixed', async () => {
    const mails = await eventually(
      () => {
        const m = outboxOf(platform).filter((x) => x.to === citizen && !isConfirmationMail(x));
        return m.length >= 3 ? m : undefined;
      },
      20_000,
      'three mails to the citizen',
    );
    const subjects = mails.map((m) => m.subject);
    expect(subjects).toContain(`Votre signalement ${code} est bien reçu`);
    expect(subjects).toContain(`Votre signalement ${code} : En cours`);
    expect(subjects).toContain(`Votre signalement ${code} : Réparé`);
    expect(mails.find((m) => m.subject.endsWith('En cours'))!.text).toContain('Une équipe passe demain matin.');
  });

  it('the citizen’s tracking page now says fixed', async () => {
    const page = await newPage();
    await page.goto(`${platform.url}/soignies/suivi/${code}/`);
    await expect.poll(() => page.getByTestId('report-state').getAttribute('data-state'), WAIT).toBe('fixed');
    expect(await page.getByTestId('timeline').textContent()).toContain('Une équipe passe demain matin.');
    await page.context().close();
  });
});

describe('languages', () => {
  it('switches the report page to Dutch and remembers the choice', async () => {
    const page = await newPage();
    await openReportForm(page);
    await page.locator('[data-lang-choice="nl"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), WAIT).toBe('nl');
    await page.getByRole('button', { name: 'Melding versturen' }).waitFor(WAIT);
    await page.reload();
    await page.getByRole('button', { name: 'Melding versturen' }).waitFor(WAIT);
    await page.context().close();
  });
});

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it.each(['/soignies/signaler/', '/braine-le-comte/signaler/', '/soignies/', '/soignies/suivi/', '/soignies/agents/'])(
    '%s has no violation',
    async (path) => {
      const page = await newPage();
      await page.goto(`${platform.url}${path}`);
      await page.waitForLoadState('networkidle');
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    },
  );
  it('the report page with its errors shown and the map open has no violation', async () => {
    const page = await newPage();
    await openReportForm(page);
    await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await page.getByTestId('error-summary').waitFor();
    await page.getByRole('button', { name: 'Ouvrir la carte' }).click();
    await page.getByTestId('report-map').locator('canvas').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('accessibility of the staff space once signed in', () => {
  it('inbox and report page have no violation', async () => {
    const page = await signedIn('agent@soignies.example');
    await page.getByTestId('inbox').waitFor(WAIT);
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('link', { name: new RegExp(code) }).click();
    await page.getByTestId('staff-report').waitFor(WAIT);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});
