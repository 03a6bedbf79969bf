/**
 * Live updates on the work screens in a real browser, against the whole local platform (stream → bus → fan-out →
 * socket), two people in two browser contexts. An agent watches their department's board while a colleague (the
 * admin) moves a card on theirs and creates a task: the card shows in its new column and the new one in « À faire »,
 * without a reload, and the board's live region names the colleague. On the task page, the colleague's next move
 * raises the banner « Admin démo a modifié cette tâche. » (what the agent was typing stays; « Recharger » shows the new
 * status); axe finds nothing in the banner. The projects list shows a colleague's new project without a reload, and
 * the project page's banner names the colleague who changed it. A worker's bell counts a colleague's mention without a
 * reload.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESK, WAIT, call, newPage, signIn, token, useBrowserSession, violations } from './browser-session.js';
import { framesOf, subscribed } from './live-frames.js';

useBrowserSession();

const AGENT = 'agent@soignies.example';
const ADMIN = 'admin@soignies.example';
const WORKER = 'ouvrier@soignies.example';

/** A mark on the window: still there later means the page was not reloaded meanwhile. */
const markWindow = (page: Page) => page.evaluate(() => ((window as unknown as { liveMark: number }).liveMark = 1));
const stillMarked = (page: Page) => page.evaluate(() => (window as unknown as { liveMark?: number }).liveMark === 1);

/** Moves a card on `page`'s board through its « Déplacer vers… » menu, and waits for the board's word on it. */
async function moveCard(page: Page, id: string, to: string): Promise<void> {
  await page.getByTestId(`move-${id}`).click();
  await page.getByTestId(`board-card-${id}`).getByRole('button', { name: to, exact: true }).click();
  await expect
    .poll(() => page.getByTestId('board-live').textContent(), WAIT)
    .toMatch(/déplacée vers|n’a pas été déplacée|rien n’a été déplacé/);
  expect(await page.getByTestId('board-live').textContent()).toContain(`déplacée vers « ${to} »`);
}

