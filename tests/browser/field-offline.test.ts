/**
 * The field app without network (docs/field-app.md): the demo worker signs in once and chooses a PIN; offline
 * (context.setOffline, which cuts the service worker's fetches too) they start one task and start then finish
 * another: three actions wait in the outbox, « Envoyer maintenant » sends nothing and loses nothing; the app reloads
 * offline (the service worker serves the page, the PIN reopens it, the kept « Aujourd’hui » and the outbox are still
 * there); back online, the page's `online` trigger, the button and Background Sync's `sync` (DevTools'
 * ServiceWorker.dispatchSyncEvent) all fire at once, and each action reaches the server once: the tasks' versions
 * moved by exactly three. The finish was queued on the version seen before the start: its 409 is re-read and the
 * finish applied on the new version. A task given to someone else while its start waited is a conflict said in words,
 * kept across a reload until the worker dismisses it.
 *
 * Until GET staff/today is served (field-api), the test answers it from the tasks as the API reads them.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import type { FieldTaskView, TodayView } from '@tandem/shared/field/field-api';
import type { TaskView } from '@tandem/shared/schemas/work';
import { PHONE, WAIT, call, newPage, platform, signIn, token, useBrowserSession, violations } from './browser-session.js';

useBrowserSession();
const APP = '/soignies/terrain/';
const WORKER = 'ouvrier@soignies.example';
const PIN = '4826';

const fieldView = (t: TaskView, me: string): FieldTaskView => ({
  id: t.id,
  title: t.title,
  description: t.description,
  department: t.department,
  assignees: t.assignees,
  mine: t.assignees.includes(me),
  status: t.status,
  priority: t.priority,
  overdue: false,
  checklist: t.checklist,
  photos: [],
  version: t.version,
});

/** The server's answer when it has the route; else a TodayView made from the tasks as the API reads them. */
async function todayRoute(route: Route, ids: string[], me: string): Promise<void> {
  const res = await route.fetch().catch(() => undefined);
  if (!res) return route.abort('internetdisconnected');
  if (res.status() !== 404) return route.fulfill({ response: res });
  const worker = await token(WORKER);
  const tasks = await Promise.all(ids.map((id) => call<TaskView>('GET', `/api/soignies/staff/tasks/${id}`, undefined, worker)));
  const view: TodayView = { at: new Date().toISOString(), mine: tasks.map((t) => fieldView(t, me)), team: [] };
  return route.fulfill({ json: view });
}

const waitingCount = (page: Page) => page.getByTestId('outbox-count').locator('span').textContent();
const card = (page: Page, id: string) => page.locator(`[data-task="${id}"]`);

/** The demo worker's sub, the demo agent's token, and tasks assigned to the worker (made by the agent). */
async function workerTasks(...titles: string[]): Promise<{ me: string; agent: Record<string, string>; tasks: TaskView[] }> {
  const agent = await token('agent@soignies.example');
  const people = await call<{ items: { id: string; name: string }[] }>('GET', '/api/soignies/staff/people', undefined, agent);
  const me = people.items.find((p) => p.name === 'Ouvrier démo')!.id;
  const tasks = await Promise.all(
    titles.map((title) =>
      call<TaskView>(
        'POST',
        '/api/soignies/staff/tasks',
        { title: `${title} (${Date.now()})`, department: 'travaux', assignees: [me] },
        { ...agent, 'idempotency-key': randomUUID() },
      ),
    ),
  );
  return { me, agent, tasks };
}

/** The field app signed in as the demo worker with a PIN chosen, its worker controlling the page, the tasks shown. */
async function openApp(me: string, ids: string[]): Promise<Page> {
  const page = await newPage(PHONE);
  await page.context().route('**/api/soignies/staff/today', (route) => todayRoute(route, ids, me));
  await signIn(page, WORKER, APP);
  await page.getByLabel('Code (4 à 6 chiffres)').waitFor(WAIT);
  expect(await violations(page), 'choosing the PIN').toEqual([]);
  await page.getByLabel('Code (4 à 6 chiffres)').fill(PIN);
  await page.getByLabel('Le même code, une seconde fois').fill(PIN);
  await page.getByRole('button', { name: 'Enregistrer le code' }).click();
  for (const id of ids) await card(page, id).waitFor(WAIT);
  expect(await violations(page), 'the open app').toEqual([]);
  const origin = new URL(platform.url).origin;
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''), WAIT).toBe(`${origin}${APP}sw.js`);
  return page;
}

