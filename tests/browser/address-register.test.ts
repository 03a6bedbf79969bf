/**
 * « Registre des adresses » in a real browser against the whole local platform (docs/addresses.md): an admin opens
 * it from the menu, chooses a BeST-style CSV with one bad line, sees the columns found, the first rows and the
 * refused line before anything is sent, imports the other lines, and reads the counts and the refused line; the
 * imported address is then found by the report form's address search. A file over the API's limit is said to be so
 * before sending and slimmed to the useful columns. axe finds nothing on the screen, preview and result shown.
 */
import { describe, expect, it } from 'vitest';
import { DESK, WAIT, call, signedIn, useBrowserSession, violations } from './browser-session.js';

useBrowserSession();

const HEAD =
  'EPSG:4326_lat;EPSG:4326_lon;house_number;box_number;postcode;postname_fr;streetname_fr;municipality_name_fr;status;address_id';
const CSV = [
  HEAD,
  '50,5760;4,0640;1;;7060;Soignies;Rue des Carrières;Soignies;current;A1',
  '50,5762;4,0642;3;;7060;Soignies;Rue des Carrières;Soignies;current;A2',
  '50,5762;4,0642;3;1;7060;Soignies;Rue des Carrières;Soignies;current;A3', // a box of number 3: set aside
  '50,5764;4,0644;5;;706;Soignies;Rue des Carrières;Soignies;current;A4', // line 5: a postcode of three digits
  '50,5791;4,0711;2;;7060;Soignies;Rue du Lombard;Soignies;current;A5',
  '50,5792;4,0712;4;;7060;Soignies;Rue du Lombard;Soignies;retired;A6', // no longer current: set aside
].join('\n');

