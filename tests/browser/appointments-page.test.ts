/**
 * The citizen's appointments page (docs/appointments.md) in Chromium against the whole local platform, its clock fixed
 * on a Friday morning in Brussels: from the commune's home, a person books in three steps (reason, day and time, their
 * details: the missing ones named first), gets the mail, opens its link, moves the appointment (the old time is free
 * again) and cancels it. A time taken by someone else just before sending brings the person back to the times with a
 * plain sentence; a wrong link says so. axe finds nothing on each step.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readOutbox } from '../../infra/local/server/outbox-page.js';
import { PHONE, WAIT, call, newPage, platform, useBrowserSession, violations } from './browser-session.js';

/** Friday 21 March 2031, 10:00 in Brussels: the booking window opens the next day. */
const AT = '2031-03-21T09:00:00Z';
useBrowserSession({ clock: AT });

const email = () => `rdv-${crypto.randomUUID().slice(0, 8)}@example.org`;
const TAKEN = 'Ce créneau vient d’être pris : choisissez-en un autre.';

async function freeStarts(service: string, type: string): Promise<string[]> {
  const r = await call('GET', `/api/soignies/appointments/slots?service=${service}&type=${type}&from=2031-03-22&to=2031-04-30`);
  return (r.slots as { start: string }[]).map((s) => s.start);
}

/** From the home page to the times of Soignies' population counter, passport. */
async function toTimes(page: Page): Promise<void> {
  await page.clock.setFixedTime(AT);
  await page.goto(`${platform.url}/soignies/`);
  await page.getByTestId('home-appointments').getByRole('link', { name: 'Prendre rendez-vous' }).click();
  await page.getByRole('heading', { name: 'Prendre rendez-vous', level: 1 }).waitFor(WAIT);
  await page.getByRole('heading', { name: 'Pour quel service et quelle démarche ?' }).waitFor(WAIT);
  expect(await violations(page)).toEqual([]);
  await page.getByRole('radio', { name: 'Population' }).check();
  await page.getByRole('radio', { name: 'Passeport (15 minutes)' }).check();
  await page.getByRole('button', { name: 'Voir les heures libres' }).click();
  await page.getByTestId('slot-picker').waitFor(WAIT);
}

/** Picks the first free day, then its `nth` time; answers the start chosen. */
async function pickTime(page: Page, nth = 0): Promise<string> {
  await page.locator('.slot-days button').first().click();
  const time = page.getByTestId('slot-times').getByRole('button').nth(nth);
  await time.waitFor(WAIT);
  const start = (await time.getAttribute('data-start'))!;
  await time.click();
  return start;
}

function manageLink(code: string): string {
  const mail = readOutbox(platform.paths.outbox).find((m) => (m.tags as Record<string, string> | undefined)?.code === code);
  const link = /\/soignies\/rendez-vous\/#rdv=[^\s]+/.exec(mail?.text ?? '')?.[0];
  if (!link) throw new Error(`no manage link mailed for ${code}`);
  return link;
}

describe('the appointments page', () => {
  it('books in three steps, then moves and cancels from the mail’s link', async () => {
    const page = await newPage(PHONE);
    await toTimes(page);
    expect(await violations(page)).toEqual([]);
    const start = await pickTime(page);
    expect(await freeStarts('population', 'passeport')).toContain(start);

    await page.getByRole('heading', { name: 'Vos coordonnées' }).waitFor(WAIT);
    expect(await page.getByTestId('appointment-summary').textContent()).toMatch(/^Population — Passeport, le \w+ \d+ \w+ à \d+ h/);
    // Sent empty: the name and the address are named, the summary takes the focus.
    await page.getByRole('button', { name: 'Réserver ce rendez-vous' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor(WAIT);
    expect(await summary.locator('li').count()).toBe(2);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), WAIT).toBe('error-summary');
    expect(await page.getByLabel('Votre nom et prénom').getAttribute('aria-invalid')).toBe('true');
    expect(await violations(page)).toEqual([]);

    const address = email();
    await page.getByLabel('Votre nom et prénom').fill('Jeanne Citoyenne');
    await page.getByLabel('Votre adresse e-mail').fill(address);
    await page.getByRole('button', { name: 'Réserver ce rendez-vous' }).click();
    const booked = page.getByTestId('appointment-booked');
    await booked.waitFor(WAIT);
    const code = (await booked.getByTestId('appointment-code').textContent())!;
    expect(await booked.textContent()).toContain(address);
    expect(await freeStarts('population', 'passeport')).not.toContain(start);
    expect(await violations(page)).toEqual([]);

    // The mail's link opens the appointment (the token travels in the fragment).
    const link = manageLink(code);
    await page.goto(`${platform.url}${link}`);
    const view = page.getByTestId('appointment-view');
    await view.waitFor(WAIT);
    expect(await view.getByTestId('appointment-code').textContent()).toBe(code);
    expect(await view.getByTestId('appointment-state').textContent()).toBe('État : Réservé');
    expect(await violations(page)).toEqual([]);

    // Moved to another time: the old one is free again.
    await view.getByRole('button', { name: 'Déplacer' }).click();
    await view.getByTestId('slot-picker').waitFor(WAIT);
    const target = await pickTime(page, 1);
    expect(target).not.toBe(start);
    await page.getByTestId('appointment-move-confirm').click();
    await expect
      .poll(() => page.getByTestId('appointments-said').textContent(), WAIT)
      .toMatch(/^C’est fait : votre rendez-vous est déplacé/);
    const free = await freeStarts('population', 'passeport');
    expect(free).toContain(start);
    expect(free).not.toContain(target);
    expect(await violations(page)).toEqual([]);

    // A reload shows the same appointment, at its new time; cancelled, it says so and offers nothing more.
    await page.reload();
    await view.waitFor(WAIT);
    await view.getByRole('button', { name: 'Annuler le rendez-vous' }).click();
    await view.getByRole('button', { name: 'Oui, annuler' }).click();
    await expect.poll(() => view.getAttribute('data-status'), WAIT).toBe('cancelled');
    expect(await view.getByTestId('appointment-state').textContent()).toBe('État : Annulé');
    expect(await view.getByRole('button', { name: 'Déplacer' }).count()).toBe(0);
    expect(await freeStarts('population', 'passeport')).toContain(target);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('brings the person back to the times when someone else took theirs, and says when a link is wrong', async () => {
    const page = await newPage(PHONE);
    await toTimes(page);
    const start = await pickTime(page);
    // Someone else books that time first.
    await call('POST', '/api/soignies/appointments', {
      name: 'Autre Personne',
      email: email(),
      service: 'population',
      type: 'passeport',
      start,
    });
    await page.getByLabel('Votre nom et prénom').fill('Jeanne Citoyenne');
    await page.getByLabel('Votre adresse e-mail').fill(email());
    await page.getByRole('button', { name: 'Réserver ce rendez-vous' }).click();
    await expect.poll(() => page.getByTestId('appointments-said').textContent(), WAIT).toBe(TAKEN);
    await page.getByTestId('slot-picker').waitFor(WAIT);
    await page.locator('.slot-days button').first().click();
    const offered = await page
      .getByTestId('slot-times')
      .getByRole('button')
      .evaluateAll((b) => b.map((x) => x.getAttribute('data-start')));
    expect(offered).not.toContain(start);
    expect(await violations(page)).toEqual([]);

    await page.goto(`${platform.url}/soignies/rendez-vous/#rdv=RDV-NONE&jeton=${'x'.repeat(43)}`);
    await page.getByTestId('appointment-missing').waitFor(WAIT);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});
