/**
 * The roles and departments the signed-in person's ID token gives (cognito:groups), read as the API reads them.
 * Apart from session.ts on purpose: the readers come from shared/staff-screens, which holds the role matrix, and
 * only the signed-in screens need them (the sign-in screen's chunk stays without the matrix).
 */
import type { StaffRole } from '@tandem/shared/identity';
import { staffDepartmentsOf, staffRolesOf } from '@tandem/shared/staff-screens';
import { claims, type Session } from './session';

/** The roles the signed-in person's ID token gives (cognito:groups), as the API reads them. */
export function staffRoles(s: Session | undefined): StaffRole[] {
  return s ? staffGroups(s).roles : [];
}

/** The roles and departments a staff token carries (cognito:groups), to open each person on what is theirs. */
export function staffGroups(s: Pick<Session, 'idToken'>): { roles: StaffRole[]; departments: string[] } {
  const groups = claims(s.idToken)['cognito:groups'];
  return { roles: staffRolesOf(groups), departments: staffDepartmentsOf(groups) };
}
