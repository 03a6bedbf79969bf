/**
 * Web Push in the staff app (docs/notifications.md, "Web Push"): the service worker (web/public/staff-push-sw.js,
 * scope /<commune>/agents/), the browser's permission, its subscription with the platform's VAPID public key
 * (GET …/staff/notifications/push), registered with the API (PUT, again on every start while « push » is chosen: that
 * renews it) and removed (DELETE) when the person leaves push.
 */
import type { PushKeyView, PushSubscriptionView } from '@tandem/shared/notifications/push';
import { SignedOut, claims, session, staffFetch } from '../session';

export const PUSH_WORKER_URL = '/staff-push-sw.js';
export const pushScope = (commune: string) => `/${commune}/agents/`;

export type PushSetup = 'subscribed' | 'unsupported' | 'denied' | 'failed';

export const pushSupported = () =>
  typeof navigator !== 'undefined' &&
  'serviceWorker' in navigator &&
  typeof window !== 'undefined' &&
  'PushManager' in window &&
  'Notification' in window;

const bytesOf = (base64url: string) => Uint8Array.from(atob(base64url.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
const sameKey = (a: ArrayBuffer | null | undefined, b: Uint8Array) =>
  !!a && a.byteLength === b.length && new Uint8Array(a).every((x, i) => x === b[i]);

/** The staff app's worker, registered (once: the browser keeps it) and active. */
export async function pushWorker(commune: string): Promise<ServiceWorkerRegistration> {
  const reg = await navigator.serviceWorker.register(PUSH_WORKER_URL, { scope: pushScope(commune) });
  const worker = reg.installing ?? reg.waiting;
  if (!reg.active && worker)
    await new Promise<void>((resolve) => {
      const done = () => worker.state === 'activated' && resolve();
      worker.addEventListener('statechange', done);
      done();
    });
  return reg;
}

/** Subscribes this browser and registers it with the API. `ask`: whether to ask the person's permission (a click). */
export async function subscribeToPush(commune: string, ask = true): Promise<PushSetup> {
  if (!pushSupported()) return 'unsupported';
  const permission = ask ? await Notification.requestPermission() : Notification.permission;
  if (permission !== 'granted') return 'denied';
  try {
    const reg = await pushWorker(commune);
    const { publicKey } = await staffFetch<PushKeyView>(commune, 'staff/notifications/push');
    const key = bytesOf(publicKey);
    let subscription = await reg.pushManager.getSubscription();
    // Made with another key (the platform's keys were renewed): the push service would refuse ours. Made for another
    // person (a shared computer): a new subscription, so that the old endpoint dies (410) and theirs is removed with it.
    const owner = `tandem-push-owner:${commune}`;
    const me = String(claims(session.value?.idToken ?? '').sub ?? '');
    if (subscription && (!sameKey(subscription.options.applicationServerKey, key) || localStorage.getItem(owner) !== me)) {
      await subscription.unsubscribe();
      subscription = null;
    }
    subscription ??= await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
    localStorage.setItem(owner, me);
    await staffFetch<PushSubscriptionView>(commune, 'staff/notifications/push', {
      method: 'PUT',
      body: JSON.stringify(subscription.toJSON()),
    });
    return 'subscribed';
  } catch (e) {
    if (e instanceof SignedOut) throw e;
    // Headless browsers, and browsers without a push service, refuse the subscription itself.
    return 'failed';
  }
}

/** Removes this browser's subscription (from the API, then from the browser); nothing to remove is fine. */
export async function unsubscribeFromPush(commune: string): Promise<void> {
  if (!pushSupported()) return;
  const reg = await navigator.serviceWorker.getRegistration(pushScope(commune));
  const subscription = await reg?.pushManager.getSubscription();
  if (!subscription) return;
  await staffFetch<PushSubscriptionView>(commune, `staff/notifications/push?endpoint=${encodeURIComponent(subscription.endpoint)}`, {
    method: 'DELETE',
  });
  await subscription.unsubscribe();
}
