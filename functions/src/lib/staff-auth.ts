/**
 * Who is asking: verifies a staff ID token against the commune's own staff pool.
 * 401: no token, bad signature, expired, untrusted issuer. 403: a valid token of another pool/commune,
 * or a role that may not do this.
 */
import { createRemoteJWKSet, decodeJwt, jwtVerify, type JWTPayload } from 'jose';
import { STAFF_ROLES, staffDepartmentsOf, staffRolesOf, type StaffRole, type CommuneRegistration } from '@tandem/shared';
import { HttpError, header, type ApiEvent } from './http.js';
import { env } from './aws.js';

export interface StaffUser {
  sub: string;
  email: string;
  name: string;
  roles: StaffRole[];
  departments: string[];
}

const jwksByIssuer = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
function jwks(issuer: string) {
  let set = jwksByIssuer.get(issuer);
  if (!set) {
    set = createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`), { cacheMaxAge: 10 * 60_000 });
    jwksByIssuer.set(issuer, set);
  }
  return set;
}

const unauthorized = (detail: string) => new HttpError(401, detail, [], {});

/**
 * Whether tokens may be trusted from issuers under this prefix: an https:// issuer (Cognito), or a plain http://
 * one only on loopback (cognito-local on one machine). cognito-local signs with a key published in its npm package,
 * so anyone can forge its tokens: a deployment that trusted an http:// issuer elsewhere would accept them.
 */
export function isTrustableIssuerPrefix(prefix: string): boolean {
  let url: URL;
  try {
    url = new URL(prefix);
  } catch {
    return false;
  }
  // Ends with '/': "http://localhost" would also prefix "http://localhost.attacker.example/…".
  if (url.username || url.password || !prefix.endsWith('/')) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/**
 * The signed-in staff member (any role: what they may do is the role matrix's answer, asked through authorize()).
 * `allowed` narrows the roles further; routes not yet in the matrix used it.
 */
export async function requireStaff(
  event: ApiEvent,
  commune: CommuneRegistration,
  allowed: readonly StaffRole[] = STAFF_ROLES,
): Promise<StaffUser> {
  const auth = header(event, 'authorization') ?? '';
  const m = /^Bearer\s+(\S+)$/i.exec(auth);
  if (!m) throw unauthorized('sign in first: send Authorization: Bearer <token>');
  return verifyStaffToken(m[1], commune, allowed);
}

/**
 * Verifies a staff ID token against the commune's own staff pool: the API's Authorization header (requireStaff) and
 * the real-time socket's query string (realtime/authorize-connection.ts). 401 / 403 HttpErrors as requireStaff says.
 */
export async function verifyStaffToken(
  token: string,
  commune: CommuneRegistration,
  allowed: readonly StaffRole[] = STAFF_ROLES,
): Promise<StaffUser> {
  let claimed: JWTPayload;
  try {
    claimed = decodeJwt(token);
  } catch {
    throw unauthorized('the token is not a JWT');
  }
  const prefix = env().trustedIssuerPrefix;
  // A misconfiguration, not the client's fault: fail closed and loudly (500, logged).
  if (!isTrustableIssuerPrefix(prefix))
    throw new Error(`TRUSTED_ISSUER_PREFIX ${prefix} is neither https:// nor a loopback http:// origin`);
  const iss = String(claimed.iss ?? '');
  if (!iss.startsWith(prefix)) throw unauthorized('the token was not issued by a trusted sign-in service');
  if (iss !== commune.auth.staffIssuer) {
    throw new HttpError(403, `this token belongs to another commune or user pool, not to ${commune.config.id}`);
  }
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, jwks(iss), { issuer: iss, audience: commune.auth.staffClientId }));
  } catch (e) {
    throw unauthorized(`the token is not valid (${(e as Error).message})`);
  }
  if (payload.token_use !== undefined && payload.token_use !== 'id') throw unauthorized('send the ID token');
  const groups = payload['cognito:groups'];
  const roles = staffRolesOf(groups);
  if (!roles.some((r) => allowed.includes(r))) throw new HttpError(403, `this needs one of the roles: ${allowed.join(', ')}`);
  return {
    sub: String(payload.sub),
    email: String(payload.email ?? ''),
    name: String(payload['custom:display_name'] ?? payload.name ?? payload.email ?? 'agent'),
    roles,
    departments: staffDepartmentsOf(groups),
  };
}
