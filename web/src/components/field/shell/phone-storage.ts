/**
 * What the field app keeps on the phone, and how it goes away: persistent storage asked for (so the browser does
 * not evict the outbox under pressure), a warning when the origin's storage is over 80 % full, and the wipe that
 * signing out does (what IndexedDB keeps but the outbox, the photos and map tiles cached; the shell's precache holds
 * no personal data and stays, so the sign-in screen still opens offline). The outbox's actions stay, each tied to
 * its person, until that person signs in again here (outbox-owner.ts); with none left, the database goes too.
 */
import { signal } from '@preact/signals';
import { fieldAppPath } from '@tandem/shared/field/field-site';
import { deleteFieldDb } from './field-db';
import { clearAllButOutbox } from './outbox-owner';
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

/**
 * Removes the phone's copy: the kept « Aujourd’hui », the PIN, the signed-in person, the cached photos and tiles, the
 * push subscription. Actions still waiting stay, their person's (nothing typed or photographed is lost); when none
 * wait, the whole database goes.
 */
export async function wipePhoneCopy(commune: string): Promise<void> {
  // Could not read it: keep it (the next sign-in replaces the person and the PIN, and drops the others' tasks).
  const held = await clearAllButOutbox(commune).catch(() => -1);
  if (held === 0) await deleteFieldDb(commune).catch(() => {});
  if (typeof caches !== 'undefined') await caches.delete(PHOTO_CACHE).catch(() => false);
  try {
    const reg = await navigator.serviceWorker?.getRegistration(fieldAppPath(commune));
    await (await reg?.pushManager?.getSubscription())?.unsubscribe();
  } catch {
    // no push here
  }
}
