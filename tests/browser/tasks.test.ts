/**
 * The staff tasks screens in a real browser, against the whole local platform: a task moves across the department
 * board from the keyboard alone (« Déplacer vers… », said in the live region, focus kept on the card), a stale move
 * reloads the board and says so, a comment mentions a colleague picked from the @ suggestions (who then finds it in
 * their « Mon travail »), a done task marks its report fixed with the public message the agent confirmed, and every
 * view passes axe-core (WCAG 2.1 AA).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import soignies from '../../infra/communes/soignies.json' with { type: 'json' };
import { DESK, WAIT, call, signedIn, token, useBrowserSession, violations } from './browser-session.js';

useBrowserSession();
const AGENT = 'agent@soignies.example';
const WORKER = 'ouvrier@soignies.example';

interface Task {
  id: string;
  title: string;
  status: string;
  version: number;
}

async function newTask(title: string, extra: Record<string, unknown> = {}): Promise<Task> {
  return call<Task>(
    'POST',
    '/api/soignies/staff/tasks',
    { title, department: 'travaux', ...extra },
    { ...(await token(AGENT)), 'idempotency-key': randomUUID() },
  );
}
const getTask = async (id: string) => call<Task>('GET', `/api/soignies/staff/tasks/${id}`, undefined, await token(AGENT));

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
const settled = (page: Page, testId: string) => expect.poll(() => page.getByTestId(testId).getAttribute('aria-busy'), WAIT).toBeNull();

describe('staff tasks', () => {
  it('moves a task across the board from the keyboard, says so, keeps focus on the card; the board passes axe', async () => {
    const t = await newTask(`Reboucher le nid-de-poule rue Neuve (${Date.now()})`);
    const page = await signedIn(AGENT, '/soignies/agents/taches/?vue=tableau&service=travaux', DESK);
    await page.getByTestId('task-board').waitFor(WAIT);
    await settled(page, 'task-board');
    const card = page.getByTestId(`board-card-${t.id}`);
    await page.getByTestId('board-column-todo').getByTestId(`board-card-${t.id}`).waitFor(WAIT);
    expect(await page.getByTestId('tasks-view-tableau').getAttribute('aria-current')).toBe('page');
    expect(await violations(page)).toEqual([]);

    // Keyboard only: focus the card's « Déplacer vers… », Enter opens the columns (focus on the first), Enter moves.
    await page.getByTestId(`move-${t.id}`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), WAIT).toBe('En cours');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('board-live').textContent(), WAIT).toBe(`« ${t.title} » déplacée vers « En cours ».`);
    await page.getByTestId('board-column-doing').getByTestId(`board-card-${t.id}`).waitFor(WAIT);
    expect(await page.getByTestId('board-column-todo').getByTestId(`board-card-${t.id}`).count()).toBe(0);
    expect(await focusedTestId(page)).toBe(`move-${t.id}`);
    expect((await getTask(t.id)).status).toBe('doing');

    // Escape closes the menu and gives focus back to its button; nothing moves.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), WAIT).toBe('À faire');
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedTestId(page), WAIT).toBe(`move-${t.id}`);
    expect(await card.locator('.move-targets').count()).toBe(0);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('a move made on a stale card reloads the board and says so; nothing is moved', async () => {
    const t = await newTask(`Élaguer le tilleul place Verte (${Date.now()})`);
    const page = await signedIn(AGENT, '/soignies/agents/taches/?vue=tableau&service=travaux', DESK);
    await page.getByTestId('board-column-todo').getByTestId(`board-card-${t.id}`).waitFor(WAIT);
    // Someone else starts it meanwhile.
    await call(
      'PATCH',
      `/api/soignies/staff/tasks/${t.id}`,
      { version: t.version, status: 'waiting' },
      { ...(await token(AGENT)), 'idempotency-key': randomUUID() },
    );
    await page.getByTestId(`move-${t.id}`).click();
    await page.getByTestId(`board-card-${t.id}`).getByRole('button', { name: 'Fait', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('board-live').textContent(), WAIT)
      .toBe(`« ${t.title} » avait été modifiée par quelqu’un d’autre entre-temps : le tableau a été rechargé, rien n’a été déplacé.`);
    await page.getByTestId('board-column-waiting').getByTestId(`board-card-${t.id}`).waitFor(WAIT);
    expect((await getTask(t.id)).status).toBe('waiting');
    await page.context().close();
  });

  it('a comment mentions a colleague picked from the @ suggestions by keyboard; they find it under « Mentions »; the task page passes axe', async () => {
    const t = await newTask(`Remplacer le panneau STOP rue des Écoles (${Date.now()})`, {
      checklist: [{ id: 'c1', text: 'Commander le panneau', done: false }],
    });
    const page = await signedIn(AGENT, `/soignies/agents/taches/${t.id}/`, DESK);
    await page.getByTestId('task-detail').waitFor(WAIT);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(t.title);
    expect(await violations(page)).toEqual([]);

    const text = page.getByLabel('Commentaire', { exact: true });
    await text.click();
    await page.keyboard.type('Peux-tu passer demain ? @Ouv');
    const suggestions = page.getByTestId('mention-suggestions');
    await suggestions.waitFor(WAIT);
    expect(await suggestions.getByRole('button').allTextContents()).toEqual([expect.stringContaining('Mentionner Ouvrier démo')]);
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => text.inputValue(), WAIT).toBe('Peux-tu passer demain ? @Ouvrier démo ');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), WAIT).toBe('comment-text');
    await page.keyboard.type('merci !');
    await page.getByTestId('comment-send').click();
    await expect.poll(() => page.getByTestId('comment-status').textContent(), WAIT).toBe('Commentaire publié ; 1 mention(s) envoyée(s).');
    expect(await text.inputValue()).toBe('');
    const activity = page.getByTestId('task-activity');
    await expect.poll(() => activity.textContent(), WAIT).toContain('Peux-tu passer demain ? @Ouvrier démo merci !');
    expect(await activity.textContent()).toContain('Mentionnés : Ouvrier démo');

    // Ticking the checklist is saved at once and said.
    await page.getByLabel('Commander le panneau').check();
    await expect.poll(() => page.getByTestId('checklist-status').textContent(), WAIT).toBe('Point « Commander le panneau » coché.');
    expect(await violations(page)).toEqual([]);
    await page.context().close();

    // The colleague finds the task in « Mon travail », list « Mentions ».
    const mentioned = await call<{ items: { id: string }[] }>(
      'GET',
      '/api/soignies/staff/my-work?view=mentioned',
      undefined,
      await token(WORKER),
    );
    expect(mentioned.items.map((i) => i.id)).toContain(t.id);
    const worker = await signedIn(WORKER, '/soignies/agents/taches/?vue=mentions', DESK);
    await worker.getByTestId('my-work').waitFor(WAIT);
    await settled(worker, 'my-work');
    await worker.getByRole('link', { name: t.title }).waitFor(WAIT);
    expect(await worker.getByTestId('my-work-mentioned').getAttribute('aria-current')).toBe('page');
    expect(await violations(worker)).toEqual([]);
    await worker.context().close();
  });

  it('a done task linked to an open report offers to mark it fixed, with a public message the agent confirms', async () => {
    const { code } = await call<{ code: string }>('POST', '/api/soignies/reports', {
      category: 'trottoir',
      location: soignies.map.center,
      description: 'Une dalle du trottoir soulevée devant le numéro 12.',
      email: `citoyen-${Date.now()}@example.org`,
      locale: 'fr',
    });
    const t = await newTask(`Reboucher le nid-de-poule signalé (${Date.now()})`, { links: [{ kind: 'report', id: code }] });
    await call(
      'PATCH',
      `/api/soignies/staff/tasks/${t.id}`,
      { version: t.version, status: 'done' },
      { ...(await token(AGENT)), 'idempotency-key': randomUUID() },
    );
    const page = await signedIn(AGENT, `/soignies/agents/taches/${t.id}/`, DESK);
    const offer = page.getByTestId('report-repaired');
    await offer.waitFor(WAIT);
    expect(
      await page
        .getByTestId('task-links')
        .getByRole('link', { name: `Signalement ${code}` })
        .getAttribute('href'),
    ).toBe(`/soignies/agents/signalements/${code}/`);
    await offer.getByRole('button', { name: 'Marquer le signalement comme réparé' }).click();
    const message = offer.getByLabel('Message public à l’auteur du signalement');
    expect(await message.inputValue()).toBe('La réparation a été faite. Merci de nous l’avoir signalé.');
    expect(await violations(page)).toEqual([]);
    await message.fill('Le trou est rebouché depuis ce matin. Merci !');
    await offer.getByRole('button', { name: 'Confirmer : réparé' }).click();
    await page.getByTestId('report-repaired-done').waitFor(WAIT);
    expect(await page.getByTestId('report-repaired-done').textContent()).toBe(
      `Le signalement ${code} est marqué comme réparé ; son auteur en est informé.`,
    );
    const report = await call<{ state: string; timeline: { text?: string }[] }>(
      'GET',
      `/api/soignies/staff/reports/${code}`,
      undefined,
      await token(AGENT),
    );
    expect(report.state).toBe('fixed');
    expect(JSON.stringify(report.timeline)).toContain('Le trou est rebouché depuis ce matin. Merci !');
    await page.context().close();
  });

  it('my work, the list with a saved view, the calendar (month and week), the map and the new task form pass axe', async () => {
    const t = await newTask(`Vider les poubelles du parc (${Date.now()})`, {
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      place: { label: 'Parc communal', geometry: { type: 'Point', coordinates: [soignies.map.center.lng, soignies.map.center.lat] } },
    });
    const page = await signedIn(AGENT, '/soignies/agents/taches/', DESK);
    await page.getByTestId('my-work').waitFor(WAIT);
    await settled(page, 'my-work');
    expect(await page.getByTestId('staff-nav-tasks').getAttribute('aria-current')).toBe('page');
    expect(await violations(page)).toEqual([]);

    // The list, filtered by words, saved as a named view (kept in this browser).
    await page.getByTestId('tasks-view-liste').click();
    await page.getByTestId('task-list').waitFor(WAIT);
    await page.getByLabel('Mots').fill('poubelles');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect.poll(() => new URL(page.url()).search, WAIT).toBe('?vue=liste&mots=poubelles');
    await settled(page, 'task-list');
    await page.getByRole('link', { name: t.title }).waitFor(WAIT);
    await page.getByLabel('Nom de la vue (filtres actuels)').fill('Poubelles');
    await page.getByRole('button', { name: 'Enregistrer la vue' }).click();
    await page.getByTestId('saved-views').getByRole('button', { name: 'Poubelles', exact: true }).waitFor(WAIT);
    expect(await violations(page)).toEqual([]);

    await page.getByTestId('tasks-view-calendrier').click();
    await page.getByTestId('calendar-month').waitFor(WAIT);
    await settled(page, 'task-calendar');
    expect(await violations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Semaine', exact: true }).click();
    await page.getByTestId('calendar-week').waitFor(WAIT);
    await settled(page, 'task-calendar');
    expect(await violations(page)).toEqual([]);

    await page.getByTestId('tasks-view-carte').click();
    await page.getByTestId('tasks-map').waitFor(WAIT);
    await settled(page, 'tasks-map');
    await expect.poll(() => page.getByTestId('tasks-map-box').getAttribute('aria-busy'), WAIT).toBe('false');
    // The task with a place is listed beside the map, the way to it for keyboards and screen readers.
    await page
      .getByTestId('map-tasks')
      .getByRole('link', { name: `${t.title} — Parc communal` })
      .waitFor(WAIT);
    expect(await violations(page)).toEqual([]);

    // A new task: the empty form names its problem, then the task is made and its page opens.
    await page.getByTestId('task-new').click();
    await page.getByTestId('task-new-form').waitFor(WAIT);
    await page.getByTestId('task-create').click();
    await page.getByTestId('error-summary').waitFor(WAIT);
    expect(await page.getByTestId('error-summary').locator('li').allTextContents()).toEqual(['Écrivez un intitulé de 3 à 140 caractères.']);
    expect(await violations(page)).toEqual([]);
    const title = `Repeindre le passage piéton (${Date.now()})`;
    await page.getByLabel('Intitulé').fill(title);
    await page.getByTestId('task-create').click();
    await page.getByTestId('task-detail').waitFor(WAIT);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    await page.context().close();
  });
});
