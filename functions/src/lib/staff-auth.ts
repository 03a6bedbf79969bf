/**
 * Who is asking: verifies a staff ID token against the commune's own staff pool.
 * 401: no token, bad signature, expired, untrusted issuer. 403: a valid token of another pool/commune,
 * or a role that may not do this.
 */
import { STAFF_ROLES, staffDepartmentsOf, staffRolesOf, type StaffRole, type CommuneRegistration } from '@tandem/shared';
import { HttpError, header, type ApiEvent } from './http.js';
import { trustedIssuerOf, unauthorized, verifiedIdToken } from './pool-token.js';

export interface StaffUser {
  sub: string;
  email: string;
  name: string;
  roles: StaffRole[];
  departments: string[];
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
  const iss = trustedIssuerOf(token);
  if (iss !== commune.auth.staffIssuer) {
    throw new HttpError(403, `this token belongs to another commune or user pool, not to ${commune.config.id}`);
  }
  const payload = await verifiedIdToken(token, iss, commune.auth.staffClientId);
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
