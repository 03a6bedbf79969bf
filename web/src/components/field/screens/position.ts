/**
 * The phone's position, asked politely: never on opening unless the worker already allowed it; on a tap for the
 * list's order, and when « Signaler » needs it. Refused or not found: said in words, the app works without it.
 */
import { signal } from '@preact/signals';

export interface PhonePosition {
  lat: number;
  lng: number;
  accuracy: number;
}

export type PositionState = { state: 'idle' } | { state: 'asking' } | { state: 'known'; at: PhonePosition } | { state: 'refused' };

export const position = signal<PositionState>({ state: 'idle' });

/** Asks the phone (a fresh fix when `fresh`, e.g. for a report; a recent one is fine for ordering the list). */
export function askPosition(fresh = false): void {
  if (typeof navigator === 'undefined' || !navigator.geolocation) {
    position.value = { state: 'refused' };
    return;
  }
  if (position.value.state === 'asking') return;
  const before = position.value;
  position.value = { state: 'asking' };
  navigator.geolocation.getCurrentPosition(
    (p) => {
      position.value = { state: 'known', at: { lat: p.coords.latitude, lng: p.coords.longitude, accuracy: p.coords.accuracy } };
    },
    () => {
      // A fix that failed again keeps the one known before for the list; a report asks for a fresh one.
      position.value = before.state === 'known' && !fresh ? before : { state: 'refused' };
    },
    { enableHighAccuracy: true, timeout: 20_000, maximumAge: fresh ? 30_000 : 300_000 },
  );
}

/** Uses the position at once if the worker already allowed it (no prompt). */
export async function positionIfAllowed(): Promise<void> {
  try {
    const status = await navigator.permissions?.query({ name: 'geolocation' });
    if (status?.state === 'granted' && position.value.state === 'idle') askPosition();
  } catch {
    /* no Permissions API: wait for a tap */
  }
}
