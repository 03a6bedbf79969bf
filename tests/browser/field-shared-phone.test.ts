/**
 * Two people on one shared phone (docs/field-app.md, « One phone, several people »), the real shell, service
 * worker and platform: the demo worker (A) starts a task offline and signs out, keeping the action; the sign-in
 * screen says an action waits for someone; the demo agent (B, of the same department: the server would accept A's
 * start with B's token, so a leak would show) signs in on the same phone and sees nothing waiting; B starts a task of
 * their own offline and, back online, B's flush (« Envoyer maintenant », `online` and Background Sync's `sync` on the
 * app's worker, which takes B's refresh cookie) sends B's action with B's token and nothing of A's; A signs in again
 * and A's action reaches the server once, as A's. The tasks are the test's own, without due time.
 */
import { randomUUID } from 'node:crypto';
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TaskView } from '@tandem/shared/schemas/work';
import { PHONE, WAIT, call, newPage, platform, signIn, token, useBrowserSession } from './browser-session.js';

useBrowserSession();
const APP = '/soignies/terrain/';
const A = { username: 'ouvrier@soignies.example', name: 'Ouvrier démo', pin: '4826' };
const B = { username: 'agent@soignies.example', name: 'Agent démo', pin: '7391' };
const HELD_ONE = 'Ce téléphone garde 1 action pas encore envoyée. Elle partira quand la personne qui l’a faite se reconnectera ici.';

type TaskRead = TaskView & { activity?: { kind: string; actor: string }[] };

const barText = (page: Page) => page.getByTestId('field-outbox').locator('.fa-bar-count').textContent();
const card = (page: Page, id: string) => page.locator(`[data-task="${id}"]`);

/** Signs in on the app's own sign-in form (the page reloads to the app first) and chooses the PIN. */
async function signInAndChoosePin(page: Page, who: typeof A): Promise<void> {
  await signIn(page, who.username, APP);
  await page.getByLabel('Code (4 à 6 chiffres)').fill(who.pin, WAIT);
  await page.getByLabel('Le même code, une seconde fois').fill(who.pin);
  await page.getByRole('button', { name: 'Enregistrer le code' }).click();
  await page.getByTestId('field-outbox').waitFor(WAIT);
}

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

/** The app's worker registration, for DevTools' `ServiceWorker.dispatchSyncEvent`. */
async function syncEvents(page: Page): Promise<{ cdp: CDPSession; sync(): Promise<void> }> {
  const origin = new URL(platform.url).origin;
  const cdp = await page.context().newCDPSession(page);
  const registrations: { registrationId: string; scopeURL: string; isDeleted: boolean }[] = [];
  cdp.on('ServiceWorker.workerRegistrationUpdated', (e) => registrations.push(...e.registrations));
  await cdp.send('ServiceWorker.enable');
  const ours = () => registrations.find((r) => r.scopeURL === `${origin}${APP}` && !r.isDeleted);
  await expect.poll(() => Boolean(ours()), WAIT).toBe(true);
  return {
    cdp,
    sync: async () => {
      await cdp.send('ServiceWorker.dispatchSyncEvent', {
        origin,
        registrationId: ours()!.registrationId,
        tag: 'field-outbox',
        lastChance: false,
      });
    },
  };
}

describe('field app on a shared phone', () => {
  it('keeps each person’s waiting actions theirs: B never sees nor sends A’s, and A’s leave once when A signs in again', async () => {
    const agent = await token(B.username);
    const people = await call<{ items: { id: string; name: string }[] }>('GET', '/api/soignies/staff/people', undefined, agent);
    const sub = (name: string) => people.items.find((p) => p.name === name)!.id;
    const make = (title: string, assignee: string) =>
      call<TaskView>(
        'POST',
        '/api/soignies/staff/tasks',
        { title: `${title} (${randomUUID().slice(0, 8)})`, department: 'travaux', assignees: [assignee] },
        { ...agent, 'idempotency-key': randomUUID() },
      );
    const t = await make('Déboucher l’avaloir', sub(A.name));
    const u = await make('Remettre la barrière', sub(B.name));
    const server = (id: string) => call<TaskRead>('GET', `/api/soignies/staff/tasks/${id}`, undefined, agent);
    const moves = async (id: string) => ((await server(id)).activity ?? []).filter((x) => x.kind === 'status').map((x) => x.actor);

    // A signs in, goes offline, starts their task, and signs out: the action stays on the phone, A's.
    const page = await newPage(PHONE);
    const context = page.context();
    await signInAndChoosePin(page, A);
    await card(page, t.id).waitFor(WAIT);
    await context.setOffline(true);
    await card(page, t.id).getByRole('button', { name: 'Commencer' }).click();
    await expect.poll(() => barText(page), WAIT).toBe('1 action en attente');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('button', { name: 'Les garder et se déconnecter' }).click();
    await page.getByLabel('Adresse e-mail').waitFor(WAIT);
    expect(await page.getByTestId('field-held').textContent()).toBe(HELD_ONE);

    // Online again, B signs in on the same phone (the opening first revokes A's session): nothing of A's to see.
    await context.setOffline(false);
    await page.goto(`${platform.url}${APP}`);
    await page.getByTestId('field-held').waitFor(WAIT);
    expect(await page.getByTestId('field-held').textContent()).toBe(HELD_ONE);
    await signInAndChoosePin(page, B);
    await card(page, u.id).waitFor(WAIT);
    await expect.poll(() => barText(page), WAIT).toBe('Tout est envoyé');
    expect(await page.locator('[data-conflict]').count()).toBe(0);

    // B starts their own task offline: one action waiting, B's only.
    await context.setOffline(true);
    await card(page, u.id).getByRole('button', { name: 'Commencer' }).click();
    await expect.poll(() => barText(page), WAIT).toBe('1 action en attente');

    // Back online, every trigger at once: the button, `online`, and the worker's `sync` (with B's refresh cookie).
    const { sync } = await syncEvents(page);
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
    await expect.poll(() => barText(page), WAIT).toBe('Tout est envoyé');
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
    await expect.poll(() => barText(page), WAIT).toBe('Tout est envoyé');
    const again = await syncEvents(page);
    await countWorkerRuns(page);
    await again.sync();
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
