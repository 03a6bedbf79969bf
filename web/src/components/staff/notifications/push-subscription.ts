/**
 * Web Push in the browser (docs/notifications.md, "Web Push"), for both apps that receive it: the staff app, through
 * its worker (web/public/staff-push-sw.js, scope /<commune>/agents/), and the field app, through its own worker
 * (/<commune>/terrain/sw.js: web/src/components/field/screens/FieldPush.tsx). What they share is defined here once:
 * the browser's permission, its subscription with the platform's VAPID public key (GET …/staff/notifications/push),
 * registered with the API (PUT, again on every start while push is on: that renews it) and removed (DELETE).
 * Each app passes its own worker's registration: the push goes to the worker that subscribed.
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
/** Who this browser's subscription through a worker was made for (one entry per worker's scope). */
const ownerKey = (reg: ServiceWorkerRegistration) => `tandem-push-owner:${new URL(reg.scope).pathname}`;
const me = () => String(claims(session.value?.idToken ?? '').sub ?? '');

/** A registration once its worker is active (a push subscription needs an active worker). */
export async function activeWorker(reg: ServiceWorkerRegistration): Promise<ServiceWorkerRegistration> {
  const worker = reg.installing ?? reg.waiting;
  if (!reg.active && worker)
    await new Promise<void>((resolve) => {
      const done = () => worker.state === 'activated' && resolve();
      worker.addEventListener('statechange', done);
      done();
    });
  return reg;
}

/** The staff app's worker, registered (once: the browser keeps it) and active. */
export const pushWorker = async (commune: string): Promise<ServiceWorkerRegistration> =>
  activeWorker(await navigator.serviceWorker.register(PUSH_WORKER_URL, { scope: pushScope(commune) }));

/**
 * Subscribes this browser through `worker` (by default the staff app's) and registers it with the API. `ask`: whether
 * to ask the person's permission (a click); without it, only an allowed browser is registered again.
 */
export async function subscribeToPush(
  commune: string,
  ask = true,
  worker: () => Promise<ServiceWorkerRegistration> = () => pushWorker(commune),
): Promise<PushSetup> {
  if (!pushSupported()) return 'unsupported';
  const permission = ask ? await Notification.requestPermission() : Notification.permission;
  if (permission !== 'granted') return 'denied';
  try {
    const reg = await worker();
    const { publicKey } = await staffFetch<PushKeyView>(commune, 'staff/notifications/push');
    const key = bytesOf(publicKey);
    let subscription = await reg.pushManager.getSubscription();
    // Made with another key (the platform's keys were renewed): the push service would refuse ours. Made for another
    // person (a shared computer or phone): a new subscription, so that the old endpoint dies (410) and theirs is
    // removed with it.
    if (subscription && (!sameKey(subscription.options.applicationServerKey, key) || localStorage.getItem(ownerKey(reg)) !== me())) {
      await subscription.unsubscribe();
      subscription = null;
    }
    subscription ??= await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
    localStorage.setItem(ownerKey(reg), me());
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

/** This browser's subscription through the worker of `scope`, if it was made for the person signed in. */
export async function ownSubscription(scope: string): Promise<PushSubscription | undefined> {
  if (!pushSupported()) return undefined;
  const reg = await navigator.serviceWorker.getRegistration(scope);
  const subscription = await reg?.pushManager.getSubscription();
  return reg && subscription && localStorage.getItem(ownerKey(reg)) === me() ? subscription : undefined;
}

/**
 * Removes this browser's subscription through the worker of `scope` (by default the staff app's): from the API, then
 * from the browser; nothing to remove is fine.
 */
export async function unsubscribeFromPush(commune: string, scope = pushScope(commune)): Promise<void> {
  if (!pushSupported()) return;
  const reg = await navigator.serviceWorker.getRegistration(scope);
  const subscription = await reg?.pushManager.getSubscription();
  if (!subscription) return;
  await staffFetch<PushSubscriptionView>(commune, `staff/notifications/push?endpoint=${encodeURIComponent(subscription.endpoint)}`, {
    method: 'DELETE',
  });
  await subscription.unsubscribe();
}
