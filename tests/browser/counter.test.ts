/**
 * The counter in a real browser (docs/counter.md): an agent encodes, for a citizen on the phone, a skip on the street
 * with the citizen's own form inside the staff app (no e-mail: a name and a phone number), and prints the receipt:
 * its code is the request's, its QR code decodes to the public tracking page, and printing shows the receipt alone.
 * The request's timeline says « Encodé par téléphone par Agent démo »; the citizen search finds it by phone. axe finds
 * nothing on the counter, the receipt and the search's results.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import jsQR from 'jsqr';
import { TRACKING_CODE_PATTERN } from '@tandem/shared';
import { DESK, WAIT, platform, signedIn, useBrowserSession, violations } from './browser-session.js';
import { nextStep as next } from './support/permit-form.js';

useBrowserSession();

const plusDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/**
 * The QR code's text, read from a screenshot of the element: its pixels are read on a blank page of the same browser
 * (a canvas there, out of the staff app's CSP), then decoded by jsqr.
 */
async function qrText(page: Page, testId: string): Promise<string | undefined> {
  const png = (await page.getByTestId(testId).screenshot()).toString('base64');
  const blank = await page.context().newPage();
  try {
    const { width, height, data } = await blank.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const g = canvas.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const px = g.getImageData(0, 0, canvas.width, canvas.height);
      return { width: px.width, height: px.height, data: Array.from(px.data) };
    }, png);
    return jsQR(new Uint8ClampedArray(data), width, height)?.data;
  } finally {
    await blank.close();
  }
}

describe('at the counter', () => {
  it('an agent encodes a permit request for a citizen on the phone and prints the receipt with its code and QR code', async () => {
    const page = await signedIn('agent@soignies.example', '/soignies/agents/', DESK);
    await page.getByTestId('staff-nav-counter').click();
    await page.getByTestId('counter-screen').waitFor(WAIT);
    await page.locator('[data-testid="report-form"]').waitFor(WAIT);
    expect(await violations(page, '#staff-content')).toEqual([]);

    await page.getByTestId('counter-what-occupation').check();
    await page.getByTestId('counter-channel-phone').check();
    await page.locator('[data-testid="permit-form"][data-ready="true"]').waitFor(WAIT);
    // No copy of a citizen's request on the counter's computer.
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
    await page.getByLabel('Dernier jour').fill(plusDays(earliest, 2));
    await next(page);
    await next(page); // documents: none needed for a skip
    const phone = `0470 ${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
    await page.getByLabel(/Nom et prénom/).fill('Albert Guichet');
    // The e-mail is optional at the counter: left empty.
    await page.getByLabel(/^Téléphone/).fill(phone);
    await next(page);
    expect(await page.getByTestId('permit-step-title').textContent()).toContain('Vérifier et envoyer');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tandem.permit.')))).toEqual([]);
    await page.getByTestId('permit-submit').click();

    const receipt = page.getByTestId('counter-receipt');
    await receipt.waitFor(WAIT);
    const code = ((await page.getByTestId('receipt-code').textContent()) ?? '').trim();
    expect(code).toMatch(TRACKING_CODE_PATTERN);
    const tracking = `${platform.url}/soignies/demandes/suivi/${code}/`;
    expect(await page.getByTestId('receipt-url').textContent()).toBe(tracking);
    await page.getByTestId('receipt-qr').waitFor(WAIT);
    expect(await qrText(page, 'receipt-qr')).toBe(tracking);
    expect(await receipt.textContent()).toContain('Encodé par téléphone par Agent démo');
    expect(await violations(page, '#staff-content')).toEqual([]);

    // « Imprimer » prints; printed, the page shows the receipt alone (the staff frame and the buttons hidden).
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByTestId('receipt-print').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const visibility = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((el) => getComputedStyle(el).visibility);
    expect(await visibility('[data-testid="staff-nav"]')).toBe('hidden');
    expect(await visibility('[data-testid="receipt-code"]')).toBe('visible');
    expect(await page.getByTestId('receipt-print').isVisible()).toBe(false);
    // The printed page's QR code still reads.
    expect(await qrText(page, 'receipt-qr')).toBe(tracking);
    await page.emulateMedia({ media: 'screen' });

    // The request's page, for staff: the mark in its timeline.
    await page.getByRole('link', { name: 'Ouvrir la demande' }).click();
    await expect.poll(() => page.getByTestId('timeline-encoded').first().textContent(), WAIT).toBe('Encodé par téléphone par Agent démo');

    // The citizen calls back: found by phone, however written.
    await page.getByTestId('staff-nav-counter').click();
    await page.getByTestId('counter-search').waitFor(WAIT);
    await page.getByLabel('Numéro de téléphone', { exact: true }).check();
    await page.locator('#cs-value').fill(`+32 ${phone.slice(1)}`);
    await page.getByTestId('counter-search-submit').click();
    const results = page.getByTestId('counter-search-results');
    await results.waitFor(WAIT);
    expect(await results.textContent()).toContain(code);
    expect(await violations(page, '#staff-content')).toEqual([]);

    // The public page the QR leads to says who encoded it, never who asked.
    await page.goto(tracking);
    await expect.poll(() => page.getByTestId('timeline-encoded').first().textContent(), WAIT).toBe('Encodé par téléphone par Agent démo');
    expect(await page.locator('main').textContent()).not.toContain('Albert Guichet');
    await page.context().close();
  });
});
