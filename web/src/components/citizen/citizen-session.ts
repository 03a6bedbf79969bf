/**
 * The citizen's session, as the staff one (docs/citizen-space.md): the refresh token never reaches this code (an
 * HttpOnly cookie scoped to /api/<commune>/auth/citizen/); the ID token is kept in memory only and sent as
 * `Authorization: Bearer`. A page load gets a new one from the cookie — only when this browser signed in here
 * before (a non-secret hint in localStorage), so that anonymous visitors' forms send no request for it.
 */
import { signal } from '@preact/signals';
import type { CitizenSignedIn, CitizenStep } from '@tandem/shared/citizen/citizen-api';
import { CITIZEN_AUTH_HEADER, citizenHintKey } from '@tandem/shared/citizen/citizen-auth-transport';
import { ApiError, apiFetch, apiPath } from '../../lib/api';
import { claims } from '../../lib/jwt-claims';

export interface CitizenSession {
  idToken: string;
  /** epoch ms */
  expiresAt: number;
  email: string;
  name?: string;
  phone?: string;
}

export const citizenSession = signal<CitizenSession | undefined>(undefined);

const hint = {
  get: (c: string) => {
    try {
      return localStorage.getItem(citizenHintKey(c)) === '1';
    } catch {
      return false;
    }
  },
  set: (c: string, on: boolean) => {
    try {
      if (on) localStorage.setItem(citizenHintKey(c), '1');
      else localStorage.removeItem(citizenHintKey(c));
    } catch {
      /* private mode: no hint, the forms simply do not look for a session */
    }
  },
};

function open(commune: string, t: CitizenSignedIn): CitizenSession {
  const c = claims(t.idToken);
  const s: CitizenSession = {
    idToken: t.idToken,
    expiresAt: Date.now() + t.expiresIn * 1000,
    email: String(c.email ?? ''),
    ...(typeof c.name === 'string' ? { name: c.name } : {}),
    ...(typeof c.phone_number === 'string' ? { phone: c.phone_number } : {}),
  };
  citizenSession.value = s;
  hint.set(commune, true);
  return s;
}

const authPath = (commune: string, rest: string) => apiPath(commune, `auth/citizen/${rest}`);

/** Opens the session of tokens a sign-in gave (the federated one too: federated-sign-in.ts). */
export const openCitizenSession = open;

/** Step 1: a code by e-mail; answers the handle of this sign-in. */
export async function askCode(commune: string, email: string): Promise<string> {
  const r = await apiFetch<CitizenStep>(authPath(commune, 'start'), { method: 'POST', body: JSON.stringify({ email }) });
  return r.step === 'code-sent' ? r.session : '';
}

/** Step 2: the code; 'again' when another code was sent (an account begun and never confirmed). */
export async function giveCode(commune: string, email: string, session: string, code: string): Promise<'signed-in' | 'again'> {
  const r = await apiFetch<CitizenStep>(authPath(commune, 'verify'), { method: 'POST', body: JSON.stringify({ email, session, code }) });
  if (r.step === 'signed-in') {
    open(commune, r);
    return 'signed-in';
  }
  return 'again';
}

const cookieCall = { method: 'POST', credentials: 'same-origin' as const, headers: { [CITIZEN_AUTH_HEADER]: '1' } };

/** The optional password instead of a code (docs/citizen-space.md): signed in as with a code. */
export async function givePassword(commune: string, email: string, password: string): Promise<void> {
  open(
    commune,
    await apiFetch<CitizenSignedIn>(authPath(commune, 'password-sign-in'), { method: 'POST', body: JSON.stringify({ email, password }) }),
  );
}

/** A call on the cookie's account (the password's status and change): the cookie and the citizen header, as refresh. */
export function citizenCookieFetch<T>(commune: string, rest: string, init: { method: 'GET' | 'POST'; body?: string }): Promise<T> {
  return apiFetch<T>(authPath(commune, rest), { ...init, credentials: 'same-origin', headers: { [CITIZEN_AUTH_HEADER]: '1' } });
}

let refreshing: Promise<CitizenSession | undefined> | undefined;
/** A new ID token from the cookie; undefined when signed out. */
export function refreshCitizen(commune: string): Promise<CitizenSession | undefined> {
  refreshing ??= apiFetch<CitizenSignedIn>(authPath(commune, 'refresh'), cookieCall)
    .then((t) => open(commune, t))
    .catch((e) => {
      if (e instanceof ApiError) {
        citizenSession.value = undefined;
        hint.set(commune, false);
      }
      return undefined;
    })
    .finally(() => (refreshing = undefined));
  return refreshing;
}

/** On a page load: the session the cookie still gives, asked only if this browser signed in here. */
export function restoreCitizen(commune: string): Promise<CitizenSession | undefined> {
  if (citizenSession.value) return Promise.resolve(citizenSession.value);
  return hint.get(commune) ? refreshCitizen(commune) : Promise.resolve(undefined);
}

export async function signOutCitizen(commune: string): Promise<void> {
  citizenSession.value = undefined;
  hint.set(commune, false);
  await apiFetch(authPath(commune, 'sign-out'), cookieCall).catch(() => undefined);
}

/** The Authorization header of the session (refreshed first when about to expire), or none. */
export async function citizenAuthHeader(commune: string): Promise<Record<string, string>> {
  let s = citizenSession.value;
  if (s && s.expiresAt - Date.now() < 60_000) s = await refreshCitizen(commune);
  return s ? { authorization: `Bearer ${s.idToken}` } : {};
}

/** A call of the citizen space, with the token; once more after a refresh on a 401. */
export async function citizenFetch<T>(commune: string, rest: string, init: RequestInit = {}): Promise<T> {
  const call = async () =>
    apiFetch<T>(apiPath(commune, rest), {
      ...init,
      headers: { ...(init.headers as Record<string, string>), ...(await citizenAuthHeader(commune)) },
    });
  try {
    return await call();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401 && (await refreshCitizen(commune))) return call();
    throw e;
  }
}
