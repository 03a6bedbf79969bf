/**
 * Practical notices in a real browser against the whole local platform (docs/news.md): an agent writes one in the
 * staff space, changes it, is told when a colleague changed it first (409), and takes it off the site; citizens see
 * the current ones on the home page (an alert first, said in words) and every one on « Actualités » at its anchor;
 * the Atom feed is read by Chromium's own XML parser (DOMParser), the staff's words escaped. axe finds nothing.
 */
import { describe, expect, it } from 'vitest';
import { brusselsDate } from '@tandem/shared';
import { DESK, PHONE, WAIT, call, newPage, platform, signedIn, token, useBrowserSession, violations } from './browser-session.js';

useBrowserSession();

/** The platform's today (Brussels), as its handlers read it: the same instant's calendar day. */
const today = () => brusselsDate(Date.now());
const tag = () => crypto.randomUUID().slice(0, 6);

describe('staff write practical notices', () => {
  it('an agent writes, changes and unpublishes a notice; a stale change is said and reloaded', async () => {
    const page = await signedIn('agent@soignies.example', '/soignies/agents/', DESK);
    await page.getByTestId('staff-nav-news').click();
    await page.getByRole('heading', { name: 'Avis pratiques et alertes' }).waitFor(WAIT);
    await page.getByTestId('news-new').click();
    await page.getByTestId('news-form').waitFor(WAIT);
    // Nothing typed: the form names what is missing.
    await page.getByTestId('news-save').click();
    await expect.poll(() => page.getByTestId('news-errors').textContent(), WAIT).toContain('titre');

    const title = `Travaux rue Neuve ${tag()}`;
    await page.getByLabel('Travaux', { exact: true }).check();
    await page.getByLabel('Titre').fill(title);
    await page.getByLabel('Texte').fill('La rue est fermée entre le n° 2 et le n° 40.\n\nDéviation par la rue de Mons.');
    await page.getByLabel('Adresse ou lieu').fill('Rue Neuve, Soignies');
    await page.getByLabel('Lien pour en savoir plus').fill('https://www.soignies.be/travaux');
    expect(await violations(page)).toEqual([]);
    await page.getByTestId('news-save').click();
    await expect.poll(() => page.getByTestId('news-said').textContent(), WAIT).toBe('L’avis est enregistré.');
    const card = page.getByTestId('news-card').filter({ hasText: title });
    await expect.poll(() => card.textContent(), WAIT).toContain('En ligne');
    expect(await card.textContent()).toContain('Écrit par');

    // A colleague changes it meanwhile: this agent's change is refused (409), the list reloads and says so.
    const id = (await card.getAttribute('data-news-id'))!;
    await call(
      'PATCH',
      `/api/soignies/staff/news/${id}`,
      { body: 'Changé par un collègue.', version: 1 },
      await token('admin@soignies.example'),
    );
    await card.getByRole('button', { name: `Modifier : ${title}` }).click();
    await page.getByLabel('Titre').fill(`${title} (prolongé)`);
    await page.getByTestId('news-save').click();
    await expect.poll(() => page.getByTestId('news-said').textContent(), WAIT).toContain('Quelqu’un d’autre a modifié cet avis');
    await expect.poll(() => card.textContent(), WAIT).toContain('Changé par un collègue.');

    await card.getByTestId('news-toggle').click();
    await expect.poll(() => page.getByTestId('news-said').textContent(), WAIT).toBe('L’avis est retiré du site.');
    await expect.poll(() => card.textContent(), WAIT).toContain('Retiré du site');
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('a field worker has no link to it', async () => {
    const page = await signedIn('ouvrier@soignies.example', '/soignies/agents/', DESK);
    await page.getByTestId('staff-nav').waitFor(WAIT);
    expect(await page.getByTestId('staff-nav-news').count()).toBe(0);
    await page.context().close();
  });
});

describe('citizens read them', () => {
  it('the home page shows the current notices, an alert first and said in words; « Actualités » shows each at its anchor', async () => {
    const agent = await token('agent@soignies.example');
    const t = tag();
    const info = await call<{ id: string }>(
      'POST',
      '/api/soignies/staff/news',
      { kind: 'info', title: `Guichet fermé ${t}`, body: 'Lundi.', from: today() },
      agent,
    );
    const alert = await call<{ id: string }>(
      'POST',
      '/api/soignies/staff/news',
      {
        kind: 'alerte',
        title: `Eau <b>non</b> potable ${t}`,
        body: 'Faites bouillir l’eau.\n\n<script>alert(1)</script>',
        from: today(),
        place: { label: 'Rue de la Station', geometry: { type: 'Point', coordinates: [4.0686, 50.5772] } },
      },
      agent,
    );

    const page = await newPage(PHONE);
    await page.goto(`${platform.url}/soignies/`);
    const home = page.getByTestId('home-news');
    await expect.poll(() => home.getAttribute('data-ready'), WAIT).toBe('true');
    const items = home.locator('li');
    expect(await items.first().textContent()).toBe(`Alerte Eau <b>non</b> potable ${t}Rue de la Station`);
    expect(await items.first().getAttribute('class')).toContain('news-kind-alerte');
    expect(await home.textContent()).toContain(`Guichet fermé ${t}`);
    expect(await page.locator('script:not([src]):not([type])').filter({ hasText: 'alert(1)' }).count()).toBe(0);
    expect(await violations(page)).toEqual([]);

    await items.first().getByRole('link').click();
    await page.getByTestId('news-page').waitFor(WAIT);
    expect(new URL(page.url()).hash).toBe(`#avis-${alert.id}`);
    const notice = page.locator(`#avis-${alert.id}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), WAIT).toBe(`avis-${alert.id}`);
    expect(await notice.locator('h3').textContent()).toBe(`⚠ Alerte Eau <b>non</b> potable ${t}`);
    expect(await notice.locator('.news-body').allTextContents()).toEqual(['Faites bouillir l’eau.', '<script>alert(1)</script>']);
    expect(await page.locator(`#avis-${info.id}`).count()).toBe(1);
    expect(await violations(page)).toEqual([]);

    // In Dutch, the home section's words follow.
    await page.goto(`${platform.url}/soignies/`);
    await page.getByRole('button', { name: /NL/ }).click();
    await expect.poll(() => page.locator('#home-news-title').textContent(), WAIT).toBe('Nieuws en berichten');
    await expect.poll(() => home.locator('li .news-kind').first().textContent(), WAIT).toBe('Waarschuwing');
    await page.getByRole('button', { name: /FR/ }).click();
    await page.context().close();
  });

  it('the Atom feed is well-formed XML for the browser’s own parser, with the notices as entries, words escaped', async () => {
    const t = tag();
    const n = await call<{ id: string }>(
      'POST',
      '/api/soignies/staff/news',
      {
        kind: 'collecte',
        title: `Collecte <reportée> & "déplacée" ${t}`,
        body: 'Mardi > lundi.',
        from: today(),
        link: 'https://example.org/?a=1&b=2',
      },
      await token('agent@soignies.example'),
    );
    const page = await newPage(DESK);
    await page.goto(`${platform.url}/soignies/actualites/`);
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(
      '/api/feeds/soignies/actualites.atom',
    );
    const feed = await page.evaluate(async (id) => {
      const res = await fetch('/api/feeds/soignies/actualites.atom');
      const doc = new DOMParser().parseFromString(await res.text(), 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      const entry = [...doc.getElementsByTagNameNS(ns, 'entry')].find((e) =>
        e.getElementsByTagNameNS(ns, 'id')[0]?.textContent?.endsWith(`#avis-${id}`),
      );
      return {
        type: res.headers.get('content-type'),
        error: doc.getElementsByTagName('parsererror').length,
        root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
        feedTitle: doc.documentElement.getElementsByTagNameNS(ns, 'title')[0]?.textContent,
        entries: doc.getElementsByTagNameNS(ns, 'entry').length,
        title: entry?.getElementsByTagNameNS(ns, 'title')[0]?.textContent,
        content: entry?.getElementsByTagNameNS(ns, 'content')[0]?.textContent,
        related: entry?.querySelector('link[rel="related"]')?.getAttribute('href'),
        category: entry?.getElementsByTagNameNS(ns, 'category')[0]?.getAttribute('label'),
        updated: entry?.getElementsByTagNameNS(ns, 'updated')[0]?.textContent,
      };
    }, n.id);
    expect(feed).toMatchObject({
      type: 'application/atom+xml; charset=utf-8',
      error: 0,
      root: 'http://www.w3.org/2005/Atom feed',
      feedTitle: 'Actualités — Soignies',
      title: `Collecte <reportée> & "déplacée" ${t}`,
      content: 'Mardi > lundi.\n\nhttps://example.org/?a=1&b=2',
      related: 'https://example.org/?a=1&b=2',
      category: 'Collecte des déchets',
    });
    expect(feed.entries).toBeGreaterThan(1);
    expect(Number.isNaN(Date.parse(feed.updated!))).toBe(false);
    await page.context().close();
  });
});
