/**
 * The field app (/soignies/terrain/) for browser tests: tasks for the demo worker made through the API (by the demo
 * agent), and the app opened on a page: signed in once, a PIN chosen, « Aujourd’hui » shown, the app's own service
 * worker controlling the page. (tests/browser/field-offline.test.ts has its own, with its axe checks.)
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import type { TaskInput, TaskView } from '@tandem/shared/schemas/work';
import { WAIT, call, platform, signIn, token } from '../browser-session.js';

export const FIELD_APP = '/soignies/terrain/';
export const FIELD_WORKER = 'ouvrier@soignies.example';
export const FIELD_PIN = '4826';

/** The demo worker's sub (their id in the staff directory). */
export async function workerSub(agent: Record<string, string>): Promise<string> {
  const people = await call<{ items: { id: string; name: string }[] }>('GET', '/api/soignies/staff/people', undefined, agent);
  return people.items.find((p) => p.name === 'Ouvrier démo')!.id;
}

/** A task assigned to the demo worker, made by the demo agent (a unique title; no due time: nothing depends on the hour). */
export async function workerTask(input: Partial<TaskInput> & { title: string }): Promise<TaskView> {
  const agent = await token('agent@soignies.example');
  const me = await workerSub(agent);
  return call<TaskView>(
    'POST',
    '/api/soignies/staff/tasks',
    { department: 'travaux', assignees: [me], ...input, title: `${input.title} (${randomUUID().slice(0, 8)})` },
    { ...agent, 'idempotency-key': randomUUID() },
  );
}

/** Signs the demo worker in on `page`, chooses the PIN and waits for « Aujourd’hui » under the app's worker. */
export async function openFieldApp(page: Page): Promise<void> {
  await signIn(page, FIELD_WORKER, FIELD_APP);
  await page.getByLabel('Code (4 à 6 chiffres)').fill(FIELD_PIN, WAIT);
  await page.getByLabel('Le même code, une seconde fois').fill(FIELD_PIN);
  await page.getByRole('button', { name: 'Enregistrer le code' }).click();
  await page.getByRole('heading', { level: 1, name: 'Aujourd’hui' }).waitFor(WAIT);
  const origin = new URL(platform.url).origin;
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''), WAIT)
    .toBe(`${origin}${FIELD_APP}sw.js`);
}

/** The DevTools protocol's id of the field app's worker registration (for ServiceWorker.deliverPushMessage). */
export async function fieldRegistrationId(page: Page): Promise<{ cdp: CDPSession; id: string }> {
  const origin = new URL(platform.url).origin;
  const cdp = await page.context().newCDPSession(page);
  const registrations: { registrationId: string; scopeURL: string; isDeleted: boolean }[] = [];
  cdp.on('ServiceWorker.workerRegistrationUpdated', (e) => registrations.push(...e.registrations));
  await cdp.send('ServiceWorker.enable');
  const find = () => registrations.find((r) => r.scopeURL === `${origin}${FIELD_APP}` && !r.isDeleted)?.registrationId;
  await expect.poll(find, WAIT).toBeTruthy();
  return { cdp, id: find()! };
}
