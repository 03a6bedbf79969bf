/**
 * The one gate of the staff routes: asks the role matrix (shared/src/role-matrix.ts) whether the user may do an
 * action, on this item when there is one, and answers a 403 problem saying who may when not.
 */
import {
  listScope,
  mayDo,
  ruleOf,
  whoMay,
  type ActionOf,
  type DepartmentsOfCommune,
  type StaffRouteKey,
  type Subject,
} from '@tandem/shared';
import { HttpError } from './http.js';
import type { StaffUser } from './staff-auth.js';

export function authorize<K extends StaffRouteKey>(
  user: StaffUser,
  commune: DepartmentsOfCommune,
  route: K,
  action: ActionOf<K>,
  subject?: Subject,
): void {
  if (mayDo(user, commune, route, action, subject)) return;
  const rule = ruleOf(route, action);
  const of = subject?.department ? ` (this one belongs to the department "${subject.department}")` : '';
  throw new HttpError(403, `only ${whoMay(rule)} may ${rule.what}${of}`, [], { action });
}

/** The departments whose items a list may show the user, or 'any'; 403 when the role lists nothing. */
export function authorizeList<K extends StaffRouteKey>(
  user: StaffUser,
  commune: DepartmentsOfCommune,
  route: K,
  action: ActionOf<K>,
): 'any' | string[] {
  authorize(user, commune, route, action);
  return listScope(user, commune, route, action);
}
