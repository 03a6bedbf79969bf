/**
 * Two people on one shared phone (docs/field-app.md, « One phone, several people »), the real shell, service
 * worker and platform: the demo worker (A) starts a task offline and signs out, keeping the action; the sign-in
 * screen says an action waits for someone; the demo agent (B, of the same department: the server would accept A's
 * start with B's token, so a leak would show) signs in on the same phone and sees nothing waiting; B starts a task of
 * their own offline and, back online, B's flush (« Envoyer maintenant », `online` and Background Sync's `sync` on the
 * app's worker, which takes B's refresh cookie) sends B's action with B's token and nothing of A's; A signs in again
 * and A's action reaches the server once, as A's. The tasks are the test's own, without due time.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TaskView } from '@tandem/shared/schemas/work';
import { PHONE, WAIT, call, newPage, platform, token, useBrowserSession } from './browser-session.js';
import {
  FIELD_APP,
  FIELD_PIN,
  FIELD_WORKER,
  newTask,
  outboxSync,
  outboxText,
  signInAndChoosePin,
  staffSub,
  taskCard,
} from './support/field-app.js';

useBrowserSession();
const A = { username: FIELD_WORKER, name: 'Ouvrier démo', pin: FIELD_PIN };
const B = { username: 'agent@soignies.example', name: 'Agent démo', pin: '7391' };
const HELD_ONE = 'Ce téléphone garde 1 action pas encore envoyée. Elle partira quand la personne qui l’a faite se reconnectera ici.';

type TaskRead = TaskView & { activity?: { kind: string; actor: string }[] };

/** Counts the worker's « field-outbox-changed » messages: the last one of a run of the worker's outbox says it ended. */
async function countWorkerRuns(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __runs: number };
    w.__runs = 0;
    navigator.serviceWorker.addEventListener('message', (e) => {
      if ((e.data as { type?: string } | undefined)?.type === 'field-outbox-changed') w.__runs++;
    });
  });
}
const workerRuns = (page: Page) => page.evaluate(() => (window as unknown as { __runs: number }).__runs);

describe('field app on a shared phone', () => {
  it('keeps each person’s waiting actions theirs: B never sees nor sends A’s, and A’s leave once when A signs in again', async () => {
    const agent = await token(B.username);
    const t = await newTask(agent, await staffSub(agent, A.name), { title: 'Déboucher l’avaloir' });
    const u = await newTask(agent, await staffSub(agent, B.name), { title: 'Remettre la barrière' });
    const server = (id: string) => call<TaskRead>('GET', `/api/soignies/staff/tasks/${id}`, undefined, agent);
    const moves = async (id: string) => ((await server(id)).activity ?? []).filter((x) => x.kind === 'status').map((x) => x.actor);

    // A signs in, goes offline, starts their task, and signs out: the action stays on the phone, A's.
    const page = await newPage(PHONE);
    const context = page.context();
    await signInAndChoosePin(page, A);
    await taskCard(page, t.id).waitFor(WAIT);
    await context.setOffline(true);
    await taskCard(page, t.id).getByRole('button', { name: 'Commencer' }).click();
    await expect.poll(() => outboxText(page), WAIT).toBe('1 action en attente');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('button', { name: 'Les garder et se déconnecter' }).click();
    await page.getByLabel('Adresse e-mail').waitFor(WAIT);
    expect(await page.getByTestId('field-held').textContent()).toBe(HELD_ONE);

    // Online again, B signs in on the same phone (the opening first revokes A's session): nothing of A's to see.
    await context.setOffline(false);
    await page.goto(`${platform.url}${FIELD_APP}`);
    await page.getByTestId('field-held').waitFor(WAIT);
    expect(await page.getByTestId('field-held').textContent()).toBe(HELD_ONE);
    await signInAndChoosePin(page, B);
    await taskCard(page, u.id).waitFor(WAIT);
    await expect.poll(() => outboxText(page), WAIT).toBe('Tout est envoyé');
    expect(await page.locator('[data-conflict]').count()).toBe(0);

    // B starts their own task offline: one action waiting, B's only.
    await context.setOffline(true);
    await taskCard(page, u.id).getByRole('button', { name: 'Commencer' }).click();
    await expect.poll(() => outboxText(page), WAIT).toBe('1 action en attente');

    // Back online, every trigger at once: the button, `online`, and the worker's `sync` (with B's refresh cookie).
    const sync = await outboxSync(page);
    await countWorkerRuns(page);
    await context.setOffline(false);
    const [clicked] = await Promise.all([
      page.evaluate(() => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Envoyer maintenant');
        button?.click();
        window.dispatchEvent(new Event('online'));
        return Boolean(button);
      }),
      sync(),
    ]);
    expect(clicked, '« Envoyer maintenant » was there to press').toBe(true);
    await expect.poll(async () => (await server(u.id)).status, WAIT).toBe('doing');
    await expect.poll(() => outboxText(page), WAIT).toBe('Tout est envoyé');
    // One more `sync` after B's action left: the worker's run finds A's action and leaves it (its message says it ended).
    const runs = await workerRuns(page);
    await sync();
    await expect.poll(() => workerRuns(page), WAIT).toBeGreaterThan(runs);
    expect(await moves(u.id)).toEqual([B.name]);
    expect((await server(u.id)).version).toBe(u.version + 1);
    const untouched = await server(t.id);
    expect([untouched.status, untouched.version]).toEqual(['todo', t.version]);
    expect(await moves(t.id)).toEqual([]);

    // B signs out (nothing of theirs waits: no warning); the phone still holds A's action.
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByLabel('Adresse e-mail').waitFor(WAIT);
    expect(await page.getByTestId('field-held').textContent()).toBe(HELD_ONE);

    // A signs in again, online: A's action leaves, with A's token, once (even with the worker's `sync` on top).
    await signInAndChoosePin(page, A);
    await expect.poll(async () => (await server(t.id)).status, WAIT).toBe('doing');
    await expect.poll(() => outboxText(page), WAIT).toBe('Tout est envoyé');
    const syncAgain = await outboxSync(page);
    await countWorkerRuns(page);
    await syncAgain();
    await expect.poll(() => workerRuns(page), WAIT).toBeGreaterThan(0);
    expect((await server(t.id)).version).toBe(t.version + 1);
    expect(await moves(t.id)).toEqual([A.name]);
    // Nothing is held any more: A signing out leaves no database behind.
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByLabel('Adresse e-mail').waitFor(WAIT);
    expect(await page.getByTestId('field-held').count()).toBe(0);
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('tandem-field-soignies');
    await context.close();
  });
});