describe('field app offline', () => {
  it('keeps the actions taken offline across a reload and sends each once when the network is back', async () => {
    const {
      me,
      agent,
      tasks: [a, b],
    } = await workerTasks('Vider la poubelle du parc', 'Réparer le banc');
    const page = await openApp(me, [a.id, b.id]);
    const context = page.context();
    const origin = new URL(platform.url).origin;

    // Offline: start A, start then finish B.
    await context.setOffline(true);
    await card(page, a.id).getByRole('button', { name: 'Commencer' }).click();
    await card(page, b.id).getByRole('button', { name: 'Commencer' }).click();
    await card(page, b.id).getByRole('button', { name: 'Terminer' }).click();
    await expect.poll(() => waitingCount(page), WAIT).toBe('Actions en attente : 3');
    expect(await card(page, b.id).getAttribute('data-status')).toBe('done');
    await page.getByRole('button', { name: 'Envoyer maintenant' }).click();
    await expect.poll(() => page.getByTestId('outbox-count').getAttribute('aria-busy'), WAIT).toBe('false');
    expect(await waitingCount(page)).toBe('Actions en attente : 3');

    // Reload offline: the page from the worker's cache, the PIN, the kept tasks, the same outbox.
    await page.reload();
    await page.getByLabel('Code (4 à 6 chiffres)').waitFor(WAIT);
    expect(await violations(page), 'the PIN lock').toEqual([]);
    await page.getByLabel('Code (4 à 6 chiffres)').fill(PIN);
    await page.getByRole('button', { name: 'Ouvrir' }).click();
    await expect.poll(() => waitingCount(page), WAIT).toBe('Actions en attente : 3');
    await card(page, a.id).waitFor(WAIT);
    expect(await card(page, a.id).getAttribute('data-status')).toBe('doing');
    expect(await page.getByText('Sans réseau : voici ce qui est gardé sur le téléphone.').count()).toBe(1);
    const server = (id: string) => call<TaskView>('GET', `/api/soignies/staff/tasks/${id}`, undefined, agent);
    expect([(await server(a.id)).version, (await server(b.id)).version]).toEqual([a.version, b.version]);

    // Back online: three triggers at once (the `online` event, the button, Background Sync).
    const cdp = await context.newCDPSession(page);
    const registrations: { registrationId: string; scopeURL: string; isDeleted: boolean }[] = [];
    cdp.on('ServiceWorker.workerRegistrationUpdated', (e) => registrations.push(...e.registrations));
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => registrations.some((r) => r.scopeURL === `${origin}${APP}` && !r.isDeleted), WAIT).toBe(true);
    const registrationId = registrations.find((r) => r.scopeURL === `${origin}${APP}` && !r.isDeleted)!.registrationId;
    await context.setOffline(false);
    await Promise.all([
      page.getByRole('button', { name: 'Envoyer maintenant' }).click(),
      cdp.send('ServiceWorker.dispatchSyncEvent', { origin, registrationId, tag: 'field-outbox', lastChance: false }),
    ]);
    await expect.poll(() => waitingCount(page), WAIT).toBe('Actions en attente : 0');

    const [afterA, afterB] = [await server(a.id), await server(b.id)];
    expect([afterA.status, afterB.status]).toEqual(['doing', 'done']);
    // Once each: one move of A, two of B (a second copy of any would have moved a version more or been refused).
    expect([afterA.version - a.version, afterB.version - b.version]).toEqual([1, 2]);
    expect(await page.locator('[data-conflict]').count()).toBe(0);
    await context.close();
  });

  it('explains a conflict in words when the task was given to someone else meanwhile, and keeps it until dismissed', async () => {
    const {
      me,
      agent,
      tasks: [c],
    } = await workerTasks('Nettoyer les grilles');
    const page = await openApp(me, [c.id]);
    await page.context().setOffline(true);
    await card(page, c.id).getByRole('button', { name: 'Commencer' }).click();
    await expect.poll(() => waitingCount(page), WAIT).toBe('Actions en attente : 1');
    // Meanwhile an agent gives the task to nobody (the department's team).
    await call(
      'PATCH',
      `/api/soignies/staff/tasks/${c.id}`,
      { version: c.version, assignees: [] },
      { ...agent, 'idempotency-key': randomUUID() },
    );
    await page.context().setOffline(false);
    const conflict = page.locator('[data-conflict]');
    await conflict.waitFor(WAIT);
    expect(await conflict.getAttribute('data-conflict')).toBe('reassigned');
    expect(await conflict.textContent()).toContain('Cette tâche a été confiée à quelqu’un d’autre entre-temps.');
    expect(await waitingCount(page)).toBe('Actions en attente : 0');
    const server = await call<TaskView>('GET', `/api/soignies/staff/tasks/${c.id}`, undefined, agent);
    expect([server.status, server.version]).toEqual(['todo', c.version + 1]);
    // Kept across a reload until the worker lets it go.
    await page.reload();
    await page.getByLabel('Code (4 à 6 chiffres)').fill(PIN, WAIT);
    await page.getByRole('button', { name: 'Ouvrir' }).click();
    await conflict.waitFor(WAIT);
    await conflict.getByRole('button', { name: 'J’ai compris' }).click();
    await expect.poll(() => conflict.count(), WAIT).toBe(0);
    await page.context().close();
  });
});

