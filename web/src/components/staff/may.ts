/**
 * Whether the signed-in person may do an action, by the role matrix the API enforces (shared/src/role-matrix.ts):
 * the staff app hides what they may not do. A courtesy only: the API stays the judge.
 */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { mayDo, type ActionOf, type StaffRouteKey, type Subject } from '@tandem/shared/role-matrix';
import { claims, session } from './session';
import { staffGroups } from './staff-groups';

export function may<K extends StaffRouteKey>(commune: PublicCommuneConfig, route: K, action: ActionOf<K>, subject?: Subject): boolean {
  const s = session.value;
  // The sub lets the 'assigned' scope match the tasks assigned to this person.
  return s ? mayDo({ ...staffGroups(s), sub: String(claims(s.idToken).sub ?? '') }, commune, route, action, subject) : false;
}
