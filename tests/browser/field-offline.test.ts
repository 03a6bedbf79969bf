/**
 * The field app without network (docs/field-app.md), the real shell and screens over the real platform: the demo
 * worker signs in once and chooses a PIN; offline (context.setOffline, which cuts the service worker's fetches too)
 * they finish two tasks with proof (« Commencer », then « Terminer » with a photo and a note) and file one report
 * (« Signaler »: photo, category, the phone's GPS position): five actions wait in the outbox, « Envoyer maintenant »
 * sends nothing and loses nothing; the app reloads offline (the service worker serves the page, the PIN reopens it,
 * the kept « Aujourd’hui » and the outbox are still there); back online, the `online` event, the button and
 * Background Sync's `sync` (DevTools' ServiceWorker.dispatchSyncEvent) all fire at once, and each change reaches the
 * server once: each task done with one photo and one note comment, one new report « signalé par le service ». Each
 * finish was queued on the version seen before its start: its 409 is re-read and the finish applied on the new
 * version. A task given to someone else while its start waited is a conflict said in words, kept across a reload
 * until the worker dismisses it. The tasks are the test's own (made through the API, without due time): nothing
 * depends on the hour.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TaskView } from '@tandem/shared/schemas/work';
import { PHONE, WAIT, call, newPage, platform, signIn, token, useBrowserSession, violations } from './browser-session.js';
import { samplePng } from './chromium.js';
import {
  FIELD_APP,
  FIELD_WORKER,
  choosePin,
  outboxSync,
  outboxText,
  signInAndChoosePin,
  taskCard,
  underFieldWorker,
  unlock,
  workerTasks,
} from './support/field-app.js';

useBrowserSession();
const HERE = { latitude: 50.5794, longitude: 4.0714 };
const photo = { name: 'photo.png', mimeType: 'image/png', buffer: samplePng() };

const today = (page: Page) => page.getByRole('heading', { level: 1, name: 'Aujourd’hui' }).waitFor(WAIT);

interface Activity {
  kind: string;
  text?: string;
}
type TaskRead = TaskView & { activity?: Activity[] };

/** The field app signed in as the demo worker with a PIN chosen, its worker controlling the page, the tasks shown. */
async function openApp(ids: string[], options: { gps?: boolean } = {}): Promise<Page> {
  const page = await newPage(PHONE);
  if (options.gps) {
    await page.context().grantPermissions(['geolocation'], { origin: new URL(platform.url).origin });
    await page.context().setGeolocation(HERE);
  }
  await signIn(page, FIELD_WORKER, FIELD_APP);
  await page.getByLabel('Code (4 à 6 chiffres)').waitFor(WAIT);
  expect(await violations(page), 'choosing the PIN').toEqual([]);
  await choosePin(page);
  for (const id of ids) await taskCard(page, id).waitFor(WAIT);
  await expect.poll(() => outboxText(page), WAIT).toBe('Tout est envoyé');
  expect(await violations(page), 'the open app').toEqual([]);
  // One main landmark (axe's WCAG tags leave this best-practice rule out): the layout's, not a second one inside it.
  expect(await page.getByRole('main').count(), 'main landmarks').toBe(1);
  await underFieldWorker(page);
  return page;
}

/** « Commencer », then « Terminer » with a photo and a note. */
async function startAndFinish(page: Page, task: TaskView, note: string): Promise<void> {
  await taskCard(page, task.id).getByRole('button', { name: 'Commencer' }).click();
  await taskCard(page, task.id).getByRole('button', { name: 'Terminer' }).click();
  await page.getByRole('heading', { level: 1, name: `Terminer : ${task.title}` }).waitFor(WAIT);
  await page.locator('input[type=file]').setInputFiles(photo);
  await page.getByRole('img', { name: 'Photo 1' }).waitFor(WAIT);
  await page.getByLabel('Note (facultative)').fill(note);
  await page.getByRole('button', { name: 'Envoyer et terminer' }).click();
  await today(page);
  await taskCard(page, task.id).getByText('Terminée').waitFor(WAIT);
}

