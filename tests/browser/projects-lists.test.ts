/**
 * The projects' lead and list download in a real browser, against the whole local platform: an agent gives a new
 * project its lead from the staff directory (the tasks' people picker), finds the lead's name on the project's page
 * and in the list, changes it in the edit form (the activity names both people); the list's « Télécharger (CSV) »
 * writes exactly the rows shown with French headers, a title starting with « = » as text. Axe finds nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../integration/csv-reader.js';
import { DESK, WAIT, call, signedIn, token, useBrowserSession, violations } from './browser-session.js';

useBrowserSession();

const AGENT = 'agent@soignies.example';
const people = async () =>
  (await call<{ items: { id: string; name: string }[] }>('GET', '/api/soignies/staff/people', undefined, await token(AGENT))).items;

describe('the project lead', () => {
  it('is picked from the staff directory on a new project, shown on its page and in the list, and changed', async () => {
    const title = `Marché de Noël ${Date.now()}`;
    const page = await signedIn(AGENT, '/soignies/agents/projets/nouveau/', DESK);
    await page.getByRole('heading', { name: 'Nouveau projet', level: 1 }).waitFor(WAIT);
    await page.getByLabel('Projet vide').check();
    await page.getByLabel('Titre').fill(title);
    await page.locator('#p-dept-travaux').check();
    const lead = page.getByRole('group', { name: 'Responsable' });
    await lead.getByRole('radio', { name: 'Personne pour l’instant' }).waitFor(WAIT);
    expect(await lead.getByRole('radio', { name: 'Personne pour l’instant' }).isChecked()).toBe(true);
    // The name typed narrows the list; one person is chosen.
    await lead.getByLabel('Chercher un collègue par son nom').fill('évènements');
    await lead.getByRole('radio', { name: 'Agent évènements' }).check();
    expect(await violations(page)).toEqual([]);
    await page.getByTestId('project-create').click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor(WAIT);
    await expect.poll(() => page.getByTestId('project').getByTestId('project-lead').textContent(), WAIT).toBe('Agent évènements');
    const id = page.url().split('/').at(-2)!;
    const stored = await call<{ lead?: string }>('GET', `/api/soignies/staff/projects/${id}`, undefined, await token(AGENT));
    expect(stored.lead).toBe((await people()).find((p) => p.name === 'Agent évènements')?.id);

    // Changed in the edit form: saved, shown, and the activity names both people.
    const edit = page.getByTestId('project-edit').getByRole('group', { name: 'Responsable' });
    expect(await edit.getByRole('radio', { name: 'Agent évènements' }).isChecked()).toBe(true);
    await edit.getByRole('radio', { name: 'Agent démo' }).check();
    await page.getByTestId('project-save').click();
    await page.getByTestId('project-notice').getByText('Projet enregistré.').waitFor(WAIT);
    await page.getByTestId('project-activity').getByText('Responsable : Agent évènements → Agent démo').waitFor(WAIT);
    expect(await page.getByTestId('project').getByTestId('project-lead').textContent()).toBe('Agent démo');
    expect(await violations(page)).toEqual([]);

    // The list names the lead.
    await page.getByRole('link', { name: 'Retour aux projets' }).click();
    const row = page.getByTestId('projects-list').locator('tr', { has: page.getByRole('link', { name: title }) });
    await expect.poll(() => row.getByTestId('project-lead').textContent(), WAIT).toContain('Agent démo');
    await page.context().close();
  });
});

describe('the projects list as CSV', () => {
  it('downloads the rows shown, French headers, a title starting with = written as text', async () => {
    const lead = (await people()).find((p) => p.name === 'Agent démo')!;
    const title = `=HYPERLINK("http://x.example","Chantier ${Date.now()}")`;
    await call(
      'POST',
      '/api/soignies/staff/projects',
      { kind: 'pst-action', title, departments: ['travaux'], lead: lead.id, start: '2027-03-01', end: '2027-04-30' },
      { ...(await token(AGENT)), 'idempotency-key': crypto.randomUUID() },
    );
    await call(
      'POST',
      '/api/soignies/staff/projects',
      { kind: 'works', title: `Autre chantier ${Date.now()}`, departments: ['travaux'] },
      { ...(await token(AGENT)), 'idempotency-key': crypto.randomUUID() },
    );
    // Filtered to one kind: the file holds exactly the rows the list shows.
    const page = await signedIn(AGENT, '/soignies/agents/projets/?vue=liste&kind=pst-action', DESK);
    const list = page.getByTestId('projects-list');
    await list.getByRole('link', { name: title }).waitFor(WAIT);
    const shown = await list.locator('tbody tr').count();
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), page.getByTestId('projects-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^projets-soignies-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = readCsv(text.slice(1));
    expect(header).toEqual([
      'Référence',
      'Projet',
      'Type',
      'Statut',
      'Santé',
      'Début',
      'Fin',
      'Responsable',
      'Service pilote',
      'Services',
      'Article budgétaire',
      'Objectif opérationnel du PST',
    ]);
    expect(rows.length).toBe(shown);
    expect(rows.every((r) => r[2] === 'Action du PST')).toBe(true);
    const mine = rows.find((r) => r[1] === `'${title}`);
    expect(mine).toEqual([
      expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/),
      `'${title}`,
      'Action du PST',
      'Prévu',
      'Dans les temps',
      '2027-03-01',
      '2027-04-30',
      'Agent démo',
      'Service Travaux',
      '',
      '',
      '',
    ]);
    await page.getByText(/^Fichier projets-soignies-.*\.csv téléchargé\.$/).waitFor(WAIT);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});
