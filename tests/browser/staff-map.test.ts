/**
 * The staff map screens in a real browser, against the whole local platform: an agent publishes a road
 * closure drawn as a line on the map with a weekday schedule, finds it in the list, and moves its end date
 * (the public map follows); the list and the form — its errors shown — pass axe-core (WCAG 2.1 AA). A stale
 * edit is reloaded with the typed text kept; taking an item off the map asks first. An item a permit
 * produced is read-only, with the way to its permit.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, isoWeekday } from '@tandem/shared/permits/calendar';
import { brusselsDate } from '@tandem/shared/brussels-time';
import { DESK, PHONE, WAIT, call, signedIn, token, useBrowserSession, violations } from './browser-session.js';

useBrowserSession();
const AGENT = 'agent@soignies.example';

/** A Monday at least a week ahead: the closure runs that week on weekdays only. */
const monday = (() => {
  const inAWeek = addDays(brusselsDate(Date.now()), 7);
  return addDays(inAWeek, (8 - isoWeekday(inAWeek)) % 7);
})();

interface Feature {
  id: string;
  geometry: { type: string; coordinates: unknown };
  properties: {
    title: string;
    start: string;
    end: string;
    schedule?: { days: number[]; from: string; to: string };
    source: { type: string; code?: string };
  };
  version: number;
}

async function staffItems(): Promise<Feature[]> {
  return (await call<{ items: Feature[] }>('GET', '/api/soignies/staff/map/items', undefined, await token(AGENT))).items;
}

/** The ids on the public map of that day. */
async function publicIds(date: string): Promise<string[]> {
  return (await call<{ features: { id: string }[] }>('GET', `/api/soignies/map/items?date=${date}`)).features.map((f) => f.id);
}

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

/** Opens the form's map and draws a line of two points by clicking on it. */
async function drawLine(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Ouvrir la carte' }).click();
  const map = page.getByTestId('permit-map');
  await map.locator('canvas').waitFor(WAIT);
  await expect.poll(() => map.getAttribute('aria-busy'), WAIT).toBe('false');
  const box = (await map.boundingBox())!;
  await map.click({ position: { x: box.width * 0.35, y: box.height * 0.5 } });
  await map.click({ position: { x: box.width * 0.65, y: box.height * 0.45 } });
  await expect.poll(() => page.getByTestId('permit-map-status').textContent(), WAIT).toBe('Ligne de 2 points tracée.');
}

