/**
 * The staff workspace from end to end, in Chromium, the way people use it (the API only to check what the screens
 * did): an agent of public works (and environment) opens « Projets », starts a road works project from the
 * « Chantier de voirie » template and its anchor day, finds the project's dated tasks, gives one to the demo worker
 * while another stays with the works department, mentions a colleague with @ in a comment, gives the project its
 * place (a point on the map) and publishes the works site (why, who, a phase). A citizen opens the public page; the
 * poster's QR code, read from the PDF, leads to that page. The worker signs in and finds the task in « Mon travail »;
 * on the department's board the agent moves a task with the keyboard alone. Each screen passes axe (WCAG 2.1 AA).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays } from '@tandem/shared/permits/calendar';
import { brusselsDate } from '@tandem/shared/brussels-time';
import { decodeQr, openPdf } from '../../functions/src/documents/pdf-reading.test-support.js';
import { DESK, PHONE, WAIT, call, newPage, platform, signedIn, token, useBrowserSession, violations } from './browser-session.js';

useBrowserSession();

const AGENT = 'agent@soignies.example';
const WORKER = 'ouvrier@soignies.example';
const TITLE = 'Réfection de la rue de la Coquerie';
const POSTER_TASK = 'Poser l’affiche de chantier';
const SIGNS_TASK = 'Placer la signalisation de déviation';

interface Task {
  id: string;
  title: string;
  department: string;
  assignees: string[];
  status: string;
  dueAt?: string;
  projectId?: string;
}

const api = async <T>(path: string, who = AGENT) => call<T>('GET', `/api/soignies/${path}`, undefined, await token(who));
const idInUrl = (page: Page) => /\/([0-9A-Z]{4}-[0-9A-Z]{4})\/$/.exec(page.url())?.[1] ?? '';
const settled = (page: Page, testId: string) => expect.poll(() => page.getByTestId(testId).getAttribute('aria-busy'), WAIT).toBeNull();

describe('the staff workspace, from a template to the street', () => {
  it('a works project from its template to its public page, its tasks shared out, moved on the board', async () => {
    const anchor = addDays(brusselsDate(Date.now()), 30);
    const end = addDays(anchor, 20);
    const page = await signedIn(AGENT, '/soignies/agents/', DESK);

    // « Projets » → « Nouveau projet », from the « Chantier de voirie » template: the dated tasks are previewed.
    await page.getByTestId('staff-nav-projects').click();
    await page.getByRole('heading', { name: 'Projets', level: 1 }).waitFor(WAIT);
    await page.getByTestId('project-new').click();
    await page.getByRole('heading', { name: 'Nouveau projet', level: 1 }).waitFor(WAIT);
    await page.getByLabel('À partir d’un modèle').check();
    await page.getByLabel('Modèle', { exact: true }).selectOption({ label: 'Chantier de voirie' });
    await page.getByLabel('Début du chantier').fill(anchor);
    await page.getByTestId('template-preview').waitFor(WAIT);
    expect(await page.getByTestId('template-preview').locator('tbody tr').count()).toBe(9);
    await page.getByLabel('Titre').fill(TITLE);
    await page.locator('#p-dept-travaux').check();
    await page.getByLabel('Début', { exact: true }).fill(anchor);
    await page.getByLabel('Fin', { exact: true }).fill(end);
    await page.getByTestId('project-create').click();

    // The project's page: its nine tasks, each with its due day.
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor(WAIT);
    const projectId = idInUrl(page);
    expect(projectId).not.toBe('');
    const tasks = page.getByTestId('project-tasks');
    await tasks.waitFor(WAIT);
    expect(await tasks.locator('li').count()).toBe(9);
    for (const line of await tasks.locator('li').allTextContents()) expect(line).toMatch(/Échéance \d{1,2} \S+ \d{4}/);
    expect(await violations(page)).toEqual([]);
    const made = await api<{ items: Task[] }>(`staff/projects/${projectId}/tasks`);
    const posterTask = made.items.find((t) => t.title === POSTER_TASK)!;
    const signsTask = made.items.find((t) => t.title === SIGNS_TASK)!;
    expect(posterTask.dueAt?.slice(0, 10)).toBe(addDays(anchor, -3));
    expect(signsTask.department).toBe('travaux');

    // One task goes to the demo worker, from the task's page.
    await tasks.getByRole('link', { name: POSTER_TASK }).click();
    await page.getByRole('heading', { name: POSTER_TASK, level: 1 }).waitFor(WAIT);
    await page.getByTestId('task-edit').locator('summary').click();
    await page.getByRole('checkbox', { name: 'Ouvrier démo' }).check();
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await expect.poll(() => page.getByTestId('task-notice').textContent(), WAIT).toBe('Tâche modifiée.');
    const people = await api<{ items: { id: string; name: string }[] }>('staff/people');
    const worker = people.items.find((p) => p.name === 'Ouvrier démo')!;
    expect((await api<Task>(`staff/tasks/${posterTask.id}`)).assignees).toEqual([worker.id]);
    expect(await violations(page)).toEqual([]);

    // Back to the project by the task's own link (named by the project's title); the other task stays with public
    // works, nobody named yet.
    await page.getByTestId('task-facts').getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor(WAIT);
    await page.getByTestId('project-tasks').getByRole('link', { name: SIGNS_TASK }).click();
    await page.getByRole('heading', { name: SIGNS_TASK, level: 1 }).waitFor(WAIT);

    // A colleague mentioned with @ in a comment on that task.
    const comment = page.getByLabel('Commentaire', { exact: true });
    await comment.click();
    await page.keyboard.type('Les panneaux sont au dépôt, @Ouv');
    await page.getByTestId('mention-suggestions').waitFor(WAIT);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.type('peux-tu les charger ?');
    await page.getByTestId('comment-send').click();
    await expect.poll(() => page.getByTestId('comment-status').textContent(), WAIT).toBe('Commentaire publié ; 1 mention(s) envoyée(s).');
    await expect.poll(() => page.getByTestId('task-activity').textContent(), WAIT).toContain('Mentionnés : Ouvrier démo');
    expect(await violations(page)).toEqual([]);
    const signs = await api<Task>(`staff/tasks/${signsTask.id}`);
    expect([signs.department, signs.assignees]).toEqual(['travaux', []]);
    const mentioned = await api<{ items: { id: string }[] }>('staff/my-work?view=mentioned', WORKER);
    expect(mentioned.items.map((i) => i.id)).toContain(signsTask.id);

    // The works site: no place yet, so nothing to publish; the place is given on the project's page, a point on the map.
    await page.getByTestId('task-facts').getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor(WAIT);
    const panel = page.locator('section[aria-labelledby="publication-title"]');
    await panel.getByText('Indiquez d’abord le lieu du projet').waitFor(WAIT);
    expect(await panel.getByRole('button', { name: 'Publier la page' }).isDisabled()).toBe(true);
    const edit = page.getByTestId('project-edit');
    await edit.getByLabel('Lieu, en mots (rue, numéro, repère)').fill('Rue de la Coquerie');
    await edit.getByRole('button', { name: 'Ouvrir la carte' }).click();
    await edit.getByTestId('permit-map').locator('canvas').waitFor(WAIT);
    await edit.getByRole('button', { name: 'Placer le point au centre de la carte' }).click();
    await expect.poll(() => edit.getByTestId('permit-map-status').textContent(), WAIT).toBe('Point placé.');
    await page.getByTestId('project-save').click();
    await page.getByTestId('project-notice').getByText('Projet enregistré.').waitFor(WAIT);
    expect(await page.getByTestId('project-place').textContent()).toBe('Rue de la Coquerie');
    expect((await api<{ place?: { geometry: { type: string } } }>(`staff/projects/${projectId}`)).place?.geometry.type).toBe('Point');
    expect(await panel.getByText('Indiquez d’abord le lieu du projet').count()).toBe(0);
    expect(await violations(page)).toEqual([]);

    // Why, who, the phases: published.
    await panel.getByLabel('Pourquoi ces travaux ?').fill('Les égouts de la rue datent de 1950 et débordent à chaque orage.');
    await panel.getByLabel('Qui fait les travaux ?').fill('Entreprise Lambert & fils');
    await panel.getByLabel('Étape 1').fill('Égouttage');
    await panel.getByLabel('Début', { exact: true }).fill(anchor);
    await panel.getByLabel('Fin', { exact: true }).fill(end);
    await panel.getByRole('button', { name: 'Publier la page' }).click();
    await panel.getByText('Page enregistrée.').waitFor(WAIT);
    await panel.getByText('Publié', { exact: true }).waitFor(WAIT);
    expect(await violations(page)).toEqual([]);
    const publicHref = await panel.getByRole('link', { name: 'Voir la page publique' }).getAttribute('href');
    expect(publicHref).toBe(`/soignies/chantiers/${projectId}/`);
    const posterHref = (await panel.getByRole('link', { name: 'Télécharger l’affiche (PDF)' }).getAttribute('href'))!;

    // A citizen opens the public page.
    const citizen = await newPage(PHONE);
    await citizen.goto(`${platform.url}${publicHref}`);
    await citizen.getByRole('heading', { level: 1, name: TITLE }).waitFor(WAIT);
    const article = (await citizen.locator('article').textContent()) ?? '';
    for (const words of ['Les égouts de la rue datent de 1950', 'Entreprise Lambert & fils', 'Égouttage', 'Rue de la Coquerie'])
      expect(article).toContain(words);
    expect(await violations(citizen)).toEqual([]);
    await citizen.context().close();

    // The poster's QR code leads to that very page.
    const pdf = await fetch(new URL(posterHref, platform.url));
    expect(pdf.status).toBe(200);
    expect(await decodeQr(await openPdf(new Uint8Array(await pdf.arrayBuffer())))).toBe(`${platform.url}/soignies/chantiers/${projectId}/`);

    // The worker signs in and finds the task given to them in « Mon travail ».
    const phone = await signedIn(WORKER, '/soignies/agents/', PHONE);
    await phone.getByTestId('staff-nav-tasks').click();
    await phone.getByTestId('my-work').waitFor(WAIT);
    await settled(phone, 'my-work');
    expect(await phone.getByTestId('my-work-assigned').getAttribute('aria-current')).toBe('page');
    await phone.getByTestId('my-work').getByRole('link', { name: POSTER_TASK }).click();
    await phone.getByRole('heading', { name: POSTER_TASK, level: 1 }).waitFor(WAIT);
    // Workers do not open projects: the task names its project's code, not a link to a page they would be refused.
    const facts = phone.getByTestId('task-facts');
    expect(await facts.textContent()).toContain(projectId);
    expect(await facts.getByRole('link').count()).toBe(0);
    expect(await violations(phone)).toEqual([]);
    await phone.context().close();

    // On the works department's board, the agent moves the signs' task with the keyboard alone.
    await page.getByTestId('staff-nav-tasks').click();
    await page.getByTestId('my-work').waitFor(WAIT);
    await page.getByTestId('tasks-view-tableau').click();
    await page.getByTestId('task-board').waitFor(WAIT);
    await settled(page, 'task-board');
    expect(await page.getByLabel('Service', { exact: true }).inputValue()).toBe('travaux');
    const todo = page.getByTestId('board-column-todo');
    await todo.getByTestId(`board-card-${signsTask.id}`).waitFor(WAIT);
    await todo.getByTestId(`board-card-${posterTask.id}`).getByText('Ouvrier démo').waitFor(WAIT);
    expect(await todo.getByTestId(`board-card-${signsTask.id}`).locator('.card-people').count()).toBe(0);
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: `Déplacer vers… la tâche « ${SIGNS_TASK} »` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), WAIT).toBe('En cours');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('board-live').textContent(), WAIT).toBe(`« ${SIGNS_TASK} » déplacée vers « En cours ».`);
    await page.getByTestId('board-column-doing').getByTestId(`board-card-${signsTask.id}`).waitFor(WAIT);
    expect((await api<Task>(`staff/tasks/${signsTask.id}`)).status).toBe('doing');
    await page.context().close();
  }, 240_000);
});
