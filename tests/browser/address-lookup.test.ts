/**
 * The address register on the report form, in a real browser against the whole local platform: a pin placed on the
 * map fills in the nearest address in words; a typed address is offered in the combobox's list, picked with the
 * keyboard, and moves the pin there; axe finds nothing on the form with the suggestions open (docs/addresses.md).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { WAIT, newPage, platform, token, useBrowserSession, violations } from './browser-session.js';

useBrowserSession();

/** The commune's map centre (infra/communes/soignies.json) is the Grand-Place 1 of this register; the station is 500 m away. */
const CSV = [
  'street,number,postcode,lat,lng',
  'Grand-Place,1,7060,50.5794,4.0714',
  'Grand-Place,3,7060,50.5797,4.0720',
  'Rue de la Station,10,7060,50.57452,4.06861',
  'Rue de la Station,12,7060,50.57462,4.06875',
  'Rue de la Station,14,7060,50.57472,4.06889',
  'Place de la Station,2,7060,50.5741,4.0680',
].join('\n');

beforeAll(async () => {
  const res = await fetch(`${platform.url}/api/soignies/staff/addresses`, {
    method: 'PUT',
    headers: { ...(await token('admin@soignies.example')), 'content-type': 'text/csv' },
    body: CSV,
  });
  expect(res.status).toBe(200);
});

describe('the report form with an address register', () => {
  it('fills the nearest address from the pin, and moves the pin to a typed address', async () => {
    const page = await newPage();
    await page.goto(`${platform.url}/soignies/signaler/`);

    // The pin at the map's centre: the Grand-Place 1 is written in the address field, and said with the pin. The form's
    // island comes with this first click, which it makes again once live (client:interaction).
    await page.getByRole('button', { name: 'Ouvrir la carte' }).click();
    await page.getByTestId('report-map').locator('canvas').waitFor(WAIT);
    await page.getByRole('button', { name: 'Placer le repère au centre de la carte' }).click();
    const field = page.getByRole('combobox', { name: /Adresse ou lieu/ });
    await expect.poll(() => field.inputValue(), WAIT).toBe('Grand-Place 1, 7060 Soignies');
    expect(await page.getByTestId('place-status').textContent()).toContain(
      'Adresse la plus proche du repère : Grand-Place 1, 7060 Soignies',
    );

    // A typed address: the list opens with the matches, announced; the keyboard picks the first.
    await field.fill('');
    await field.pressSequentially('r. de la station 12', { delay: 20 });
    const list = page.getByRole('listbox', { name: 'Adresses proposées' });
    await list.waitFor(WAIT);
    const options = list.getByRole('option');
    await expect.poll(() => options.first().textContent(), WAIT).toBe('Rue de la Station 12, 7060 Soignies');
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.getByTestId('address-announce').textContent(), WAIT).toContain('adresse(s) proposée(s)');

    // axe with the suggestions open.
    expect(await violations(page, '[data-testid="report-form"]')).toEqual([]);

    // Preact draws a key's outcome on its next render: each is awaited (a loaded machine may take a while).
    await field.press('ArrowDown');
    const first = await options.first().getAttribute('id');
    await expect.poll(() => field.getAttribute('aria-activedescendant'), WAIT).toBe(first);
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    await field.press('Enter');
    await expect.poll(() => field.inputValue(), WAIT).toBe('Rue de la Station 12, 7060 Soignies');
    await expect.poll(() => field.getAttribute('aria-expanded'), WAIT).toBe('false');
    // The pin moved to the address (the form did not submit: Enter picked the option).
    await expect.poll(() => page.getByTestId('report-map').getAttribute('data-pin'), WAIT).toBe('50.574620,4.068750');
    await expect
      .poll(() => page.getByTestId('address-announce').textContent(), WAIT)
      .toBe('Repère placé à l’adresse Rue de la Station 12, 7060 Soignies.');
    const marker = page.locator('.maplibregl-marker');
    await marker.waitFor(WAIT);
    // The map moves to the pin (an animation, longer on a loaded machine): the marker ends inside the map's box.
    const markerInBox = async () => {
      const [m, box] = [await marker.boundingBox(), await page.getByTestId('report-map').boundingBox()];
      if (!m || !box) return false;
      const x = m.x + m.width / 2;
      return x > box.x && x < box.x + box.width;
    };
    await expect.poll(markerInBox, WAIT).toBe(true);
    expect(await page.getByTestId('report-form').isVisible()).toBe(true);

    // Escape closes a list opened again, keeping what was typed.
    await field.fill('');
    await field.pressSequentially('grand', { delay: 20 });
    await list.waitFor(WAIT);
    await field.press('Escape');
    await expect.poll(() => field.getAttribute('aria-expanded'), WAIT).toBe('false');
    expect(await field.inputValue()).toBe('grand');
    await page.context().close();
  });
});
