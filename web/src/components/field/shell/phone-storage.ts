/**
 * What the field app keeps on the phone, and how it goes away: persistent storage asked for (so the browser does
 * not evict the outbox under pressure), a warning when the origin's storage is over 80 % full, and the wipe that
 * signing out does (the IndexedDB database, the photos and map tiles cached; the shell's precache holds no personal
 * data and stays, so the sign-in screen still opens offline).
 */
import { signal } from '@preact/signals';
import { fieldAppPath } from '@tandem/shared/field/field-site';
import { deleteFieldDb } from './field-db';
import { PHOTO_CACHE } from './today-store';

export const STORAGE_WARN_RATIO = 0.8;

/** True when the phone's storage for this site is nearly full (shown as a warning). */
export const storageNearlyFull = signal(false);

export async function checkStorage(): Promise<void> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage) return;
  try {
    if (storage.persist && !(await storage.persisted?.())) await storage.persist();
  } catch {
    // refused: the browser decides; the outbox still works
  }
  try {
    const { usage = 0, quota = 0 } = await storage.estimate();
    storageNearlyFull.value = quota > 0 && usage / quota > STORAGE_WARN_RATIO;
  } catch {
    storageNearlyFull.value = false;
  }
}

/** Marks a sign-out not yet told to the server (offline): the next opening tells it before anything else. */
const pendingSignOutKey = (commune: string) => `tandem-field-signed-out:${commune}`;
export const signOutPending = (commune: string) => {
  try {
    return localStorage.getItem(pendingSignOutKey(commune)) === '1';
  } catch {
    return false;
  }
};
export function setSignOutPending(commune: string, pending: boolean): void {
  try {
    if (pending) localStorage.setItem(pendingSignOutKey(commune), '1');
    else localStorage.removeItem(pendingSignOutKey(commune));
  } catch {
    // private mode: the sign-out request itself is what counts
  }
}

/** Removes the phone's copy: the outbox, the kept « Aujourd’hui », the PIN, the cached photos and tiles, the push subscription. */
export async function wipePhoneCopy(commune: string): Promise<void> {
  await deleteFieldDb(commune).catch(() => {});
  if (typeof caches !== 'undefined') await caches.delete(PHOTO_CACHE).catch(() => false);
  try {
    const reg = await navigator.serviceWorker?.getRegistration(fieldAppPath(commune));
    await (await reg?.pushManager?.getSubscription())?.unsubscribe();
  } catch {
    // no push here
  }
}