describe('the address register screen', () => {
  it('previews a CSV, imports it without its refused line, and shows the counts and that line', async () => {
    const page = await signedIn('admin@soignies.example', '/soignies/agents/', DESK);
    await page.getByTestId('staff-nav-addresses').click();
    await page.getByRole('heading', { level: 1, name: 'Registre des adresses' }).waitFor(WAIT);
    expect(await page.getByTestId('staff-nav-addresses').getAttribute('aria-current')).toBe('page');
    await page.getByTestId('address-current').waitFor(WAIT);
    expect(await page.getByTestId('address-limits').textContent()).toContain('4 Mo');

    await page.getByLabel('Fichier CSV du registre').setInputFiles({
      name: 'adresses-soignies.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV, 'utf8'),
    });
    const preview = page.getByTestId('address-preview');
    await preview.waitFor(WAIT);
    // The columns found (BeST's names), those ignored, the first rows with their line, the verdict.
    expect(await page.locator('[data-testid="address-columns"] tr[data-field="street"] td').textContent()).toBe('streetname_fr');
    expect(await page.locator('[data-testid="address-columns"] tr[data-field="lat"] td').textContent()).toBe('EPSG:4326_lat');
    expect(await preview.textContent()).toContain('Colonnes ignorées : address_id.');
    expect(await page.locator('[data-testid="address-rows"] tbody tr').count()).toBe(5);
    expect(await page.locator('[data-testid="address-rows"] tbody tr').nth(3).textContent()).toContain('706');
    expect(await page.getByTestId('address-file-status').textContent()).toBe('3 adresse(s) prête(s) à importer.');
    expect(await page.locator('[data-testid="address-refused-list"] li').allTextContents()).toEqual([
      'ligne 5, colonne postcode : pas un code postal belge (quatre chiffres)',
    ]);
    expect(await violations(page, '[data-testid="address-register"]')).toEqual([]);

    // Refused lines need the admin's say: not sent until they choose to leave them out.
    await page.getByTestId('address-import').click();
    expect(await page.getByTestId('address-error').textContent()).toContain('Des lignes sont refusées');
    await page.getByLabel('Importer les autres lignes, sans les lignes refusées (1)').check();
    await page.getByTestId('address-import').click();

    const result = page.getByTestId('address-result');
    await result.waitFor(WAIT);
    expect(await page.getByTestId('address-result-counts').textContent()).toBe(
      'Registre importé : 3 adresse(s) et 2 rue(s) sont en service.',
    );
    expect(await result.textContent()).toContain('2 ligne(s) mise(s) de côté');
    expect(await page.locator('[data-testid="address-result-refused"] li').allTextContents()).toEqual([
      'ligne 5, colonne postcode : pas un code postal belge (quatre chiffres)',
    ]);
    expect(await page.locator('[data-testid="address-result-refused"] li').getAttribute('data-line')).toBe('5');
    // The register in use, read again: the new counts and who imported it.
    await expect.poll(() => page.getByTestId('address-current-points').textContent(), WAIT).toBe('3');
    expect(await page.getByTestId('address-current-streets').textContent()).toBe('2');
    const by = await page.getByTestId('address-current-by').textContent();
    expect(by).toBeTruthy();
    expect(by).not.toContain('démarrage');
    expect(await page.getByTestId('address-current-version').textContent()).toMatch(/^[0-9a-f]{16}$/);
    expect(await violations(page, '[data-testid="address-register"]')).toEqual([]);

    // The report form's address search finds the imported address; the refused number is not there.
    const found = await call('GET', `/api/soignies/addresses/search?q=${encodeURIComponent('rue des carrieres 3')}`);
    expect(found.matches[0]).toMatchObject({ label: 'Rue des Carrières 3, 7060 Soignies', lat: 50.5762, lng: 4.0642 });
    const five = await call('GET', `/api/soignies/addresses/search?q=${encodeURIComponent('rue des carrieres 5')}`);
    expect(five.matches.map((m: { number?: string }) => m.number)).not.toContain('5');
    await page.context().close();
  });

  it('says a file over the limit is too big before sending it, and slims it to the useful columns', async () => {
    const page = await signedIn('admin@soignies.example', `/soignies/agents/adresses/`, DESK);
    await page.getByTestId('address-current').waitFor(WAIT);
    // A BeST export's twenty columns, one long unused identifier each: about 4.6 MiB for 18 000 rows.
    const header =
      'EPSG:31370_x,EPSG:31370_y,EPSG:4326_lat,EPSG:4326_lon,address_id,box_number,house_number,municipality_id,municipality_name_de,municipality_name_fr,municipality_name_nl,postcode,postname_fr,postname_nl,street_id,streetname_de,streetname_fr,streetname_nl,region_code,status';
    const rows = Array.from(
      { length: 18_000 },
      (_, i) =>
        `121000.12,134000.34,50.57${String(i % 1000).padStart(3, '0')},4.06${String(i % 997).padStart(3, '0')},https://data.example.org/id/adres/${'0'.repeat(90)}${i},,${i + 1},55040,Soignies,Soignies,Zinnik,7060,Soignies,Zinnik,https://data.example.org/id/straat/${i % 40},,Rue ${i % 40},,BE-WAL,current`,
    );
    const big = Buffer.from([header, ...rows].join('\n'), 'utf8');
    expect(big.length).toBeGreaterThan(4 * 1024 * 1024);
    await page.getByLabel('Fichier CSV du registre').setInputFiles({ name: 'best-wallonie.csv', mimeType: 'text/csv', buffer: big });
    const tooBig = page.getByTestId('address-too-big');
    await tooBig.waitFor(WAIT);
    expect(await tooBig.textContent()).toContain('la limite est 4 Mo');
    expect(await page.getByTestId('address-preview').count()).toBe(0);
    expect(await violations(page, '[data-testid="address-register"]')).toEqual([]);
    await page.getByTestId('address-slim').click();
    const preview = page.getByTestId('address-preview');
    await preview.waitFor(WAIT);
    expect(await preview.textContent()).toContain('Colonnes inutiles retirées');
    expect(await page.getByTestId('address-file-status').textContent()).toMatch(/^18\s000 adresse\(s\) prête\(s\) à importer\.$/);
    await page.context().close();
  });
});
