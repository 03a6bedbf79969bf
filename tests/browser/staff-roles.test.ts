/**
 * The staff app shows each person the actions the role matrix gives them (the API refuses the rest anyway):
 * a worker reads a report of their department without the reporter's e-mail and with no action; an agent of
 * another department reads it and may only add an internal note; a police reviewer publishes nothing on the
 * map and sees another department's item read-only, saying whose it is.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '@tandem/shared/permits/calendar';
import { brusselsDate } from '@tandem/shared/brussels-time';
import { DESK, WAIT, call, signedIn, token, useBrowserSession } from './browser-session.js';

useBrowserSession();

/** A pothole report (voirie → travaux), filed through the API. */
async function pothole(): Promise<string> {
  const r = await call<{ code: string }>('POST', '/api/soignies/reports', {
    category: 'voirie',
    location: { lat: 50.5794, lng: 4.0714 },
    description: 'Un nid-de-poule devant le n° 4',
    answers: { taille: 'moyen' },
    email: 'jeanne@example.org',
    name: 'Jeanne Citoyenne',
  });
  return r.code;
}

describe('what the staff app offers each role', () => {
  it('a worker reads a report of their department: no reporter e-mail, no action', async () => {
    const code = await pothole();
    const page = await signedIn('ouvrier@soignies.example', `/soignies/agents/signalements/${code}/`, DESK);
    await page.getByTestId('report-read-only').waitFor(WAIT);
    expect(await page.getByTestId('staff-report').textContent()).not.toContain('jeanne@example.org');
    for (const form of ['transition-form', 'assign-form', 'update-form', 'reporter-email'])
      expect(await page.getByTestId(form).count(), form).toBe(0);
    await page.context().close();
  });

  it('an agent of another department reads it and may only add an internal note', async () => {
    const code = await pothole();
    const page = await signedIn('evenements@soignies.example', `/soignies/agents/signalements/${code}/`, DESK);
    await page.getByTestId('report-read-only').waitFor(WAIT);
    expect(await page.getByTestId('report-read-only').textContent()).toContain('Service Travaux');
    expect(await page.getByTestId('reporter-email').textContent()).toContain('jeanne@example.org');
    expect(await page.getByTestId('transition-form').count()).toBe(0);
    expect(await page.getByTestId('assign-form').count()).toBe(0);
    const form = page.getByTestId('update-form');
    expect(await form.getByRole('radio').count()).toBe(0); // no "tell the citizen": a note only
    await form.getByLabel('Texte').fill('Vu pendant la préparation de la brocante.');
    await form.getByRole('button').click();
    await expect.poll(() => page.getByTestId('staff-notice').textContent(), WAIT).toBeTruthy();
    expect(await page.getByTestId('staff-notice').getAttribute('class')).toContain('ok');
    await page.context().close();
  });

  it('a police reviewer publishes nothing on the map and reads another department’s item', async () => {
    const day = addDays(brusselsDate(Date.now()), 3);
    const item = await call<{ id: string }>(
      'POST',
      '/api/soignies/staff/map/items',
      {
        kind: 'parking_ban',
        title: 'Livraison, rue de la Station',
        geometry: { type: 'Point', coordinates: [4.0724, 50.5799] },
        period: { start: day, end: day },
      },
      await token('agent@soignies.example'),
    );
    const page = await signedIn('police@soignies.example', '/soignies/agents/carte/', DESK);
    await page.getByTestId('map-items').waitFor(WAIT);
    expect(await page.getByTestId('map-item-new').count()).toBe(0);
    await page.goto(`${page.url().split('/soignies/')[0]}/soignies/agents/carte/${item.id}/`);
    await page.getByTestId('map-item-owner').waitFor(WAIT);
    expect(await page.getByTestId('map-item-owner').textContent()).toContain('Service Travaux');
    expect(await page.getByTestId('map-item-form').count()).toBe(0);
    await page.context().close();
  });
});
