/*
 * The staff app's service worker (registered with the scope /<commune>/agents/ by
 * web/src/components/staff/notifications/push-subscription.ts when a person chooses « push »): it shows a Web Push
 * message as a notification and, when it is clicked, focuses the staff app on the item's page (or opens it).
 * The message carries no personal data (shared/src/notifications/push.ts PushPayload): a generic French title and body,
 * the notification's kind, the item's kind and id, and the item's path on this origin. A plain file, no build step:
 * it must be served as is from the site's root so that its scope may cover every commune's staff app.
 */
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

/** Only a path on this origin is followed (never another site, even if a payload said so). */
function sameOriginPath(link) {
  const fallback = new URL(self.registration.scope).pathname;
  if (typeof link !== 'string' || !link.startsWith('/')) return fallback;
  // Resolved as the browser would ('//host' and '/\\host' lead elsewhere): kept only if it stays on this origin.
  const url = new URL(link, self.location.origin);
  return url.origin === self.location.origin ? url.pathname + url.search + url.hash : fallback;
}

self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = {};
  }
  const title = typeof data.title === 'string' && data.title ? data.title : 'Tandem';
  const link = sameOriginPath(data.link);
  const item = data.item && typeof data.item === 'object' ? data.item : undefined;
  event.waitUntil(
    self.registration.showNotification(title, {
      body: typeof data.body === 'string' ? data.body : '',
      lang: 'fr',
      // One notice per item and kind: a second push about the same item replaces the first.
      tag: item ? `${data.kind}:${item.kind}:${item.id}` : undefined,
      data: { link },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL(sameOriginPath(event.notification.data?.link), self.location.origin).href;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const open = windows.find((w) => w.url === url);
      if (open) return open.focus();
      // A window of the staff app goes to the item; else a new one opens.
      const app = windows.find((w) => w.url.startsWith(self.registration.scope) && 'navigate' in w);
      if (app) return (await app.navigate(url))?.focus();
      return self.clients.openWindow(url);
    })(),
  );
});
