/**
 * Staff session. The refresh token never reaches this code: the sign-in function sets it in an HttpOnly cookie
 * scoped to /api/<commune>/auth/, which only refresh and sign-out read. What the page holds is the ID token, in
 * memory only (never in storage), because every staff call sends it as `Authorization: Bearer <idToken>`; it is
 * short-lived (TOKEN_VALIDITY), refreshed a minute before it expires, and on a reload the page gets a new one
 * from the cookie (see docs/staff-sign-in.md).
 */
import { signal } from '@preact/signals';
import type { SignInStep, SignedIn } from '@tandem/shared/schemas/staff-auth';
import { STAFF_AUTH_HEADER } from '@tandem/shared/staff-auth-transport';
import { apiFetch, apiPath, ApiError } from '../../lib/api';
import { claims } from '../../lib/jwt-claims';

export { claims };

export interface Session {
  idToken: string;
  /** epoch ms */
  expiresAt: number;
  name: string;
}

const REFRESH_MARGIN_MS = 60_000;

export const session = signal<Session | undefined>(undefined);

function toSession(t: SignedIn): Session {
  const c = claims(t.idToken);
  const name = String(c['custom:display_name'] ?? c.name ?? c.email ?? c['cognito:username'] ?? '');
  return { idToken: t.idToken, expiresAt: Date.now() + t.expiresIn * 1000, name };
}

/** Posts one sign-in step; a `signed-in` answer opens the session. */
async function step(commune: string, rest: string, body: unknown): Promise<SignInStep> {
  const answer = await apiFetch<SignInStep>(apiPath(commune, `auth/${rest}`), { method: 'POST', body: JSON.stringify(body) });
  if (answer.step === 'signed-in') session.value = toSession(answer);
  return answer;
}

/** `remember`: the refresh cookie outlives the browser's session (the field app on a phone). */
export const signIn = (commune: string, username: string, password: string, setUpTotp = false, remember = false) =>
  step(commune, 'login', { username, password, ...(setUpTotp ? { setUpTotp } : {}), ...(remember ? { remember } : {}) });
export const chooseFirstPassword = (commune: string, username: string, session: string, newPassword: string) =>
  step(commune, 'new-password', { username, session, newPassword });
export const giveTotpCode = (commune: string, username: string, session: string, code: string) =>
  step(commune, 'totp', { username, session, code });
export const finishTotpSetup = (commune: string, username: string, session: string, code: string) =>
  step(commune, 'totp-setup', { username, session, code });

export async function forgotPassword(commune: string, username: string): Promise<void> {
  await apiFetch(apiPath(commune, 'auth/forgot-password'), { method: 'POST', body: JSON.stringify({ username }) });
}
export async function resetPassword(commune: string, username: string, code: string, newPassword: string): Promise<void> {
  await apiFetch(apiPath(commune, 'auth/reset-password'), { method: 'POST', body: JSON.stringify({ username, code, newPassword }) });
}

/** The cookie-riding calls carry the staff header, which another site's page cannot send (CSRF). */
const cookieCall = (commune: string, rest: string) => ({
  path: apiPath(commune, `auth/${rest}`),
  init: { method: 'POST', credentials: 'same-origin' as const, headers: { [STAFF_AUTH_HEADER]: '1' } },
});

/** Forgets the session here and revokes the refresh token (the cookie is cleared by the answer). */
export function signOut(commune: string): Promise<void> {
  session.value = undefined;
  const { path, init } = cookieCall(commune, 'sign-out');
  return apiFetch(path, init).then(
    () => undefined,
    () => undefined,
  );
}

let refreshing: Promise<Session | undefined> | undefined;
/** A new ID token from the refresh-token cookie; undefined (signed out) when there is none or it was refused. */
export function refresh(commune: string): Promise<Session | undefined> {
  const { path, init } = cookieCall(commune, 'refresh');
  refreshing ??= apiFetch<SignedIn>(path, init)
    .then((t) => {
      session.value = toSession(t);
      return session.value;
    })
    .catch((e) => {
      if (e instanceof ApiError) session.value = undefined;
      return undefined;
    })
    .finally(() => (refreshing = undefined));
  return refreshing;
}

/** On a page load: the session the cookie still gives, if any. */
export const restoreSession = (commune: string): Promise<Session | undefined> => refresh(commune);

/** Milliseconds until the session should be refreshed. */
export function refreshDelay(s: Session): number {
  return Math.max(0, s.expiresAt - Date.now() - REFRESH_MARGIN_MS);
}

export class SignedOut extends Error {}

/** A staff API call: refreshes first when the token is about to expire, and once more on a 401. */
export function staffFetch<T>(commune: string, rest: string, init: RequestInit = {}): Promise<T> {
  return withStaffToken(commune, (token) =>
    apiFetch<T>(apiPath(commune, rest), {
      ...init,
      headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` },
    }),
  );
}

/** Runs a staff call with the session's ID token: refreshed when about to expire, and once more after a 401 (an ApiError). */
export async function withStaffToken<T>(commune: string, call: (token: string) => Promise<T>): Promise<T> {
  let s = session.value;
  if (s && refreshDelay(s) === 0) s = await refresh(commune);
  if (!s) throw new SignedOut();
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
