/**
 * The field app's service worker, one per commune at /{commune}/terrain/sw.js (scope /{commune}/terrain/), bundled at
 * build time by web/integrations/field-sw.ts, which puts before it the commune, the build's version and the list of
 * the page's files to precache (FIELD_SW_GLOBALS). It
 * - precaches the app shell (the page, its scripts, styles, messages, the manifest and icons) at install, and drops
 *   the caches of older builds at activation;
 * - answers the page from the network when it can and from the precache when it cannot (a navigation falls back to
 *   the kept page); the hashed bundles from the precache first;
 * - keeps the photos and map tiles seen in a runtime cache (photos by their key: a presigned link's signature changes);
 * - sends the outbox on Background Sync's `sync` (and when a page asks), with a token from the refresh cookie;
 * - shows Web Push messages (the app subscribes through this worker: FieldPush.tsx) and, on a click, opens the task in
 *   the app, or another item in the staff app (shared/src/field/field-push-target.ts).
 */
import { STAFF_AUTH_HEADER } from '@tandem/shared/staff-auth-transport';
import { OUTBOX_SYNC_TAG_NAME } from './sync-tag';
import { cookieTokens, sendOutbox } from '../components/field/shell/outbox-send';
import { PHOTO_CACHE_NAME, SHELL_CACHE_PREFIX } from './cache-names';
import { fieldPushTarget, sameOriginPath } from '@tandem/shared/field/field-push-target';

/** What the build puts before this file (see web/integrations/field-sw.ts). */
export interface FieldSwGlobals {
  __FIELD_COMMUNE: string;
  __FIELD_VERSION: string;
  __FIELD_PRECACHE: string[];
}

// The service worker's own types, the few used here (the web's TypeScript lib is the DOM's).
interface ExtendableEvent extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(r: Promise<Response> | Response): void;
}
interface SyncEvent extends ExtendableEvent {
  tag: string;
}
interface PushEvent extends ExtendableEvent {
  data?: { json(): unknown };
}
interface NotificationEvent extends ExtendableEvent {
  notification: Notification & { data?: { link?: string } };
}
interface WindowClient {
  url: string;
  focus(): Promise<WindowClient>;
  navigate?(url: string): Promise<WindowClient | null>;
  postMessage(message: unknown): void;
}
interface Scope extends FieldSwGlobals {
  location: Location;
  registration: ServiceWorkerRegistration;
  clients: {
    claim(): Promise<void>;
    matchAll(o: { type: 'window'; includeUncontrolled: boolean }): Promise<WindowClient[]>;
    openWindow(url: string): Promise<WindowClient | null>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: string, listener: (e: never) => void): void;
}

const sw = self as unknown as Scope;
const commune = sw.__FIELD_COMMUNE;
const SHELL_CACHE = `${SHELL_CACHE_PREFIX}${sw.__FIELD_VERSION}`;
const scope = () => new URL(sw.registration.scope).pathname;

sw.addEventListener('install', (event: ExtendableEvent) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL_CACHE);
      // Fresh copies (not the HTTP cache's): the page and the manifest are served no-cache, the bundles are hashed.
      await cache.addAll(sw.__FIELD_PRECACHE.map((url) => new Request(url, { cache: 'reload' })));
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event: ExtendableEvent) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(SHELL_CACHE_PREFIX) && name !== SHELL_CACHE) await caches.delete(name);
      await sw.clients.claim();
    })(),
  );
});

/** A photo from the uploads bucket: a presigned read, whose query (signature, expiry) changes at every read. */
const isPresigned = (url: URL) => url.searchParams.has('X-Amz-Signature') || url.searchParams.has('x-amz-signature');

async function fromShell(request: Request): Promise<Response | undefined> {
  return (await caches.open(SHELL_CACHE)).match(request, { ignoreSearch: true });
}

async function networkThenKeep(request: Request, cacheName: string, ignoreSearch: boolean): Promise<Response> {
  const cache = await caches.open(cacheName);
  try {
    const res = await fetch(request);
    // A whole answer only: the Cache API refuses a partial one (206, a PMTiles range), and a copy not kept must not
    // cost the page its tile.
    if (res.status === 200 || res.type === 'opaque') await cache.put(request, res.clone()).catch(() => {});
    return res;
  } catch (e) {
    const kept = await cache.match(request, { ignoreSearch });
    if (kept) return kept;
    throw e;
  }
}

