/**
 * The field app (/soignies/terrain/) for browser tests, one helper for every field-*.test.ts over the real platform:
 * tasks made through the API (by the demo agent, without due time: nothing depends on the hour), the app's own
 * sign-in and PIN, its outbox bar and task cards, and its service worker reached through the DevTools protocol.
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { TaskInput, TaskView } from '@tandem/shared/schemas/work';
import { WAIT, call, platform, signIn, token } from '../browser-session.js';
import { type WorkerTarget, workerTarget } from './push-delivery.js';

export const FIELD_APP = '/soignies/terrain/';
export const FIELD_WORKER = 'ouvrier@soignies.example';
export const FIELD_PIN = '4826';
const AGENT = 'agent@soignies.example';

type TaskWanted = Partial<TaskInput> & { title: string };

/** What the outbox bar says (« 1 action en attente », « Tout est envoyé »…), once no send is running. */
export const outboxText = (page: Page) => page.getByTestId('field-outbox').locator('.fa-bar-count').textContent();
/** A task's card on « Aujourd’hui ». */
export const taskCard = (page: Page, id: string) => page.locator(`[data-task="${id}"]`);

/** A staff member's sub (their id in the staff directory), by name. */
export async function staffSub(agent: Record<string, string>, name: string): Promise<string> {
  const people = await call<{ items: { id: string; name: string }[] }>('GET', '/api/soignies/staff/people', undefined, agent);
  return people.items.find((p) => p.name === name)!.id;
}

/** The demo worker's sub. */
export const workerSub = (agent: Record<string, string>) => staffSub(agent, 'Ouvrier démo');

/** A task of « travaux » given to `assignee`, made with the `agent` token (a unique title; no due time). */
export function newTask(agent: Record<string, string>, assignee: string, input: TaskWanted): Promise<TaskView> {
  return call<TaskView>(
    'POST',
    '/api/soignies/staff/tasks',
    { department: 'travaux', assignees: [assignee], ...input, title: `${input.title} (${randomUUID().slice(0, 8)})` },
    { ...agent, 'idempotency-key': randomUUID() },
  );
}

/** Tasks assigned to the demo worker, made by the demo agent; with the worker's sub and the agent's token. */
export async function workerTasks(...inputs: TaskWanted[]): Promise<{ me: string; agent: Record<string, string>; tasks: TaskView[] }> {
  const agent = await token(AGENT);
  const me = await workerSub(agent);
  const tasks = await Promise.all(inputs.map((input) => newTask(agent, me, input)));
  return { me, agent, tasks };
}

/** One task assigned to the demo worker, made by the demo agent. */
export async function workerTask(input: TaskWanted): Promise<TaskView> {
  return (await workerTasks(input)).tasks[0]!;
}

/** Chooses the PIN on the app's « choose a code » screen (waiting for it). */
export async function choosePin(page: Page, pin = FIELD_PIN): Promise<void> {
  await page.getByLabel('Code (4 à 6 chiffres)').fill(pin, WAIT);
  await page.getByLabel('Le même code, une seconde fois').fill(pin);
  await page.getByRole('button', { name: 'Enregistrer le code' }).click();
}

/** Signs in on the app's own sign-in form (the page reloads to the app first) and chooses the PIN. */
export async function signInAndChoosePin(page: Page, who = { username: FIELD_WORKER, pin: FIELD_PIN }): Promise<void> {
  await signIn(page, who.username, FIELD_APP);
  await choosePin(page, who.pin);
}

/** Unlocks the app after a reload with the PIN. */
export async function unlock(page: Page, pin = FIELD_PIN): Promise<void> {
  await page.getByLabel('Code (4 à 6 chiffres)').fill(pin, WAIT);
  await page.getByRole('button', { name: 'Ouvrir' }).click();
}

/** Waits until the app's own service worker controls the page. */
export async function underFieldWorker(page: Page): Promise<void> {
  const origin = new URL(platform.url).origin;
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''), WAIT)
    .toBe(`${origin}${FIELD_APP}sw.js`);
}

/** Signs the demo worker in on `page`, chooses the PIN and waits for « Aujourd’hui » under the app's worker. */
export async function openFieldApp(page: Page): Promise<void> {
  await signInAndChoosePin(page);
  await page.getByRole('heading', { level: 1, name: 'Aujourd’hui' }).waitFor(WAIT);
  await underFieldWorker(page);
}

/** The field app's worker registration through the DevTools protocol: its id, and push delivered to it. */
export const fieldRegistrationId = (page: Page): Promise<WorkerTarget> => workerTarget(page, FIELD_APP);

/** Background Sync's `sync` for the outbox, fired on the field app's worker (DevTools' ServiceWorker.dispatchSyncEvent). */
export async function outboxSync(page: Page): Promise<() => Promise<void>> {
  const origin = new URL(platform.url).origin;
  const { cdp, id } = await fieldRegistrationId(page);
  return async () => {
    await cdp.send('ServiceWorker.dispatchSyncEvent', { origin, registrationId: id, tag: 'field-outbox', lastChance: false });
  };
}
