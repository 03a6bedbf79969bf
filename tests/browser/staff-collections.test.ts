/**
 * The staff's waste collection screen (docs/collections.md) in Chromium against the whole local platform, its clock
 * fixed on a Tuesday evening in Brussels: an agent of Braine-le-Comte opens « Collectes » from the staff nav, sends a
 * calendar with a wrong date and an unknown kind (each refused line named in French, nothing sent), then the year's
 * calendar and the streets of each zone (said with their counts, and shown as published); the citizens' page then
 * finds a street and its next collection. axe finds nothing.
 */
import { describe, expect, it } from 'vitest';
import { demoCollectionCsv, demoStreetZonesCsv } from '../../infra/local/seed/demo-collections.js';
import { DESK, PHONE, WAIT, newPage, platform, signedIn, useBrowserSession, violations } from './browser-session.js';

/** Tuesday 5 March 2030, 20:30 in Brussels: Braine-le-Comte's Zone Centre is collected on Wednesdays. */
const AT = '2030-03-05T19:30:00Z';
useBrowserSession({ clock: AT });

const file = (name: string, mimeType: string, text: string) => ({ name, mimeType, buffer: Buffer.from(text, 'utf8') });

describe('the staff’s collections screen', () => {
  it('names refused lines, imports a calendar and the streets, and the citizens’ page shows them', async () => {
    const page = await signedIn('agent@braine-le-comte.example', '/braine-le-comte/agents/', DESK);
    await page.clock.setFixedTime(AT);
    await page.getByTestId('staff-nav-collections').click();
    await page.getByRole('heading', { name: 'Calendrier des collectes', level: 1 }).waitFor(WAIT);
    expect(await page.getByLabel('Année').inputValue()).toBe('2030');
    expect(await violations(page)).toEqual([]);

    // A wrong date and an unknown kind: each line named, in French, before anything is sent.
    const bad = 'zone,date,collecte\nZone Centre,2030-02-30,PMC\nZone Centre,2030-03-06,Plastiques durs\n';
    await page.getByLabel('Fichier du calendrier (.csv ou .ics)').setInputFiles(file('calendrier.csv', 'text/csv', bad));
    await page.getByRole('button', { name: 'Importer le calendrier' }).click();
    const calendarSaid = page.getByTestId('collections-calendar-said');
    await expect
      .poll(() => calendarSaid.locator('p').textContent(), WAIT)
      .toMatch(/^Des lignes ne sont pas valables : rien n’a été importé/);
    const problems = await calendarSaid.locator('li').allTextContents();
    expect(problems[0]).toMatch(/^Ligne 2, colonne date : date non valable/);
    expect(problems[1]).toMatch(/^Ligne 3, colonne collecte : collecte inconnue/);
    expect(await violations(page)).toEqual([]);

    // The year's calendar, then the streets.
    await page
      .getByLabel('Fichier du calendrier (.csv ou .ics)')
      .setInputFiles(file('calendrier.csv', 'text/csv', demoCollectionCsv('braine-le-comte', 2030)!));
    await page.getByRole('button', { name: 'Importer le calendrier' }).click();
    await expect
      .poll(() => calendarSaid.textContent(), WAIT)
      .toMatch(/^(Calendrier 2030 importé : 2 zones, \d+ collectes\.|Ce fichier est déjà celui qui est publié : rien n’a changé\.)$/);
    await page.getByTestId('collections-staff-years').locator('li[data-year="2030"]').waitFor(WAIT);
    await page.getByLabel('Fichier des rues (.csv)').setInputFiles(file('rues.csv', 'text/csv', demoStreetZonesCsv('braine-le-comte')!));
    await page.getByRole('button', { name: 'Importer les rues' }).click();
    await expect
      .poll(() => page.getByTestId('collections-streets-said').textContent(), WAIT)
      .toMatch(/^(Rues importées : \d+ rues en 2 zones\.|Ce fichier est déjà celui qui est publié : rien n’a changé\.)$/);
    await page.getByTestId('collections-staff-streets').waitFor(WAIT);
    expect(await page.getByTestId('collections-staff-streets').textContent()).toContain('Zone Centre');
    expect(await violations(page)).toEqual([]);
    await page.context().close();

    const citizen = await newPage(PHONE);
    await citizen.clock.setFixedTime(AT);
    await citizen.goto(`${platform.url}/braine-le-comte/collectes/?rue=${encodeURIComponent('Rue des Dominicains')}`);
    const found = citizen.getByTestId('collections-found');
    await found.waitFor(WAIT);
    expect(await found.getByRole('heading', { level: 2 }).textContent()).toBe('Rue des Dominicains : Zone Centre');
    expect(await found.getByTestId('collections-next').locator('li').first().textContent()).toBe(
      'Ordures ménagères : Demain (mercredi 6 mars)',
    );
    await citizen.context().close();
  });
});