async function answer(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.origin === sw.location.origin) {
    if (request.mode === 'navigate') {
      try {
        return await fetch(request);
      } catch (e) {
        // Offline: the kept page (any path of the app is the same page).
        const page = (await fromShell(new Request(scope()))) ?? (await fromShell(request));
        if (page) return page;
        throw e;
      }
    }
    // The precached files: hashed bundles never change; the page's other files are refreshed at the next install.
    const kept = await fromShell(request);
    if (kept) return kept;
    return fetch(request);
  }
  // Photos: the first copy seen, whatever the link's signature; map tiles and styles: fresh when online, kept when not.
  if (isPresigned(url)) {
    const cache = await caches.open(PHOTO_CACHE_NAME);
    const kept = await cache.match(request, { ignoreSearch: true });
    if (kept) return kept;
    return networkThenKeep(request, PHOTO_CACHE_NAME, true);
  }
  return networkThenKeep(request, PHOTO_CACHE_NAME, false);
}

sw.addEventListener('fetch', (event: FetchEvent) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // The API is never cached here: the outbox and the « Aujourd’hui » store keep what must be kept.
  if (url.origin === sw.location.origin && url.pathname.startsWith('/api/')) return;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
  event.respondWith(answer(request));
});

// ---- The outbox -----------------------------------------------------------------------------------------------

async function tellPages(message: unknown): Promise<void> {
  for (const client of await sw.clients.matchAll({ type: 'window', includeUncontrolled: true })) client.postMessage(message);
}

/** Sends the outbox from here (the page may be closed); each run reads the entries afresh under the outbox's lock. */
async function flush(): Promise<void> {
  const end = await sendOutbox(commune, cookieTokens(commune, STAFF_AUTH_HEADER), () => void tellPages({ type: 'field-outbox-changed' }));
  await tellPages({ type: 'field-outbox-changed' });
  // Still no network: failing the sync event makes the browser try again later.
  if (end === 'later') throw new Error('network still away');
}

sw.addEventListener('sync', (event: SyncEvent) => {
  if (event.tag === OUTBOX_SYNC_TAG_NAME) event.waitUntil(flush());
});

sw.addEventListener('message', (event: ExtendableEvent & { data?: { type?: string } }) => {
  if (event.data?.type === 'field-outbox-flush') event.waitUntil(flush().catch(() => {}));
});

// ---- Push ------------------------------------------------------------------------------------------------------

sw.addEventListener('push', (event: PushEvent) => {
  let data: { title?: unknown; body?: unknown; link?: unknown; kind?: unknown; item?: { kind?: unknown; id?: unknown } } = {};
  try {
    data = (event.data?.json() as typeof data) ?? {};
  } catch {
    data = {};
  }
  const title = typeof data.title === 'string' && data.title ? data.title : 'Tandem';
  const item = data.item && typeof data.item === 'object' ? data.item : undefined;
  // Decided now, kept on the notification: a task opens in this app, another item in the staff app (same origin only).
  const link = fieldPushTarget(commune, sw.location.origin, data);
  event.waitUntil(
    Promise.all([
      sw.registration.showNotification(title, {
        body: typeof data.body === 'string' ? data.body : '',
        lang: 'fr',
        tag: item ? `${String(data.kind)}:${String(item.kind)}:${String(item.id)}` : undefined,
        data: { link },
      }),
      // A new or urgent task: the open app reads « Aujourd’hui » again.
      tellPages({ type: 'field-today-changed' }),
    ]),
  );
});

sw.addEventListener('notificationclick', (event: NotificationEvent) => {
  event.notification.close();
  // The link was checked when the push came (fieldPushTarget); checked again: only a path on this origin.
  const url = new URL(sameOriginPath(event.notification.data?.link, sw.location.origin) ?? scope(), sw.location.origin).href;
  event.waitUntil(openAt(url));
});

/** Focuses a window already at `url`; else, for a page of this app, sends one of its windows there; else opens one. */
async function openAt(url: string): Promise<WindowClient | null> {
  const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const there = windows.find((w) => w.url === url);
  if (there) return there.focus();
  // The staff app's pages open in a window of their own: the field app stays where the worker left it.
  const app = url.startsWith(sw.registration.scope)
    ? windows.find((w) => w.url.startsWith(sw.registration.scope) && w.navigate)
    : undefined;
  if (app?.navigate) return (await app.navigate(url))?.focus() ?? null;
  return sw.clients.openWindow(url);
}
