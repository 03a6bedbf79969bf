/**
 * The projects screens in a real browser, against the whole local platform: an agent of the works department starts
 * a road works project from the commune's « Chantier de voirie » template (the dated tasks previewed first) and finds
 * its tasks on the project's page, each linking to the tasks screens; then every view of the projects (list, board,
 * month calendar, map), the project's page and the new-project form pass axe-core (WCAG 2.1 AA); a comment on the
 * project lands in its activity.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@tandem/shared/permits/calendar';
import { brusselsDate } from '@tandem/shared/brussels-time';
import { DESK, PHONE, WAIT, call, signedIn, token, useBrowserSession, violations } from './browser-session.js';
import { layoutProblems } from './layout-check.js';

useBrowserSession();

const AGENT = 'agent@soignies.example';
let start = '';
let placed = '';

beforeAll(async () => {
  start = addDays(brusselsDate(Date.now()), 30);
  // A project with a place, for the map, and one on the board's « En cours » column.
  const p = await call<{ id: string }>(
    'POST',
    '/api/soignies/staff/projects',
    {
      kind: 'works',
      title: 'Égouttage de la rue de la Station',
      departments: ['travaux', 'mobilite'],
      status: 'active',
      start,
      end: addDays(start, 20),
      place: {
        label: 'Rue de la Station',
        geometry: {
          type: 'LineString',
          coordinates: [
            [4.0705, 50.579],
            [4.0725, 50.5798],
          ],
        },
      },
    },
    { ...(await token(AGENT)), 'idempotency-key': crypto.randomUUID() },
  );
  placed = p.id;
});

describe('projects', () => {
  it('an agent starts a works project from its template and sees its tasks', async () => {
    const page = await signedIn(AGENT, '/soignies/agents/projets/', DESK);
    await page.getByTestId('project-new').click();
    await page.getByRole('heading', { name: 'Nouveau projet', level: 1 }).waitFor(WAIT);
    await page.getByLabel('À partir d’un modèle').check();
    await page.getByLabel('Modèle', { exact: true }).selectOption('chantier-voirie');
    // Before the anchor day, no dates to show.
    await page.getByText('Choisissez le jour pour voir les dates des tâches.').waitFor(WAIT);
    await page.getByLabel('Début du chantier').fill(addDays(start, 7));
    const preview = page.getByTestId('template-preview');
    await preview.waitFor(WAIT);
    expect(await preview.locator('tbody tr').count()).toBe(9);
    await expect.poll(() => preview.locator('caption').textContent(), WAIT).toContain('« Chantier de voirie »');
    expect(await violations(page)).toEqual([]);

    await page.getByLabel('Titre').fill('Réfection de la rue Neuve');
    await page.locator('#p-dept-travaux').check();
    await page.getByTestId('project-create').click();
    await page.getByRole('heading', { name: 'Réfection de la rue Neuve', level: 1 }).waitFor(WAIT);
    expect(page.url()).toMatch(/\/soignies\/agents\/projets\/[0-9A-Z]{4}-[0-9A-Z]{4}\/$/);
    const tasks = page.getByTestId('project-tasks');
    await tasks.waitFor(WAIT);
    expect(await tasks.locator('li').count()).toBe(9);
    const poster = tasks.getByRole('link', { name: 'Poser l’affiche de chantier' });
    expect(await poster.getAttribute('href')).toMatch(/^\/soignies\/agents\/taches\/[0-9A-Z]{4}-[0-9A-Z]{4}\/$/);
    await page.getByText('0 tâche(s) faite(s) sur 9').first().waitFor(WAIT);
    await page.getByTestId('project-activity').getByText('Projet créé').waitFor(WAIT);
    expect(await violations(page)).toEqual([]);

    // A change: the status, saved and told in the activity.
    await page.getByLabel('Statut', { exact: true }).selectOption('active');
    await page.getByTestId('project-save').click();
    await page.getByTestId('project-notice').getByText('Projet enregistré.').waitFor(WAIT);
    await page.getByTestId('project-activity').getByText('Statut : Prévu → En cours').waitFor(WAIT);
    expect(await page.getByTestId('project-status').textContent()).toBe('En cours');

    // A comment, through the tasks API's comments route, lands in the activity.
    await page.getByLabel('Ajouter un commentaire').fill('Affiches commandées chez l’imprimeur.');
    await page.getByRole('button', { name: 'Publier le commentaire' }).click();
    await page.getByTestId('project-activity').getByText('Affiches commandées chez l’imprimeur.').waitFor(WAIT);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('every view of the projects has its own address and passes axe', async () => {
    const page = await signedIn(AGENT, '/soignies/agents/projets/', DESK);
    // Signed in (the session kept) before the page is loaded again at each view's address.
    await page.getByTestId('projects-list').waitFor(WAIT);
    for (const [view, testId] of [
      ['liste', 'projects-list'],
      ['tableau', 'projects-board'],
      ['calendrier', 'projects-calendar'],
      ['carte', 'projects-map'],
    ] as const) {
      await page.goto(`${page.url().split('/soignies/')[0]}/soignies/agents/projets/?vue=${view}&mois=${start.slice(0, 7)}`);
      await page.getByTestId(testId).waitFor(WAIT);
      await page.getByTestId(testId).getByRole('link', { name: 'Égouttage de la rue de la Station' }).first().waitFor(WAIT);
      if (view === 'carte') await page.getByTestId('projects-map').locator('canvas').waitFor(WAIT);
      expect(await page.getByTestId(`projects-view-${view}`).getAttribute('aria-current')).toBe('page');
      expect(await violations(page), view).toEqual([]);
    }
    // A filter keeps the view and goes into the address.
    await page.getByLabel('Statut').selectOption('active');
    await expect.poll(() => new URL(page.url()).searchParams.get('status'), WAIT).toBe('active');
    expect(new URL(page.url()).searchParams.get('vue')).toBe('carte');
    await page.context().close();
  });

  it('on a phone, the list and a project read well and pass axe', async () => {
    const page = await signedIn(AGENT, `/soignies/agents/projets/${placed}/`, PHONE);
    await page.getByRole('heading', { name: 'Égouttage de la rue de la Station', level: 1 }).waitFor(WAIT);
    expect(await violations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Retour aux projets' }).click();
    await page.getByTestId('projects-list').waitFor(WAIT);
    expect(await violations(page)).toEqual([]);
    // At 320 px, no view scrolls sideways nor draws text over other text.
    await page.setViewportSize({ width: 320, height: 800 });
    const problems: string[] = [];
    for (const view of ['liste', 'tableau', 'calendrier']) {
      await page.goto(`${page.url().split('/soignies/')[0]}/soignies/agents/projets/?vue=${view}&mois=${start.slice(0, 7)}`);
      await page.getByTestId('projects').getByRole('link', { name: 'Égouttage de la rue de la Station' }).first().waitFor(WAIT);
      problems.push(...(await layoutProblems(page)).map((p) => `${view}: ${p}`));
    }
    await page.goto(`${page.url().split('/soignies/')[0]}/soignies/agents/projets/${placed}/`);
    await page.getByTestId('project-edit').waitFor(WAIT);
    problems.push(...(await layoutProblems(page)).map((p) => `project: ${p}`));
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
