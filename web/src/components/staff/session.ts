/**
 * Staff session: tokens live in sessionStorage (gone when the tab closes), are refreshed a minute before
 * expiry, and every staff call sends `Authorization: Bearer <idToken>`.
 */
import { signal } from '@preact/signals';
import type { Tokens } from '@tandem/shared/schemas/report';
import type { StaffRole } from '@tandem/shared/identity';
import { staffDepartmentsOf, staffRolesOf } from '@tandem/shared/staff-screens';
import { apiFetch, apiPath, ApiError } from '../../lib/api';

export interface Session {
  idToken: string;
  accessToken: string;
  refreshToken?: string;
  /** epoch ms */
  expiresAt: number;
  name: string;
}

const REFRESH_MARGIN_MS = 60_000;
const storageKey = (commune: string) => `tandem.staff.${commune}`;

export const session = signal<Session | undefined>(undefined);

function claims(jwt: string): Record<string, unknown> {
  try {
    const part = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(
      atob(part.padEnd(part.length + ((4 - (part.length % 4)) % 4), '='))
        .split('')
        .map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
        .join(''),
    );
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return {};
  }
}

function toSession(t: Tokens, previous?: Session): Session {
  const c = claims(t.idToken);
  const name = String(c['custom:display_name'] ?? c.name ?? c.email ?? c['cognito:username'] ?? '');
  return {
    idToken: t.idToken,
    accessToken: t.accessToken,
    refreshToken: t.refreshToken ?? previous?.refreshToken,
    expiresAt: Date.now() + t.expiresIn * 1000,
    name,
  };
}

function store(commune: string, s: Session | undefined) {
  session.value = s;
  try {
    if (s) sessionStorage.setItem(storageKey(commune), JSON.stringify(s));
    else sessionStorage.removeItem(storageKey(commune));
  } catch {
    /* private mode: the session lives in memory only */
  }
}

export function restoreSession(commune: string): Session | undefined {
  try {
    const raw = sessionStorage.getItem(storageKey(commune));
    const s = raw ? (JSON.parse(raw) as Session) : undefined;
    session.value = s && (s.expiresAt > Date.now() || s.refreshToken) ? s : undefined;
  } catch {
    session.value = undefined;
  }
  return session.value;
}

export async function signIn(commune: string, username: string, password: string): Promise<Session> {
  const t = await apiFetch<Tokens>(apiPath(commune, 'auth/login'), { method: 'POST', body: JSON.stringify({ username, password }) });
  const s = toSession(t);
  store(commune, s);
  return s;
}

export function signOut(commune: string) {
  store(commune, undefined);
}

let refreshing: Promise<Session | undefined> | undefined;
export function refresh(commune: string): Promise<Session | undefined> {
  const current = session.value;
  if (!current?.refreshToken) {
    signOut(commune);
    return Promise.resolve(undefined);
  }
  refreshing ??= apiFetch<Tokens>(apiPath(commune, 'auth/refresh'), {
    method: 'POST',
    body: JSON.stringify({ refreshToken: current.refreshToken }),
  })
    .then((t) => {
      const s = toSession(t, current);
      store(commune, s);
      return s;
    })
    .catch((e) => {
      if (e instanceof ApiError) signOut(commune);
      return undefined;
    })
    .finally(() => (refreshing = undefined));
  return refreshing;
}

/** Milliseconds until the session should be refreshed. */
export function refreshDelay(s: Session): number {
  return Math.max(0, s.expiresAt - Date.now() - REFRESH_MARGIN_MS);
}

/** The roles the signed-in person's ID token gives (cognito:groups), as the API reads them. */
export function staffRoles(s: Session | undefined): StaffRole[] {
  return s ? staffGroups(s).roles : [];
}

/** The roles and departments a staff token carries (cognito:groups), to open each person on what is theirs. */
export function staffGroups(s: Pick<Session, 'idToken'>): { roles: StaffRole[]; departments: string[] } {
  const groups = claims(s.idToken)['cognito:groups'];
  return { roles: staffRolesOf(groups), departments: staffDepartmentsOf(groups) };
}

export class SignedOut extends Error {}

/** A staff API call: refreshes first when the token is about to expire, and once more on a 401. */
export async function staffFetch<T>(commune: string, rest: string, init: RequestInit = {}): Promise<T> {
  let s = session.value;
  if (s && refreshDelay(s) === 0) s = await refresh(commune);
  if (!s) throw new SignedOut();
  const call = (token: string) =>
    apiFetch<T>(apiPath(commune, rest), {
      ...init,
      headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` },
    });
  try {
    return await call(s.idToken);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      const again = await refresh(commune);
      if (!again) throw new SignedOut();
      return call(again.idToken);
    }
    throw e;
  }
}
