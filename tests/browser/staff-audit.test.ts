/**
 * The audit log in a real browser, against the whole local platform: an admin finds it in the staff navigation,
 * sees an agent's change and their own opening of the report, filters by item, and exports the CSV (fetched with
 * the bearer token, saved as a download); the screen passes axe-core (WCAG 2.1 AA). An agent has no such link and
 * is told the page is not theirs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DESK, WAIT, call, signedIn, token, useBrowserSession, violations } from './browser-session.js';

useBrowserSession();

describe('the audit log', () => {
  it('an admin sees who changed and who opened a report, filters by it, and exports the log as CSV', async () => {
    const report = await call<{ code: string }>('POST', '/api/soignies/reports', {
      category: 'voirie',
      location: { lat: 50.5795, lng: 4.0715 },
      description: 'Un nid-de-poule profond',
      answers: { taille: 'moyen' },
      email: 'citoyen@example.org',
    });
    await call(
      'POST',
      `/api/soignies/staff/reports/${report.code}/transitions`,
      { to: 'acknowledged', version: 1 },
      await token('agent@soignies.example'),
    );

    const page = await signedIn('admin@soignies.example', '/soignies/agents/', DESK);
    await page.getByTestId('staff-nav-audit').click();
    await page.getByRole('heading', { name: 'Journal d’audit' }).waitFor(WAIT);
    const row = page.getByTestId('audit-row').filter({ hasText: report.code });
    await expect.poll(() => row.count(), WAIT).toBe(1);
    await expect.poll(() => row.first().textContent(), WAIT).toContain('Signalement : changement d’état');
    expect(await row.first().textContent()).toContain('Agent démo');

    // Opening the report is a read of personal data: it is in the log once the list is shown again.
    await row.getByRole('link', { name: report.code }).click();
    await page.getByTestId('staff-nav-audit').waitFor(WAIT);
    await page.goBack();
    await page.getByLabel('Objet (code ou identifiant)').fill(report.code);
    await page.getByTestId('audit-apply').click();
    await expect.poll(() => page.getByTestId('audit-row').count(), WAIT).toBe(2);
    expect(await page.getByTestId('audit-row').first().getAttribute('data-action')).toBe('report.personal-data.read');
    expect(new URL(page.url()).searchParams.get('item')).toBe(report.code);
    expect(await violations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download', WAIT), page.getByTestId('audit-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-soignies-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('at,action,staff_name,staff_email,staff_sub,item_kind,item_id,detail,route,request_id');
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(['report.personal-data.read', 'report.transition']);
    await expect.poll(() => page.getByTestId('audit-export-status').textContent(), WAIT).toContain('.csv');
    await page.context().close();
  });

  it('an agent has no link to it, and the address says the page is not theirs', async () => {
    const page = await signedIn('agent@soignies.example', '/soignies/agents/journal/', DESK);
    await page.getByTestId('staff-forbidden').waitFor(WAIT);
    expect(await page.getByTestId('staff-nav-audit').count()).toBe(0);
    await page.context().close();
  });
});
