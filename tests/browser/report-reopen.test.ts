/**
 * « Pas réparé » in a real browser (docs/reopen-and-satisfaction.md): the reporter opens the link of the « réparé »
 * mail, says in words and with a photo that it is not fixed, and rates the answer; the agent finds the report open
 * again with those words (as text) and the photo, and the rating; the statistics show the satisfaction table. axe
 * finds nothing on the tracking page's forms, the staff report page or the statistics.
 */
import { describe, expect, it } from 'vitest';
import { outboxOf } from '../support/platform.js';
import { confirmationLink } from '../support/mail-confirmation.js';
import { eventually } from '../support/local-env.js';
import { samplePng } from './chromium.js';
import { DESK, WAIT, call, newPage, platform, signedIn, token, useBrowserSession, violations } from './browser-session.js';

useBrowserSession();

const WORDS = 'Le trou est revenu après la pluie <b>et</b> il est plus grand.';
const LINK = /(https?:\/\/\S+\/soignies\/suivi\/[0-9A-Z-]+\/#avis=[A-Za-z0-9_-]{43})/;

describe('the reporter says « pas réparé »', () => {
  let code = '';

  it('opens the link of the « réparé » mail, explains with a photo, rates, and the report is open again', async () => {
    // Filed, address confirmed and fixed through the API: this test is about what follows.
    const email = `reopen-${Date.now()}@example.org`;
    const created = await call('POST', '/api/soignies/reports', {
      category: 'voirie',
      location: { lat: 50.5794, lng: 4.0714 },
      description: 'Un nid-de-poule profond devant la boulangerie',
      answers: { taille: 'moyen' },
      email,
    });
    code = created.code;
    const confirm = await eventually(() => confirmationLink(platform.paths.outbox, email, code), 20_000, 'the confirmation mail');
    await call('POST', confirm.apiPath);
    const agent = await token();
    await call('POST', `/api/soignies/staff/reports/${code}/transitions`, { to: 'fixed', version: 1 }, agent);
    const mail = await eventually(
      () => outboxOf(platform).find((m) => m.to === email && m.subject === `Votre signalement ${code} : Réparé`),
      20_000,
      'the « réparé » mail',
    );
    const url = LINK.exec(mail.text)![1];
    expect(url.startsWith(`${platform.url}/soignies/suivi/${code}/#avis=`)).toBe(true);

    const page = await newPage();
    await page.goto(url);
    const feedback = page.getByTestId('report-feedback');
    await feedback.waitFor(WAIT);
    // The link's secret leaves the address bar (a copied address does not carry it).
    expect(page.url()).toBe(`${platform.url}/soignies/suivi/${code}/`);
    await page.getByRole('heading', { name: 'Le problème est-il vraiment réglé ?' }).waitFor();
    expect(await feedback.textContent()).toMatch(/Vous pouvez répondre jusqu’au \S+ \d+ \S+ \d{4} inclus\./);
    const send = page.getByRole('button', { name: 'Envoyer : ce n’est pas réparé' });
    for (const target of [send, page.getByLabel('Satisfait', { exact: true }), page.getByRole('button', { name: 'Envoyer mon avis' })]) {
      expect(
        (await target.locator('xpath=ancestor-or-self::*[self::button or self::label][1]').boundingBox())!.height,
      ).toBeGreaterThanOrEqual(44);
    }
    expect(await violations(page)).toEqual([]);

    // Too short: said next to the field, nothing sent.
    await page.getByLabel(/Expliquez ce qui ne va pas/).fill('non');
    await send.click();
    await expect.poll(() => page.getByLabel(/Expliquez ce qui ne va pas/).getAttribute('aria-invalid'), WAIT).toBe('true');
    expect(await page.getByTestId('report-state').getAttribute('data-state')).toBe('fixed');
    expect(await violations(page)).toEqual([]);

    await page.getByLabel(/Expliquez ce qui ne va pas/).fill(WORDS);
    await page.getByLabel('Une photo (facultatif)').setInputFiles({ name: 'trou.png', mimeType: 'image/png', buffer: samplePng() });
    await send.click();
    await page.getByTestId('reopen-done').waitFor(WAIT);
    expect(await page.getByTestId('reopen-done').textContent()).toBe(
      'Merci. Le signalement est rouvert et le service a reçu votre message.',
    );
    await expect.poll(() => page.getByTestId('report-state').getAttribute('data-state'), WAIT).toBe('acknowledged');
    expect(await page.getByTestId('timeline').textContent()).toContain('Rouvert par la personne qui l’a signalé : « pas réparé »');
    // The words are for the department, not for the public page.
    expect(await page.content()).not.toContain('revenu après la pluie');

    await page.getByLabel('Pas satisfait').check();
    await page.getByLabel('Un commentaire (facultatif)').fill('Trois semaines pour rien.');
    await page.getByRole('button', { name: 'Envoyer mon avis' }).click();
    await page.getByTestId('rating-done').waitFor(WAIT);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('the agent sees it open again, with the words as text, the photo and the rating', async () => {
    expect(code).not.toBe('');
    const page = await signedIn('agent@soignies.example', `/soignies/agents/signalements/${code}/`, DESK);
    await page.getByTestId('staff-report').waitFor(WAIT);
    await expect.poll(() => page.getByTestId('report-state').getAttribute('data-state'), WAIT).toBe('acknowledged');
    const words = page.getByTestId('citizen-words');
    await words.waitFor(WAIT);
    // Data, never markup: the <b> is shown as typed.
    expect(await words.textContent()).toContain(WORDS);
    expect(await words.locator('b').count()).toBe(0);
    const photo = page.getByTestId('citizen-photo').locator('img');
    await photo.waitFor(WAIT);
    await expect.poll(() => photo.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0), WAIT).toBe(true);
    const ratings = page.getByTestId('report-ratings');
    expect(await ratings.textContent()).toContain('Pas satisfait');
    expect(await ratings.textContent()).toContain('Trois semaines pour rien.');
    expect(await violations(page)).toEqual([]);

    await page.goto(`${platform.url}/soignies/agents/statistiques/`);
    const table = page.getByTestId('stats-satisfaction');
    await table.waitFor(WAIT);
    const row = table.getByTestId('stats-satisfaction-row').first();
    await row.waitFor(WAIT);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});