/** The worker's reports in the inbox's newest page of a category (« signalé par le service »: reportedBy set). */
async function serviceReports(agent: Record<string, string>, category: string): Promise<string[]> {
  const inbox = await call<{ items: { code: string; reportedBy?: { name: string } }[] }>(
    'GET',
    `/api/soignies/staff/reports?state=new&category=${category}&limit=100`,
    undefined,
    agent,
  );
  return inbox.items.filter((r) => r.reportedBy?.name === 'Ouvrier démo').map((r) => r.code);
}

describe('field app offline', () => {
  it('keeps two finishes with photos and a report taken offline across a reload, and sends each once when the network is back', async () => {
    const {
      agent,
      tasks: [a, b],
    } = await workerTasks({ title: 'Vider la poubelle du parc' }, { title: 'Réparer le banc' });
    const reportsBefore = await serviceReports(agent, 'graffiti');
    const page = await openApp([a.id, b.id], { gps: true });
    const context = page.context();
    const notes = { [a.id]: 'Poubelle vidée, sac neuf.', [b.id]: 'Planche remplacée.' };
    const said = `Tag sur l’abri de bus (${randomUUID().slice(0, 8)})`;

    // Offline: start and finish A and B with proof, then report a tag.
    await context.setOffline(true);
    await startAndFinish(page, a, notes[a.id]);
    await startAndFinish(page, b, notes[b.id]);
    await page.getByRole('link', { name: 'Signaler ce que je vois' }).click();
    await page.getByRole('heading', { level: 1, name: 'Signaler ce que je vois' }).waitFor(WAIT);
    await page.locator('input[type=file]').setInputFiles(photo);
    await page.getByRole('img', { name: 'Photo 1' }).waitFor(WAIT);
    await page.getByRole('radio', { name: 'Tag ou graffiti' }).check();
    await page.getByText(/Position trouvée/).waitFor(WAIT);
    await page.getByLabel('Ce que vous voyez (facultatif)').fill(said);
    await page.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await today(page);
    // Two starts, two finishes, one report.
    await expect.poll(() => outboxText(page), WAIT).toBe('5 actions en attente');
    await page.getByRole('button', { name: 'Envoyer maintenant' }).click();
    await expect.poll(() => outboxText(page), WAIT).toBe('5 actions en attente');

    // Reload offline: the page from the worker's cache, the PIN, the kept tasks, the same outbox.
    await page.reload();
    await page.getByLabel('Code (4 à 6 chiffres)').waitFor(WAIT);
    expect(await violations(page), 'the PIN lock').toEqual([]);
    await unlock(page);
    await expect.poll(() => outboxText(page), WAIT).toBe('5 actions en attente');
    await taskCard(page, a.id).getByText('Terminée').waitFor(WAIT);
    await taskCard(page, b.id).getByText('Terminée').waitFor(WAIT);
    await page.getByText('Pas de réseau : vos actions partent dès le retour du réseau.').waitFor(WAIT);
    const server = (id: string) => call<TaskRead>('GET', `/api/soignies/staff/tasks/${id}`, undefined, agent);
    expect([(await server(a.id)).version, (await server(b.id)).version]).toEqual([a.version, b.version]);
    expect(await serviceReports(agent, 'graffiti')).toEqual(reportsBefore);

    // Back online: three triggers at once (the `online` event, the button, Background Sync).
    const sync = await outboxSync(page);
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
    await expect.poll(() => outboxText(page), { timeout: 30_000 }).toBe('Tout est envoyé');

    // Each change once: each task moved twice (start, finish), done with one photo and one note comment.
    for (const t of [a, b]) {
      const after = await server(t.id);
      expect(after.status).toBe('done');
      expect(after.version - t.version).toBe(2);
      expect(after.files).toHaveLength(1);
      const comments = (after.activity ?? []).filter((x) => x.kind === 'comment');
      expect(comments.map((x) => x.text)).toEqual([notes[t.id]]);
    }
    // One report « signalé par le service », with its photo and the words typed.
    const added = (await serviceReports(agent, 'graffiti')).filter((c) => !reportsBefore.includes(c));
    expect(added).toHaveLength(1);
    const report = await call<{ description: string; photos: string[]; reportedBy?: { name: string } }>(
      'GET',
      `/api/soignies/staff/reports/${added[0]}`,
      undefined,
      agent,
    );
    expect(report).toMatchObject({ description: said, reportedBy: { name: 'Ouvrier démo' } });
    expect(report.photos).toHaveLength(1);
    expect(await page.locator('[data-conflict]').count()).toBe(0);
    await context.close();
  });

  it('online, finishes a task already started with its checklist ticked (the ticks go on the list with its texts)', async () => {
    const checklist = [
      { id: 'baliser', text: 'Baliser', done: false },
      { id: 'reboucher', text: 'Reboucher', done: false },
    ];
    const {
      agent,
      tasks: [made],
    } = await workerTasks({ title: 'Reboucher un trou', checklist });
    // Started elsewhere (the staff app): the phone's finish goes on the version it reads, with no conflict to re-read.
    const worker = await token(FIELD_WORKER);
    const t = await call<TaskView>('PATCH', `/api/soignies/staff/tasks/${made.id}`, { version: made.version, status: 'doing' }, worker);
    const page = await openApp([t.id]);
    await taskCard(page, t.id).getByRole('button', { name: 'Terminer' }).click();
    await page.getByRole('heading', { level: 1, name: `Terminer : ${t.title}` }).waitFor(WAIT);
    await page.locator('input[type=file]').setInputFiles(photo);
    await page.getByRole('img', { name: 'Photo 1' }).waitFor(WAIT);
    await page.getByRole('checkbox', { name: 'Reboucher' }).check();
    await page.getByRole('button', { name: 'Envoyer et terminer' }).click();
    await today(page);
    await expect.poll(() => outboxText(page), WAIT).toBe('Tout est envoyé');
    const after = await call<TaskRead>('GET', `/api/soignies/staff/tasks/${t.id}`, undefined, agent);
    expect(after).toMatchObject({ status: 'done', version: t.version + 1 });
    expect(after.checklist).toEqual([checklist[0], { ...checklist[1], done: true }]);
    expect(after.files).toHaveLength(1);
    expect(await page.locator('[data-conflict]').count()).toBe(0);
    await page.context().close();
  });

  it('explains a conflict in words when the task was given to someone else meanwhile, and keeps it until dismissed', async () => {
    const {
      agent,
      tasks: [c],
    } = await workerTasks({ title: 'Nettoyer les grilles' });
    const page = await openApp([c.id]);
    await page.context().setOffline(true);
    await taskCard(page, c.id).getByRole('button', { name: 'Commencer' }).click();
    await expect.poll(() => outboxText(page), WAIT).toBe('1 action en attente');
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
    expect(await conflict.textContent()).toContain(`Vous aviez commencé « ${c.title} ».`);
    await expect.poll(() => outboxText(page), WAIT).toBe('Tout est envoyé');
    const server = await call<TaskView>('GET', `/api/soignies/staff/tasks/${c.id}`, undefined, agent);
    expect([server.status, server.version]).toEqual(['todo', c.version + 1]);
    // Kept across a reload until the worker lets it go.
    await page.reload();
    await unlock(page);
    await conflict.waitFor(WAIT);
    expect(await violations(page), 'a conflict shown').toEqual([]);
    await conflict.getByRole('button', { name: 'J’ai compris' }).click();
    await expect.poll(() => conflict.count(), WAIT).toBe(0);
    await page.reload();
    await unlock(page);
    await today(page);
    await page.getByTestId('field-outbox').waitFor(WAIT);
    expect(await conflict.count()).toBe(0);
    await page.context().close();
  });
});

