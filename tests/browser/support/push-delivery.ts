/**
 * A page's service worker reached through the DevTools protocol, for the browser tests of both apps' workers (the
 * staff app's /staff-push-sw.js and the field app's sw.js): its registration id, and Web Push delivered to it
 * (ServiceWorker.deliverPushMessage), as no headless browser has a push service.
 *
 * The protocol's delivery is fire and forget: Chromium answers before the worker ran, and says nothing if it could
 * not start it. So `deliver` waits until the worker shows the payload's notification (found by its tag: a second
 * delivery replaces it, never adds one), delivers again up to three times, and if the worker still shows nothing,
 * fails with what the browser said: the registration's and its versions' states, the workers' errors, and the
 * notification permission as the page and the worker see it.
 */
import { expect } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import type { PushPayload } from '@tandem/shared/notifications/push';
import { WAIT, platform } from '../browser-session.js';

type Registration = { registrationId: string; scopeURL: string; isDeleted: boolean };
type Version = { versionId: string; registrationId: string; scriptURL: string; runningStatus: string; status: string };

export interface WorkerTarget {
  cdp: CDPSession;
  id: string;
  /** Delivers a push message; resolves once the worker shows its notification (by the payload's tag). */
  deliver(payload: PushPayload | string): Promise<void>;
}

const DELIVERIES = 3;
const SHOWN_WITHIN = { timeout: 5_000 };

/** The notifications the worker of `scope` shows, by tag. */
export const shownTags = (page: Page, scope: string) =>
  page.evaluate(async (s) => {
    const reg = await navigator.serviceWorker.getRegistration(s);
    return (await reg?.getNotifications())?.map((n) => n.tag) ?? [];
  }, scope);

/** The registration of the worker whose scope is `scope` (a path: /soignies/terrain/), as the DevTools protocol names it. */
export async function workerTarget(page: Page, scope: string): Promise<WorkerTarget> {
  const origin = new URL(platform.url).origin;
  const cdp = await page.context().newCDPSession(page);
  // Each event says a registration's or version's state now: the last word on each id is kept.
  const registrations = new Map<string, Registration>();
  const versions = new Map<string, Version>();
  const errors: unknown[] = [];
  cdp.on('ServiceWorker.workerRegistrationUpdated', (e) => {
    for (const r of e.registrations) registrations.set(r.registrationId, r);
  });
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) versions.set(v.versionId, v);
  });
  cdp.on('ServiceWorker.workerErrorReported', (e) => errors.push(e.errorMessage));
  await cdp.send('ServiceWorker.enable');
  const find = () => [...registrations.values()].find((r) => r.scopeURL === `${origin}${scope}` && !r.isDeleted)?.registrationId;
  await expect.poll(find, WAIT).toBeTruthy();
  const id = find()!;

  const diagnosis = async () => ({
    registrations: [...registrations.values()],
    versions: [...versions.values()].map(({ versionId, registrationId, runningStatus, status }) => ({
      versionId,
      registrationId,
      runningStatus,
      status,
    })),
    errors,
    page: await page.evaluate(async (s) => {
      const reg = await navigator.serviceWorker.getRegistration(s);
      return { permission: Notification.permission, active: reg?.active?.state ?? null, waiting: !!reg?.waiting };
    }, scope),
    workers: await Promise.all(
      page
        .context()
        .serviceWorkers()
        .map(async (w) => ({
          url: w.url(),
          permission: await w.evaluate(() => Notification.permission).catch((e: Error) => `unreadable: ${e.message}`),
        })),
    ),
  });

  const deliver = async (payload: PushPayload | string) => {
    const data = typeof payload === 'string' ? payload : JSON.stringify(payload);
    const { kind, item } = JSON.parse(data) as PushPayload;
    const tag = `${kind}:${item.kind}:${item.id}`;
    for (let attempt = 1; attempt <= DELIVERIES; attempt++) {
      await cdp.send('ServiceWorker.deliverPushMessage', { origin, registrationId: id, data });
      const shown = await expect
        .poll(async () => (await shownTags(page, scope)).includes(tag), SHOWN_WITHIN)
        .toBe(true)
        .then(
          () => true,
          () => false,
        );
      if (shown) return;
    }
    throw new Error(`${DELIVERIES} deliveries, no notification « ${tag} » shown: ${JSON.stringify(await diagnosis())}`);
  };
  return { cdp, id, deliver };
}