describe('field app sign-out', () => {
  it('warns when actions wait, then signs out and wipes the phone’s copy; five wrong PINs sign out too', async () => {
    const {
      me,
      tasks: [d],
    } = await workerTasks('Tailler la haie');
    const page = await openApp(me, [d.id]);
    await page.context().setOffline(true);
    await card(page, d.id).getByRole('button', { name: 'Commencer' }).click();
    await expect.poll(() => waitingCount(page), WAIT).toBe('Actions en attente : 1');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    const warning = page.getByRole('alertdialog');
    expect(await warning.textContent()).toContain('Actions pas encore envoyées : 1.');
    await page.getByRole('button', { name: 'Rester connecté' }).click();
    expect(await warning.count()).toBe(0);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('button', { name: 'Effacer et se déconnecter' }).click();
    await page.getByLabel('Adresse e-mail').waitFor(WAIT);
    const kept = () =>
      page.evaluate(async () => ({
        databases: (await indexedDB.databases()).map((d) => d.name).filter((n) => n?.startsWith('tandem-field-')),
        photos: (await caches.keys()).includes('tandem-field-photos'),
      }));
    expect(await kept()).toEqual({ databases: [], photos: false });
    // Signed out offline: the next opening online revokes the refresh token before anything else.
    await page.context().setOffline(false);
    await page.reload();
    await page.getByLabel('Adresse e-mail').waitFor(WAIT);
    const refreshed = await page.evaluate(
      async () => (await fetch('/api/soignies/auth/refresh', { method: 'POST', headers: { 'x-tandem-staff': '1' } })).status,
    );
    expect(refreshed).toBe(401);
    expect((await call<TaskView>('GET', `/api/soignies/staff/tasks/${d.id}`, undefined, await token(WORKER))).status).toBe('todo');

    // Signed in again, a new PIN; five wrong tries sign out.
    await signIn(page, WORKER, APP);
    await page.getByLabel('Code (4 à 6 chiffres)').fill(PIN, WAIT);
    await page.getByLabel('Le même code, une seconde fois').fill(PIN);
    await page.getByRole('button', { name: 'Enregistrer le code' }).click();
    await card(page, d.id).waitFor(WAIT);
    await page.reload();
    for (let i = 1; i <= 5; i++) {
      await page.getByLabel('Code (4 à 6 chiffres)').fill('0000', WAIT);
      await page.getByRole('button', { name: 'Ouvrir' }).click();
      if (i < 5) await expect.poll(() => page.getByRole('alert').textContent(), WAIT).toContain(`Encore ${5 - i} essais`);
    }
    await page.getByText('Trop d’essais : vous avez été déconnecté.').waitFor(WAIT);
    await page.getByLabel('Adresse e-mail').waitFor(WAIT);
    expect((await kept()).databases).toEqual([]);
    await page.context().close();
  });
});