describe('field app sign-out', () => {
  it('warns when actions wait, then signs out and wipes the phone’s copy but the action, sent at the next sign-in; five wrong PINs sign out too', async () => {
    const {
      tasks: [d],
    } = await workerTasks({ title: 'Tailler la haie' });
    const page = await openApp([d.id]);
    await page.context().setOffline(true);
    await taskCard(page, d.id).getByRole('button', { name: 'Commencer' }).click();
    await expect.poll(() => outboxText(page), WAIT).toBe('1 action en attente');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    const warning = page.getByRole('alertdialog');
    expect(await warning.textContent()).toContain('Actions pas encore envoyées : 1.');
    await page.getByRole('button', { name: 'Rester connecté' }).click();
    expect(await warning.count()).toBe(0);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    expect(await warning.textContent()).toContain('Elles restent sur ce téléphone, à votre nom');
    await page.getByRole('button', { name: 'Les garder et se déconnecter' }).click();
    await page.getByLabel('Adresse e-mail').waitFor(WAIT);
    // The PIN, the person and the kept tasks are gone; the waiting action stays (the worker's), said on the sign-in screen.
    await page.getByTestId('field-held').waitFor(WAIT);
    expect(await page.getByTestId('field-held').textContent()).toBe(
      'Ce téléphone garde 1 action pas encore envoyée. Elle partira quand la personne qui l’a faite se reconnectera ici.',
    );
    const kept = () =>
      page.evaluate(async () => {
        const databases = (await indexedDB.databases()).map((d) => d.name).filter((n) => n?.startsWith('tandem-field-'));
        const photos = (await caches.keys()).includes('tandem-field-photos');
        if (!databases.length) return { databases, photos };
        const db = await new Promise<IDBDatabase>((resolve) => {
          const req = indexedDB.open('tandem-field-soignies');
          req.onsuccess = () => resolve(req.result);
        });
        const read = <T>(store: string, call: (s: IDBObjectStore) => IDBRequest<T>) =>
          new Promise<T>((resolve) => {
            const req = call(db.transaction(store).objectStore(store));
            req.onsuccess = () => resolve(req.result);
          });
        const keptKeys = await read('kept', (s) => s.getAllKeys());
        const outbox = await read('outbox', (s) => s.count());
        db.close();
        return { databases, photos, kept: keptKeys, outbox };
      });
    expect(await kept()).toEqual({ databases: ['tandem-field-soignies'], photos: false, kept: ['signed-out'], outbox: 1 });
    // Signed out offline: the next opening online revokes the refresh token before anything else.
    await page.context().setOffline(false);
    await page.reload();
    await page.getByLabel('Adresse e-mail').waitFor(WAIT);
    const refreshed = await page.evaluate(
      async () => (await fetch('/api/soignies/auth/refresh', { method: 'POST', headers: { 'x-tandem-staff': '1' } })).status,
    );
    expect(refreshed).toBe(401);
    expect((await call<TaskView>('GET', `/api/soignies/staff/tasks/${d.id}`, undefined, await token(FIELD_WORKER))).status).toBe('todo');

    // Signed in again, a new PIN; five wrong tries sign out.
    await signInAndChoosePin(page);
    await taskCard(page, d.id).waitFor(WAIT);
    // The action kept for the worker leaves with their token, once.
    const asWorker = await token(FIELD_WORKER);
    const read = () => call<TaskView>('GET', `/api/soignies/staff/tasks/${d.id}`, undefined, asWorker);
    await expect.poll(async () => (await read()).status, WAIT).toBe('doing');
    await expect.poll(() => outboxText(page), WAIT).toBe('Tout est envoyé');
    expect((await read()).version).toBe(d.version + 1);
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
