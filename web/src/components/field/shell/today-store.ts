/**
 * The field app's TodayStore (contract.ts): GET staff/today when online, kept in IndexedDB with when it was read,
 * and its photos put in the service worker's photo cache (their presigned links are kept as read: the worker answers
 * a kept link from the cache, whatever its signature's age); offline, or when the server cannot be reached, the kept
 * copy is shown with `offline` true. `task(id)` lays the outbox's pending actions over the kept task.
 *
 * Each person's copy is their own (`today:<sub>`, outbox-owner.ts): the store reads and keeps the copy of the person
 * signed in, and keeps an answer only when it was read with that person's token.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { FieldTaskView, TodayView } from '@tandem/shared/field/field-api';
import { NetworkError, apiFetch, apiPath } from '../../../lib/api';
import { SignedOut, withStaffToken } from '../../staff/session';
import type { OutboxEntry, TodayStore } from '../contract';
import { KEPT_STORE, dbGet, dbPut } from './field-db';
import { todayKey } from './outbox-owner';
import { tokenSubject } from './outbox-send';
import { PHOTO_CACHE_NAME as PHOTO_CACHE } from '../../../field-sw/cache-names';

export { PHOTO_CACHE };

/** Puts the photos in the cache (best effort: a photo that cannot be fetched now is fetched when shown). */
async function keepPhotos(view: TodayView): Promise<void> {
  if (typeof caches === 'undefined') return;
  const cache = await caches.open(PHOTO_CACHE);
  const urls = [...view.mine, ...view.team].flatMap((t) => t.photos.map((p) => p.url));
  await Promise.all(
    urls.map(async (url) => {
      if (await cache.match(url, { ignoreSearch: true })) return;
      try {
        // Readable when the bucket allows this origin (CORS); else opaque, which an <img> still shows.
        const res = await fetch(url, { mode: 'cors', credentials: 'omit' }).catch(() =>
          fetch(url, { mode: 'no-cors', credentials: 'omit' }),
        );
        if (res.ok || res.type === 'opaque') await cache.put(url, res);
      } catch {
        // offline again, or refused: shown from the network when it is back
      }
    }),
  );
}

/** A kept task with the actions waiting in the outbox applied: started shows « en cours », finished « fait ». */
export function withPending(task: FieldTaskView, entries: readonly OutboxEntry[]): FieldTaskView {
  let t = task;
  for (const e of entries) {
    if (e.state === 'conflict') continue;
    const a = e.action;
    if (a.kind === 'move' && a.taskId === t.id) t = { ...t, status: a.to };
    if (a.kind === 'finish' && a.taskId === t.id) {
      const ticks = new Map(a.checklist.map((c) => [c.id, c.done]));
      t = { ...t, status: 'done', checklist: t.checklist.map((c) => ({ ...c, done: ticks.get(c.id) ?? c.done })) };
    }
  }
  return t;
}

export interface FieldTodayStore extends TodayStore {
  /** Forgets what is shown (after the phone's copy was wiped). */
  forget(): void;
}

/** `person`: the token subject of who is signed in on the phone (the outbox's). */
export function createTodayStore(
  commune: string,
  entries: ReadonlySignal<readonly OutboxEntry[]>,
  person: ReadonlySignal<string | undefined>,
): FieldTodayStore {
  const today = signal<TodayView | undefined>(undefined);
  const offline = signal(false);

  // Another person: nothing of the previous one's stays on the screen.
  person.subscribe(() => {
    today.value = undefined;
    offline.value = false;
  });

  const showKept = async (who: string) => {
    const kept = await dbGet<TodayView>(commune, KEPT_STORE, todayKey(who)).catch(() => undefined);
    if (who !== person.value) return;
    if (kept) today.value = kept;
    offline.value = true;
  };

  let reading: Promise<void> | undefined;
  const refresh = () => {
    reading ??= (async () => {
      const who = person.value;
      if (!who) return;
      if (!today.value) await showKept(who);
      if (typeof navigator !== 'undefined' && !navigator.onLine) return showKept(who);
      try {
        // With this person's token only: a session that changed hands (someone else signed in) is not theirs to show.
        const view = await withStaffToken(commune, (token) => {
          if (tokenSubject(token) !== who) throw new SignedOut();
          return apiFetch<TodayView>(apiPath(commune, 'staff/today'), { headers: { authorization: `Bearer ${token}` } });
        });
        if (who !== person.value) return;
        today.value = view;
        offline.value = false;
        await dbPut(commune, KEPT_STORE, view, todayKey(who));
        void keepPhotos(view);
      } catch (e) {
        // No network (or a worker's offline answer): what is kept. Other errors are the caller's to show.
        if (e instanceof NetworkError || (e as { status?: number }).status === 503) return showKept(who);
        throw e;
      }
    })().finally(() => (reading = undefined));
    return reading;
  };

  const task = (id: string) => {
    const v = today.value;
    const t = v?.mine.find((x) => x.id === id) ?? v?.team.find((x) => x.id === id);
    return t && withPending(t, entries.value);
  };

  const forget = () => {
    today.value = undefined;
    offline.value = false;
  };

  return { today, offline, refresh, task, forget };
}