describe('live updates on the work screens', () => {
  it('a colleague’s move and new task reach the board in place; the task page names the colleague', async () => {
    const stamp = Date.now();
    const title = `Repeindre le passage piéton rue des Écoles (${stamp})`;
    const task = await call<{ id: string }>(
      'POST',
      '/api/soignies/staff/tasks',
      { title, department: 'travaux' },
      { ...(await token(AGENT)), 'idempotency-key': randomUUID() },
    );
    const board = '/soignies/agents/taches/?vue=tableau&service=travaux';

    const watcher = await newPage(DESK);
    const frames = framesOf(watcher);
    await signIn(watcher, AGENT, board);
    await watcher.getByTestId('board-column-todo').getByTestId(`board-card-${task.id}`).waitFor(WAIT);
    await expect.poll(() => subscribed(frames, 'board:travaux'), WAIT).toBe(true);
    await markWindow(watcher);
    const doneBefore = await watcher.getByTestId('board-column-done').locator('.board-card').count();

    // The colleague, in another context, moves the card on their own board.
    const colleague = await newPage(DESK);
    await signIn(colleague, ADMIN, board);
    await colleague.getByTestId(`board-card-${task.id}`).waitFor(WAIT);
    await moveCard(colleague, task.id, 'En cours');

    // The watcher's board shows it in its new column, says who moved it, and was not reloaded.
    await watcher.getByTestId('board-column-doing').getByTestId(`board-card-${task.id}`).waitFor(WAIT);
    expect(await watcher.getByTestId('board-column-todo').getByTestId(`board-card-${task.id}`).count()).toBe(0);
    await expect
      .poll(() => watcher.getByTestId('board-live').textContent(), WAIT)
      .toBe(`Admin démo a déplacé « ${title} » vers « En cours ».`);
    expect(await watcher.getByTestId('board-live').getAttribute('aria-live')).toBe('polite');
    expect(await watcher.getByTestId('board-column-done').locator('.board-card').count()).toBe(doneBefore);
    expect(await stillMarked(watcher)).toBe(true);

    // A task the colleague creates for the department comes first in « À faire ».
    const added = `Nettoyer l’avaloir place Verte (${stamp})`;
    const fresh = await call<{ id: string }>(
      'POST',
      '/api/soignies/staff/tasks',
      { title: added, department: 'travaux' },
      { ...(await token(ADMIN)), 'idempotency-key': randomUUID() },
    );
    await watcher.getByTestId('board-column-todo').getByTestId(`board-card-${fresh.id}`).waitFor(WAIT);
    await expect
      .poll(() => watcher.getByTestId('board-live').textContent(), WAIT)
      .toBe(`Admin démo a ajouté « ${added} » dans « À faire ».`);
    expect(await stillMarked(watcher)).toBe(true);

    // The watcher opens the task and starts a comment; the colleague moves the task on.
    await watcher.getByTestId(`board-card-${task.id}`).getByRole('link', { name: title }).click();
    await watcher.getByTestId('task-detail').waitFor(WAIT);
    await expect.poll(() => subscribed(frames, `task:${task.id}`), WAIT).toBe(true);
    const comment = watcher.getByLabel('Commentaire', { exact: true });
    await comment.fill('Je passe demain matin.');
    await moveCard(colleague, task.id, 'En attente');

    const banner = watcher.getByTestId('live-banner');
    await banner.waitFor(WAIT);
    expect(await banner.textContent()).toContain('Admin démo a modifié cette tâche.');
    expect(await watcher.getByTestId('live-banner-region').getAttribute('role')).toBe('status');
    expect(await violations(watcher, '[data-testid="live-banner-region"]')).toEqual([]);
    // Nothing typed is lost, and the page shows what it showed until the agent reloads.
    expect(await comment.inputValue()).toBe('Je passe demain matin.');
    expect(await watcher.getByTestId('task-status').textContent()).toBe('En cours');

    await watcher.getByRole('button', { name: 'Recharger' }).click();
    await expect.poll(() => watcher.getByTestId('task-status').textContent(), WAIT).toBe('En attente');
    expect(await banner.count()).toBe(0);
    expect(await comment.inputValue()).toBe('Je passe demain matin.');

    await colleague.context().close();
    await watcher.context().close();
  });

  it('a colleague’s new project reaches the projects list; the project page names the colleague who changed it', async () => {
    const stamp = Date.now();
    const title = `Rénover la salle des fêtes (${stamp})`;
    const project = await call<{ id: string }>(
      'POST',
      '/api/soignies/staff/projects',
      { kind: 'service', title, departments: ['travaux'] },
      { ...(await token(AGENT)), 'idempotency-key': randomUUID() },
    );
    const watcher = await newPage(DESK);
    const frames = framesOf(watcher);
    await signIn(watcher, AGENT, '/soignies/agents/projets/?vue=liste');
    const list = watcher.getByTestId('projects-list');
    await list.getByRole('link', { name: title }).waitFor(WAIT);
    await expect.poll(() => subscribed(frames, 'projects'), WAIT).toBe(true);
    await markWindow(watcher);

    const admin = await token(ADMIN);
    const other = `Fleurir les ronds-points (${stamp})`;
    await call(
      'POST',
      '/api/soignies/staff/projects',
      { kind: 'service', title: other, departments: ['travaux'] },
      { ...admin, 'idempotency-key': randomUUID() },
    );
    await list.getByRole('link', { name: other }).waitFor(WAIT);
    expect(await stillMarked(watcher)).toBe(true);

    await list.getByRole('link', { name: title }).click();
    await watcher.getByTestId('project').waitFor(WAIT);
    await expect.poll(() => subscribed(frames, `project:${project.id}`), WAIT).toBe(true);
    const field = watcher.locator('#p-title');
    await field.fill(`${title} et son parking`);
    const now = await call<{ version: number }>('GET', `/api/soignies/staff/projects/${project.id}`, undefined, admin);
    await call(
      'PATCH',
      `/api/soignies/staff/projects/${project.id}`,
      { version: now.version, status: 'active' },
      { ...admin, 'idempotency-key': randomUUID() },
    );
    const banner = watcher.getByTestId('live-banner');
    await banner.waitFor(WAIT);
    expect(await banner.textContent()).toContain('Admin démo a modifié ce projet.');
    expect(await violations(watcher, '[data-testid="live-banner-region"]')).toEqual([]);
    expect(await field.inputValue()).toBe(`${title} et son parking`);
    expect(await watcher.getByTestId('project-status').textContent()).toContain('Prévu');
    await watcher.getByRole('button', { name: 'Recharger' }).click();
    await expect.poll(() => watcher.getByTestId('project-status').textContent(), WAIT).toContain('En cours');
    expect(await banner.count()).toBe(0);
    await watcher.context().close();
  });

  it('a colleague’s mention raises the bell’s count without a reload', async () => {
    const agent = await token(AGENT);
    const people = await call<{ items: { id: string; name: string }[] }>('GET', '/api/soignies/staff/people', undefined, agent);
    const workerSub = people.items.find((p) => p.name === 'Ouvrier démo')!.id;
    const task = await call<{ id: string }>(
      'POST',
      '/api/soignies/staff/tasks',
      // Assigned to the worker: a worker follows (and may read) only the tasks assigned to them.
      { title: `Vérifier les bancs du parc (${Date.now()})`, department: 'travaux', assignees: [workerSub] },
      { ...agent, 'idempotency-key': randomUUID() },
    );
    // The assignment notifies the worker first (through stream and bus): once counted, it is marked read.
    const worker = await token(WORKER);
    const unread = async () =>
      (await call<{ unread: number }>('GET', '/api/soignies/staff/notifications/unread', undefined, worker)).unread;
    await expect.poll(unread, WAIT).toBe(1);
    await call('POST', '/api/soignies/staff/notifications/read', { all: true }, worker);
    expect(await unread()).toBe(0);

    const page = await newPage(DESK);
    const frames = framesOf(page);
    await signIn(page, WORKER, '/soignies/agents/taches/');
    await page.getByRole('link', { name: 'Notifications', exact: true }).waitFor(WAIT);
    await expect.poll(() => subscribed(frames, `user:${workerSub}`), WAIT).toBe(true);
    await markWindow(page);

    await call(
      'POST',
      `/api/soignies/staff/tasks/${task.id}/comments`,
      { text: 'Peux-tu y jeter un œil ?', mentions: [workerSub] },
      { ...agent, 'idempotency-key': randomUUID() },
    );
    await page.getByRole('link', { name: 'Notifications, 1 non lue' }).waitFor(WAIT);
    expect(await page.getByTestId('notification-badge').textContent()).toBe('1');
    expect(await stillMarked(page)).toBe(true);
    await page.context().close();
  });
});
