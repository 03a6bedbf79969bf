/**
 * Works sites in Chromium: a published site is in the list of /soignies/chantiers/, its page tells what, why, who,
 * the phases and the progress updates, a citizen asks to follow it by e-mail (« Confirmez votre adresse e-mail »),
 * and the poster's QR code, read by jsQR from the rendered PDF, opens that very page. WCAG 2.1 AA by axe-core.
 */
import { describe, expect, it } from 'vitest';
import { decodeQr, openPdf } from '../../functions/src/documents/pdf-reading.test-support.js';
import { newWorksProject, publication } from '../integration/worksite-fixtures.js';
import { WAIT, call, newPage, platform, token, useBrowserSession, violations } from './browser-session.js';

useBrowserSession();

describe('a works site the public can follow', () => {
  it('is listed, has its page, can be followed by e-mail, and its poster’s QR code opens the page', async () => {
    const p = await newWorksProject({ title: 'Rénovation de la place du Jeu de Balle' });
    const headers = await token();
    await call('POST', `/api/soignies/staff/projects/${p.id}/publication`, publication(1), headers);
    await call('POST', `/api/soignies/staff/projects/${p.id}/progress`, { version: 2, text: 'Les pavés sont posés côté église.' }, headers);

    const page = await newPage();
    await page.goto(`${platform.url}/soignies/chantiers/`);
    const link = page.getByRole('link', { name: 'Rénovation de la place du Jeu de Balle' });
    await link.waitFor(WAIT);
    expect(await violations(page)).toEqual([]);
    await link.click();

    await page.getByRole('heading', { level: 1, name: 'Rénovation de la place du Jeu de Balle' }).waitFor(WAIT);
    expect(page.url()).toBe(`${platform.url}/soignies/chantiers/${p.id}/`);
    const text = await page.locator('article').textContent();
    for (const words of [
      'Les égouts datent de 1930',
      'Entreprise Dubois & fils',
      'Égouttage',
      'Revêtement',
      'Déviation par la rue Neuve',
      'Les pavés sont posés côté église.',
    ])
      expect(text).toContain(words);
    expect(await violations(page)).toEqual([]);

    await page.getByLabel('Votre adresse e-mail').fill(`voisine-${crypto.randomUUID()}@example.org`);
    await page.getByRole('button', { name: 'Suivre ce chantier' }).click();
    await page.getByText('Confirmez votre adresse e-mail : nous vous avons envoyé un lien.').waitFor(WAIT);
    expect(await violations(page)).toEqual([]);

    const res = await fetch(`${platform.url}/api/soignies/works/${p.id}/poster.pdf`);
    expect(res.status).toBe(200);
    const qr = await decodeQr(await openPdf(new Uint8Array(await res.arrayBuffer())));
    expect(qr).toBe(`${platform.url}/soignies/chantiers/${p.id}/`);
    const fromPoster = await newPage();
    await fromPoster.goto(qr!);
    await fromPoster.getByRole('heading', { level: 1, name: 'Rénovation de la place du Jeu de Balle' }).waitFor(WAIT);
    await fromPoster.context().close();
    await page.context().close();
  }, 120_000);
});