describe('staff map items', () => {
  it('an agent publishes a road closure drawn as a line with a weekday schedule, finds it in the list and moves its end date; list and form pass axe', async () => {
    const title = `Rue des Carrières fermée (réfection ${Date.now()})`;
    const page = await signedIn(AGENT, '/soignies/agents/carte/', DESK);
    await page.getByTestId('map-items').waitFor(WAIT);
    expect(await page.getByTestId('staff-nav-map').getAttribute('aria-current')).toBe('page');
    await expect.poll(() => page.getByTestId('map-items').getAttribute('aria-busy'), WAIT).toBeNull();
    expect(await violations(page)).toEqual([]);

    // The empty form: every missing field is named in the focused summary, next to its field too.
    await page.getByTestId('map-item-new').click();
    await page.getByTestId('map-item-form').waitFor(WAIT);
    expect(new URL(page.url()).pathname).toBe('/soignies/agents/carte/nouveau/');
    await page.getByRole('button', { name: 'Publier sur la carte' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor(WAIT);
    await expect.poll(() => focusedTestId(page), WAIT).toBe('error-summary');
    const problems = await summary.locator('li').allTextContents();
    expect(problems).toEqual([
      'Choisissez le type d’élément.',
      'Écrivez un titre de 3 à 120 caractères.',
      'Dessinez l’élément sur la carte.',
      'Indiquez le premier jour.',
      'Indiquez le dernier jour.',
    ]);
    expect(await page.locator('#mi-title').getAttribute('aria-invalid')).toBe('true');
    expect(await violations(page)).toEqual([]);

    // Filled in: a road closure on a line, weekdays 07:30–16:00, from a Monday to the Friday.
    await page.getByLabel('Une route fermée').check();
    await page.getByLabel('Titre').fill(title);
    await page.getByLabel('Description publique').fill('Réfection du revêtement. Accès riverains par la rue Neuve.');
    await page.getByLabel('Rues concernées').fill('Rue des Carrières\nRue Neuve\n');
    await drawLine(page);
    await page.locator('#mi-start').fill(monday);
    await page.locator('#mi-end').fill(addDays(monday, 4));
    for (const d of [1, 2, 3, 4, 5]) await page.getByTestId(`mi-day-${d}`).check();
    await page.getByLabel('Horaire : début').fill('07:30');
    await page.getByLabel('Horaire : fin').fill('16:00');
    await page.getByRole('button', { name: 'Publier sur la carte' }).click();

    // Back on the list, which says so and shows it with its schedule.
    const flash = page.getByTestId('map-flash');
    await flash.waitFor(WAIT);
    expect(await flash.textContent()).toBe(`« ${title} » est publié sur la carte.`);
    expect(new URL(page.url()).pathname).toBe('/soignies/agents/carte/');
    const row = page.getByTestId('map-item-row').filter({ hasText: title });
    await row.waitFor(WAIT);
    expect(await row.getAttribute('data-kind')).toBe('road_closure');
    expect(await row.getByTestId('map-item-period').textContent()).toContain('lun., mar., mer., jeu., ven., de 07:30 à 16:00');
    expect(await row.locator('[data-source]').textContent()).toContain('Publié par un agent');

    const saved = (await staffItems()).find((i) => i.properties.title === title)!;
    expect(saved.geometry.type).toBe('LineString');
    expect((saved.geometry.coordinates as unknown[]).length).toBe(2);
    expect(saved.properties.schedule).toEqual({ days: [1, 2, 3, 4, 5], from: '07:30', to: '16:00' });
    expect(saved.properties.end).toBe(addDays(monday, 4));
    expect(saved.version).toBe(1);
    // The public map shows it on the Tuesday, not on the Saturday (the schedule), nor the next Monday (the end).
    expect(await publicIds(addDays(monday, 1))).toContain(saved.id);
    expect(await publicIds(addDays(monday, 5))).not.toContain(saved.id);
    expect(await publicIds(addDays(monday, 7))).not.toContain(saved.id);

    // The list's "à venir" filter keeps it, "terminés" does not.
    await page.getByLabel('Période').selectOption('upcoming');
    await row.waitFor(WAIT);
    await page.getByLabel('Période').selectOption('finished');
    await expect.poll(() => row.count(), WAIT).toBe(0);
    await page.getByLabel('Période').selectOption('');
    await row.waitFor(WAIT);

    // Edit: the form holds what was published; the closure now lasts a week more.
    const periodBefore = await row.getByTestId('map-item-period').textContent();
    await row.getByTestId('map-item-link').click();
    await page.getByTestId('map-item-form').waitFor(WAIT);
    expect(new URL(page.url()).pathname).toBe(`/soignies/agents/carte/${saved.id}/`);
    expect(await page.locator('#mi-end').inputValue()).toBe(addDays(monday, 4));
    expect(await page.getByTestId('mi-day-5').isChecked()).toBe(true);
    expect(await page.getByTestId('mi-day-6').isChecked()).toBe(false);
    expect(await page.getByLabel('Rues concernées').inputValue()).toBe('Rue des Carrières\nRue Neuve');
    await page.locator('#mi-end').fill(addDays(monday, 11));
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    const notice = page.getByTestId('map-item-notice');
    await notice.waitFor(WAIT);
    expect(await notice.textContent()).toBe('Enregistré. La carte publique est à jour.');
    await expect.poll(() => focusedTestId(page), WAIT).toBe('map-item-notice');

    const edited = (await staffItems()).find((i) => i.id === saved.id)!;
    expect(edited.properties.end).toBe(addDays(monday, 11));
    expect(edited.version).toBe(2);
    expect(await publicIds(addDays(monday, 7))).toContain(saved.id);
    expect(await violations(page)).toEqual([]);

    // The list shows the new period.
    await page.getByTestId('staff-nav-map').click();
    await row.waitFor(WAIT);
    const periodAfter = await row.getByTestId('map-item-period').textContent();
    expect(periodAfter).not.toBe(periodBefore);
    expect(periodAfter).toContain('lun., mar., mer., jeu., ven., de 07:30 à 16:00');
    await page.context().close();
  });

  it('a stale edit is reloaded with the typed text kept; taking an item off the map asks first', async () => {
    const headers = { ...(await token()), 'idempotency-key': crypto.randomUUID() };
    const body = {
      kind: 'works',
      title: 'Égouttage rue de la Station',
      description: '',
      streets: ['Rue de la Station'],
      geometry: { type: 'Point', coordinates: [4.0714, 50.5794] },
      period: { start: monday, end: addDays(monday, 20) },
      managingParty: 'SWDE',
      phase: 'planned',
    };
    const item = await call<Feature>('POST', '/api/soignies/staff/map/items', body, headers);
    const page = await signedIn(AGENT, `/soignies/agents/carte/${item.id}/`, DESK);
    await page.getByTestId('map-item-form').waitFor(WAIT);
    expect(await page.getByLabel('Qui mène le chantier').inputValue()).toBe('SWDE');

    // A colleague changes it meanwhile.
    await call(
      'PUT',
      `/api/soignies/staff/map/items/${item.id}`,
      { ...body, description: 'Par un collègue.', version: 1 },
      { ...(await token()), 'idempotency-key': crypto.randomUUID() },
    );
    await page.getByLabel('Titre').fill('Égouttage rue de la Station (phase 1)');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    const notice = page.getByTestId('map-item-notice');
    await notice.waitFor(WAIT);
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.textContent()).toContain('Quelqu’un d’autre vient de modifier cet élément');
    expect(await page.getByLabel('Titre').inputValue()).toBe('Égouttage rue de la Station (phase 1)');
    // Saved again, now over the colleague's version.
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await expect.poll(() => notice.textContent(), WAIT).toBe('Enregistré. La carte publique est à jour.');
    const now = (await staffItems()).find((i) => i.id === item.id)!;
    expect(now.properties.title).toBe('Égouttage rue de la Station (phase 1)');
    expect(now.version).toBe(3);

    // Deleting asks first; "Non" keeps it and gives focus back.
    await page.getByTestId('mi-delete').click();
    const confirm = page.getByTestId('mi-delete-confirm');
    await confirm.waitFor(WAIT);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), WAIT).toBe('mi-delete-title');
    expect(await violations(page)).toEqual([]);
    await page.getByTestId('mi-delete-no').click();
    await expect.poll(() => focusedTestId(page), WAIT).toBe('mi-delete');
    expect((await staffItems()).some((i) => i.id === item.id)).toBe(true);

    await page.getByTestId('mi-delete').click();
    await page.getByTestId('mi-delete-yes').click();
    const flash = page.getByTestId('map-flash');
    await flash.waitFor(WAIT);
    expect(await flash.textContent()).toBe('« Égouttage rue de la Station (phase 1) » est retiré de la carte.');
    expect((await staffItems()).some((i) => i.id === item.id)).toBe(false);
    expect(await page.locator(`tr[data-id="${item.id}"]`).count()).toBe(0);
    await page.context().close();
  });

  it('the item an issued permit produced is read-only, with the way to its permit', async () => {
    const start = addDays(brusselsDate(Date.now()), 21);
    const created = await call<{ code: string }>(
      'POST',
      '/api/soignies/permits',
      {
        kind: 'occupation',
        locale: 'fr',
        submit: true,
        details: {
          use: 'container',
          description: 'Vidange de grenier',
          lengthMetres: 6,
          contractor: 'Conteneurs Hainaut',
          period: { start, end: addDays(start, 2) },
          place: { label: 'Rue de la Station 12, Soignies', geometry: { type: 'Point', coordinates: [4.0714, 50.5794] } },
          attachments: [],
        },
        requester: { name: 'Marie Dupont', email: `marie-${Date.now()}@example.org`, phone: '+32 470 12 34 56' },
      },
      { 'idempotency-key': crypto.randomUUID() },
    );
    const code = created.code;
    const auth = await token();
    let p = await call<{ version: number }>('GET', `/api/soignies/staff/permits/${code}`, undefined, auth);
    for (const to of ['under_review', 'approved', 'issued']) {
      p = await call(
        'POST',
        `/api/soignies/staff/permits/${code}/transitions`,
        { to, version: p.version },
        { ...auth, 'idempotency-key': crypto.randomUUID() },
      );
    }
    const produced = (await staffItems()).find((i) => i.properties.source.type === 'permit' && i.properties.source.code === code);
    expect(produced).toBeDefined();

    const page = await signedIn(AGENT, '/soignies/agents/carte/', PHONE);
    const row = page.locator(`tr[data-id="${produced!.id}"]`);
    await row.waitFor(WAIT);
    // On a phone the rows stack, each cell with its column's name.
    expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
    expect(await row.locator('[data-source]').getByRole('link').getAttribute('href')).toBe(`/soignies/agents/autorisations/${code}/`);
    await row.getByTestId('map-item-link').click();
    const view = page.getByTestId('map-item-readonly');
    await view.waitFor(WAIT);
    expect(await page.getByTestId('map-item-form').count()).toBe(0);
    expect(await view.textContent()).toContain(`Cet élément vient de l’autorisation ${code}`);
    expect(await violations(page)).toEqual([]);
    await page.getByTestId('map-item-source').click();
    await page.getByTestId('staff-permit').waitFor(WAIT);
    expect(new URL(page.url()).pathname).toBe(`/soignies/agents/autorisations/${code}/`);
    await page.context().close();
  });
});
