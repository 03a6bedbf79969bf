/**
 * Push in the field app (docs/field-app.md, "Push"), in Chromium over the real platform:
 * - « Recevoir les alertes » says what the phone can do: not possible (a browser without PushManager), refused (the
 *   permission not given), and, once allowed, subscribes through the field app's OWN worker (scope /soignies/terrain/),
 *   registering it with the API and choosing push as the person's delivery; headless Chromium has no push service and
 *   refuses the subscription itself, so the control says it failed and the server got nothing (a real browser is on,
 *   then off again);
 * - an urgent task given to the demo worker is pushed (the real notifier and web-push, to the push-service stand-in on
 *   loopback, which decrypts it), and that very payload, delivered to the field app's worker through the DevTools
 *   protocol (ServiceWorker.deliverPushMessage), is shown as a notification whose link is the task's page in the field
 *   app; the open app reads « Aujourd’hui » again; the notification's click (dispatched in the worker, as no headless
 *   browser can click a notification) takes the app to the task; another item's link goes to the staff app, and a link
 *   to another site is never kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pushFr } from '@tandem/shared/i18n/push/fr';
import { fieldFr } from '@tandem/shared/i18n/field/fr';
import { PushPayload, pushSubscriptionKeys, type PushSubscriptionItem } from '@tandem/shared/notifications/push';
import { PHONE, WAIT, call, newPage, platform, token, useBrowserSession, violations } from './browser-session.js';
import {
  FIELD_APP,
  FIELD_WORKER,
  fieldRegistrationId,
  openFieldApp,
  taskCard,
  unlock,
  workerSub,
  workerTask,
} from './support/field-app.js';
import { startPushService, type PushServiceStandIn } from '../../infra/local/services/push-service.js';
import { partitionItems } from '../../functions/src/work/work-store.js';

useBrowserSession();
let service: PushServiceStandIn;
beforeAll(async () => {
  service = await startPushService();
});
afterAll(async () => {
  await service?.close();
});

const control = (page: Page) => page.getByTestId('field-push');
const stateOf = (page: Page) => control(page).getAttribute('data-state');
const subscriptionsOf = async (sub: string) => partitionItems<PushSubscriptionItem>(pushSubscriptionKeys.pk('soignies', sub), 'PUSH#');
const delivery = async () =>
  (await call<{ delivery: string }>('GET', '/api/soignies/staff/notifications/preferences', undefined, await token(FIELD_WORKER))).delivery;

/** The notifications the field app's worker shows. */
const shown = (page: Page) =>
  page.evaluate(async (scope) => {
    const reg = await navigator.serviceWorker.getRegistration(scope);
    return (await reg!.getNotifications()).map((n) => ({ title: n.title, body: n.body, data: n.data, tag: n.tag }));
  }, FIELD_APP);

describe('« Recevoir les alertes » in the field app', () => {
  it('says when the phone cannot receive alerts, and offers nothing to press', async () => {
    const page = await newPage(PHONE);
    await page.addInitScript(() => {
      // A browser without Web Push (the browser's own boundary: the page sees no PushManager).
      delete (window as { PushManager?: unknown }).PushManager;
    });
    await openFieldApp(page);
    await expect.poll(() => stateOf(page), WAIT).toBe('unsupported');
    expect(await control(page).getByRole('status').textContent()).toBe(fieldFr['field.push.unsupported']);
    expect(await control(page).getByRole('button').count()).toBe(0);
    await page.context().close();
  });

  it('says when the phone refuses, then subscribes through the field app’s own worker once allowed', async () => {
    const page = await newPage(PHONE);
    const origin = new URL(platform.url).origin;
    const me = await workerSub(await token());
    const before = await delivery();
    await openFieldApp(page);
    await expect.poll(() => stateOf(page), WAIT).toBe('off');
    expect(await control(page).getByRole('status').textContent()).toBe(fieldFr['field.push.off']);
    expect(await violations(page, '[data-testid="field-push"]')).toEqual([]);

    // Not allowed: the phone's question goes unanswered (a headless browser never asks), so nothing is subscribed.
    await control(page).getByRole('button', { name: 'Recevoir les alertes' }).click();
    await expect.poll(() => stateOf(page), WAIT).toBe('denied');
    expect(await control(page).getByRole('status').textContent()).toBe(fieldFr['field.push.denied']);
    expect(await delivery()).toBe(before);

    // Allowed: the subscription is asked of the field app's worker (not the staff app's, which is never registered).
    await page.context().grantPermissions(['notifications'], { origin });
    await control(page).getByRole('button', { name: 'Recevoir les alertes' }).click();
    await expect.poll(async () => ['on', 'failed'].includes((await stateOf(page)) ?? ''), WAIT).toBe(true);
    const scopes = await page.evaluate(async () =>
      (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname),
    );
    expect(scopes).toEqual([FIELD_APP]);
    if ((await stateOf(page)) === 'failed') {
      // Headless Chromium: no push service behind the worker. Said in words; the server got nothing.
      expect(await control(page).getByRole('status').textContent()).toBe(fieldFr['field.push.failed']);
      expect(await delivery()).toBe(before);
      expect(await subscriptionsOf(me)).toEqual([]);
    } else {
      // A browser with a push service: registered with the API through this worker, delivery push; then off again.
      const endpoint = await page.evaluate(
        async (scope) => (await (await navigator.serviceWorker.getRegistration(scope))!.pushManager.getSubscription())!.endpoint,
        FIELD_APP,
      );
      expect((await subscriptionsOf(me)).map((s) => s.endpoint)).toEqual([endpoint]);
      expect(await delivery()).toBe('push');
      await control(page).getByRole('button', { name: 'Arrêter les alertes' }).click();
      await expect.poll(() => stateOf(page), WAIT).toBe('off');
      expect(await subscriptionsOf(me)).toEqual([]);
    }
    await page.context().close();
  });
});

