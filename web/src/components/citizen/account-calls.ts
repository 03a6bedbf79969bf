/**
 * The calls of the account's own settings (docs/citizen-space.md): preferences, the copy of my data, erasing my
 * requests' personal data (the ID token, citizen-space), and deleting the account (the refresh cookie, auth/citizen/).
 */
import { signal } from '@preact/signals';
import type { AccountDeleted, CitizenPreferences, EraseMyRequestsResult, MyDataCopy } from '@tandem/shared/citizen/citizen-account';
import { CITIZEN_AUTH_HEADER, citizenHintKey } from '@tandem/shared/citizen/citizen-auth-transport';
import { apiFetch, apiPath } from '../../lib/api';
import { citizenFetch, citizenSession } from './citizen-session';

export const loadPreferences = (commune: string) => citizenFetch<CitizenPreferences>(commune, 'me/preferences');

export const savePreferences = (commune: string, p: CitizenPreferences) =>
  citizenFetch<CitizenPreferences>(commune, 'me/preferences', { method: 'PUT', body: JSON.stringify(p) });

export const myDataCopy = (commune: string) => citizenFetch<MyDataCopy>(commune, 'me/data');

export const eraseMyRequests = (commune: string) =>
  citizenFetch<EraseMyRequestsResult>(commune, 'me/requests/erase', { method: 'POST', body: JSON.stringify({ confirm: true }) });

/** What the page says once the account is gone (the space then shows the sign-in again). */
export const accountDeleted = signal<'deleted' | 'deleted-and-erased' | undefined>(undefined);

/** Deletes the account (after erasing its requests' personal data, if asked), then forgets the session here. */
export async function deleteAccount(commune: string, erase: boolean): Promise<void> {
  if (erase) await eraseMyRequests(commune);
  await apiFetch<AccountDeleted>(apiPath(commune, 'auth/citizen/delete-account'), {
    method: 'POST',
    credentials: 'same-origin',
    headers: { [CITIZEN_AUTH_HEADER]: '1' },
  });
  try {
    localStorage.removeItem(citizenHintKey(commune));
  } catch {
    /* private mode: no hint was kept */
  }
  accountDeleted.value = erase ? 'deleted-and-erased' : 'deleted';
  citizenSession.value = undefined;
}
