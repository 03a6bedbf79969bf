/**
 * Who is asking, for the citizen space and the public forms: verifies a citizen's ID token against the commune's own
 * citizen pool (issuer and app client from the registration), as staff-auth.ts does for staff. The local runtime's
 * tokens are cognito-local's, verified the same way (docs/citizen-space.md).
 * 401: no token (where one is required), bad signature, expired, untrusted issuer; 403: a token of another pool.
 */
import type { CommuneRegistration } from '@tandem/shared';
import { HttpError, header, type ApiEvent } from './http.js';
import { trustedIssuerOf, unauthorized, verifiedIdToken } from './pool-token.js';

export interface Citizen {
  sub: string;
  email: string;
  /** What the account knows besides (standard attributes, when set): the forms fill them in. */
  name?: string;
  phone?: string;
  address?: string;
}

function bearer(event: ApiEvent): string | undefined {
  const auth = header(event, 'authorization');
  if (auth === undefined) return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(auth);
  if (!m) throw unauthorized('send Authorization: Bearer <ID token>');
  return m[1];
}

/** The signed-in citizen; 401 without a token. */
export async function requireCitizen(event: ApiEvent, reg: CommuneRegistration): Promise<Citizen> {
  const token = bearer(event);
  if (!token) throw unauthorized('sign in first: send Authorization: Bearer <ID token>');
  return verifyCitizenToken(token, reg);
}

/** The citizen if the request carries a token (a public form filed signed in); a bad token is refused, never ignored. */
export async function optionalCitizen(event: ApiEvent, reg: CommuneRegistration): Promise<Citizen | undefined> {
  const token = bearer(event);
  return token ? verifyCitizenToken(token, reg) : undefined;
}

export async function verifyCitizenToken(token: string, reg: CommuneRegistration): Promise<Citizen> {
  const iss = trustedIssuerOf(token);
  const { citizenIssuer, citizenClientId } = reg.auth;
  if (!citizenIssuer || !citizenClientId) throw new HttpError(404, `${reg.config.id} has no citizen accounts`);
  if (iss !== citizenIssuer) throw new HttpError(403, `this token is not a citizen token of ${reg.config.id}`);
  const payload = await verifiedIdToken(token, iss, citizenClientId);
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const address = payload.address as { formatted?: unknown } | string | undefined;
  return {
    sub: String(payload.sub),
    email: String(payload.email ?? '').toLowerCase(),
    ...(text(payload.name) ? { name: text(payload.name) } : {}),
    ...(text(payload.phone_number) ? { phone: text(payload.phone_number) } : {}),
    ...(text(typeof address === 'string' ? address : address?.formatted)
      ? { address: text(typeof address === 'string' ? address : address?.formatted) }
      : {}),
  };
}
