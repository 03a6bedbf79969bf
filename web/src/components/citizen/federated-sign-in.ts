/**
 * Signing in with itsme or the identity card through FAS (docs/citizen-federation.md): `begin` asks the API for the
 * provider's page (the state is tied to this browser by an HttpOnly cookie) and goes there; the provider sends the
 * citizen back to the return page, where `finish` hands the code and state to the API and opens the session as the
 * e-mail code does (the refresh token in its cookie, the hint that this browser signed in here).
 */
import type { CitizenSignedIn } from '@tandem/shared/citizen/citizen-api';
import { apiFetch, apiPath } from '../../lib/api';
import { openCitizenSession } from './citizen-session';

const path = (commune: string, step: 'start' | 'finish') => apiPath(commune, `auth/citizen/federation/${step}`);

/** The provider's page for a new sign-in. */
export async function federationUrl(commune: string): Promise<string> {
  const r = await apiFetch<{ url: string }>(path(commune, 'start'), { method: 'POST', credentials: 'same-origin' });
  return r.url;
}

export async function finishFederated(commune: string, code: string, state: string): Promise<void> {
  const t = await apiFetch<CitizenSignedIn>(path(commune, 'finish'), {
    method: 'POST',
    credentials: 'same-origin',
    body: JSON.stringify({ code, state }),
  });
  openCitizenSession(commune, t);
}

/** The « Mon espace » page, where the session is restored from the cookie. */
export const spacePath = (commune: string) => `/${encodeURIComponent(commune)}/mon-espace/`;