describe('a push in the field app', () => {
  it('shows an urgent task pushed to the worker, and its click opens the task in the field app', async () => {
    const page = await newPage(PHONE);
    const origin = new URL(platform.url).origin;
    // The worker allowed notifications on this phone (the worker shows none otherwise).
    await page.context().grantPermissions(['notifications'], { origin });
    await openFieldApp(page);

    // The worker's phone subscribed (as the control does; headless Chromium's own subscription is refused, so the
    // push-service stand-in hands one out) and their delivery is push.
    const worker = await token(FIELD_WORKER);
    const { publicKey } = await call<{ publicKey: string }>('GET', '/api/soignies/staff/notifications/push', undefined, worker);
    const phone = service.subscribe({ applicationServerKey: publicKey });
    await call('PUT', '/api/soignies/staff/notifications/push', phone, worker);
    await call('PUT', '/api/soignies/staff/notifications/preferences', { delivery: 'push' }, worker);

    // The agent gives the worker an urgent task: the notifier pushes it, encrypted and signed, to the stand-in.
    const task = await workerTask({ title: 'Arbre tombé sur la chaussée', priority: 'urgent' });
    const pushed = () =>
      service.received.find((r) => r.endpoint === phone.endpoint && (JSON.parse(r.payload) as PushPayload).item.id === task.id);
    await expect.poll(() => !!pushed(), { timeout: 30_000 }).toBe(true);
    const payload = PushPayload.parse(JSON.parse(pushed()!.payload));
    expect(payload).toMatchObject({ kind: 'urgent', item: { kind: 'task', id: task.id }, link: `/soignies/agents/taches/${task.id}/` });
    expect(await taskCard(page, task.id).count()).toBe(0);

    // That payload, delivered to the field app's worker.
    const fieldWorker = await fieldRegistrationId(page);
    await fieldWorker.deliver(pushed()!.payload);
    expect((await shown(page)).length).toBe(1);
    expect(await shown(page)).toEqual([
      {
        title: pushFr['push.title.urgent'],
        body: pushFr['push.body.task'],
        data: { link: `${FIELD_APP}#/tache/${task.id}` },
        tag: `urgent:task:${task.id}`,
      },
    ]);
    // The open app read « Aujourd’hui » again: the new task is on it.
    await taskCard(page, task.id).waitFor(WAIT);

    // The click, dispatched in the field app's worker: the app goes to the task's page.
    const sw = page
      .context()
      .serviceWorkers()
      .find((w) => w.url() === `${origin}${FIELD_APP}sw.js`);
    expect(sw, 'the field app’s worker').toBeTruthy();
    await sw!.evaluate(async () => {
      const scope = self as unknown as {
        registration: ServiceWorkerRegistration;
        dispatchEvent(e: Event): boolean;
        NotificationEvent: typeof Event;
      };
      const [notification] = await scope.registration.getNotifications();
      scope.dispatchEvent(new scope.NotificationEvent('notificationclick', { notification } as EventInit));
    });
    await expect.poll(() => page.url(), WAIT).toBe(`${origin}${FIELD_APP}#/tache/${task.id}`);
    // A navigation may reload the page: the PIN opens it again, on the task.
    const title = page.getByRole('heading', { level: 1, name: task.title });
    const pin = page.getByLabel('Code (4 à 6 chiffres)');
    await title.or(pin).first().waitFor(WAIT);
    if (await pin.isVisible()) await unlock(page);
    await title.waitFor(WAIT);
    expect(await shown(page)).toEqual([]);

    // Another item (a report) opens in the staff app; a link to another site is never kept.
    const report: PushPayload = {
      ...payload,
      kind: 'assignment',
      item: { kind: 'report', id: 'SOI-0001' },
      link: '/soignies/agents/signalements/SOI-0001/',
    };
    await fieldWorker.deliver(report);
    await fieldWorker.deliver({ ...report, item: { kind: 'report', id: 'SOI-0002' }, link: '//evil.example/x' });
    expect((await shown(page)).length).toBe(2);
    const links = Object.fromEntries((await shown(page)).map((n) => [n.tag, n.data.link]));
    expect(links).toEqual({
      'assignment:report:SOI-0001': '/soignies/agents/signalements/SOI-0001/',
      'assignment:report:SOI-0002': FIELD_APP,
    });

    await call('DELETE', `/api/soignies/staff/notifications/push?endpoint=${encodeURIComponent(phone.endpoint)}`, undefined, worker);
    await page.context().close();
  });
});
