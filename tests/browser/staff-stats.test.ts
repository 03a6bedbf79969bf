/**
 * The statistics screen in a real browser, against the whole local platform (its own, empty of other tests' data):
 * an agent finds it in the staff navigation, reads the figures of the reports filed and fixed here, narrows them to
 * one department (kept in the address), downloads a table as CSV, and each chart is an image with its title and
 * description above its table; the screen passes axe-core (WCAG 2.1 AA). A worker has no link to it and is told the
 * page is not theirs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DESK, WAIT, call, signedIn, token, useBrowserSession, violations } from './browser-session.js';

useBrowserSession();

const report = (category: string) =>
  call<{ code: string }>('POST', '/api/soignies/reports', {
    category,
    location: { lat: 50.5795, lng: 4.0715 },
    description: 'Une branche tombée sur le trottoir',
    answers: category === 'voirie' ? { taille: 'moyen' } : {},
  });

describe('the statistics screen', () => {
  it('an agent reads the period’s figures, narrows them to a department, and downloads a table as CSV', async () => {
    const fallen = await report('arbre');
    await report('arbre');
    await report('voirie');
    await call(
      'POST',
      `/api/soignies/staff/reports/${fallen.code}/transitions`,
      { to: 'fixed', version: 1 },
      await token('admin@soignies.example'),
    );

    const page = await signedIn('evenements@soignies.example', '/soignies/agents/', DESK);
    await page.getByTestId('staff-nav-stats').click();
    await page.getByRole('heading', { name: 'Statistiques', level: 1 }).waitFor(WAIT);
    await expect.poll(() => page.getByTestId('stats-received').textContent(), WAIT).toBe('3');
    expect(await page.getByTestId('stats-closed').textContent()).toBe('1');

    // Each chart is one image named by its title and described, and its figures are in the table after it.
    const chart = page.getByRole('img', { name: 'Signalements par jour' });
    expect(await chart.count()).toBe(1);
    expect(await page.locator('#stats-days-desc').textContent()).toContain('Diagramme en barres');
    expect(await page.getByTestId('stats-days-table').locator('tbody tr').count()).toBe(30);
    const greens = page.getByTestId('stats-department-row').filter({ hasText: 'Espaces verts' });
    expect(await greens.count()).toBe(1);
    expect(await greens.locator('td').nth(1).textContent()).toContain('2');
    expect(await violations(page)).toEqual([]);

    await page.getByRole('combobox', { name: 'Service', exact: true }).selectOption('espaces-verts');
    await page.getByTestId('stats-apply').click();
    await expect.poll(() => page.getByTestId('stats-received').textContent(), WAIT).toBe('2');
    expect(new URL(page.url()).searchParams.get('department')).toBe('espaces-verts');
    expect(await page.getByTestId('stats-department-row').count()).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download', WAIT), page.getByTestId('stats-export-departments').click()]);
    expect(download.suggestedFilename()).toMatch(/^stats-departments-soignies-espaces-verts-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('department,received,closed,median_hours_to_close,p90_hours_to_close,overdue');
    expect(lines[1]).toMatch(/^espaces-verts,2,1,/);
    await expect.poll(() => page.getByTestId('stats-status').textContent(), WAIT).toContain('.csv');
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('a worker has no link to it, and the address says the page is not theirs', async () => {
    const page = await signedIn('ouvrier@soignies.example', '/soignies/agents/statistiques/', DESK);
    await page.getByTestId('staff-forbidden').waitFor(WAIT);
    expect(await page.getByTestId('staff-nav-stats').count()).toBe(0);
    await page.context().close();
  });
});
