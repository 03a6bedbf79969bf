/**
 * The staff directory (pickers, @mentions, checking assignees): read from the commune's staff pool, where the
 * accounts, roles and departments are kept, rather than copied into the table. A copy would need every change made
 * in Cognito (an admin's change, a disabled account, a change made in the AWS console) to be mirrored, and would
 * drift when one is missed; the pool is the one source the tokens come from. The read is one ListUsersInGroup per
 * role group and per department group (a handful of calls, each a page of members with their attributes), never
 * one call per user, and it is kept for a minute per commune and warm function: pickers open often, staff change
 * rarely. The function may only list group members of staff pools (COGNITO_DIRECTORY_ACTIONS).
 */
import { ListUsersInGroupCommand, type UserType } from '@aws-sdk/client-cognito-identity-provider';
import {
  ROLE_GROUPS,
  STAFF_CUSTOM_ATTRIBUTES,
  STAFF_ROLES,
  departmentGroup,
  type CommuneRegistration,
  type StaffRole,
} from '@tandem/shared';
import type { PersonView } from '@tandem/shared/schemas/work';
import { checkLocalAccess, cognito } from '../lib/aws.js';
import { clock } from '../lib/clock.js';

/** How long a commune's directory is reused. */
export const DIRECTORY_TTL_MS = 60_000;
const cache = new Map<string, { at: number; people: PersonView[] }>();

const DISPLAY_NAME = `custom:${STAFF_CUSTOM_ATTRIBUTES.displayName}`;
const attr = (u: UserType, name: string) => u.Attributes?.find((a) => a.Name === name)?.Value;

export async function members(poolId: string, group: string): Promise<UserType[]> {
  const out: UserType[] = [];
  let NextToken: string | undefined;
  try {
    do {
      const page = await cognito().send(new ListUsersInGroupCommand({ UserPoolId: poolId, GroupName: group, Limit: 60, NextToken }));
      out.push(...(page.Users ?? []));
      NextToken = page.NextToken;
    } while (NextToken);
  } catch (e) {
    // A department added to the config whose group is not created yet has no members.
    if ((e as Error).name === 'ResourceNotFoundException' || (e as Error).name === 'GroupNotFoundError') return [];
    throw e;
  }
  return out;
}

/** The role an account shows: admin wins, then agent, then worker (as the accounts screen says it). */
const ROLE_ORDER: readonly StaffRole[] = ['admin', 'agent', 'worker'];

/** Every enabled staff member of the commune, by name. */
export async function staffDirectory(reg: CommuneRegistration, fresh = false): Promise<PersonView[]> {
  const commune = reg.config.id;
  const hit = cache.get(commune);
  const poolId = reg.auth.staffPoolId;
  if (!fresh && hit && clock.ms() - hit.at < DIRECTORY_TTL_MS && clock.ms() >= hit.at) {
    // On one machine every function shares this module: the local IAM still asks whether this one may read it.
    await checkLocalAccess('cognito-idp', 'ListUsersInGroup', { UserPoolId: poolId, GroupName: ROLE_GROUPS.agent });
    return hit.people;
  }
  const byUser = new Map<string, { user: UserType; roles: Set<StaffRole>; departments: Set<string> }>();
  const entry = (u: UserType) => {
    const key = u.Username ?? '';
    const e = byUser.get(key) ?? { user: u, roles: new Set<StaffRole>(), departments: new Set<string>() };
    byUser.set(key, e);
    return e;
  };
  const roleLists = await Promise.all(STAFF_ROLES.map(async (r) => ({ r, users: await members(poolId, ROLE_GROUPS[r]) })));
  for (const { r, users } of roleLists) for (const u of users) entry(u).roles.add(r);
  const deptLists = await Promise.all(
    reg.config.departments.map(async (d) => ({ code: d.code, users: await members(poolId, departmentGroup(d.code)) })),
  );
  for (const { code, users } of deptLists) for (const u of users) if (byUser.has(u.Username ?? '')) entry(u).departments.add(code);
  const people: PersonView[] = [...byUser.values()]
    .filter((e) => e.user.Enabled !== false && attr(e.user, 'sub'))
    .map((e) => ({
      id: attr(e.user, 'sub')!,
      name: attr(e.user, DISPLAY_NAME) ?? attr(e.user, 'email') ?? e.user.Username ?? '',
      role: ROLE_ORDER.find((r) => e.roles.has(r))!,
      departments: [...e.departments].sort(),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  cache.set(commune, { at: clock.ms(), people });
  return people;
}

/** The subs among `subs` that are no enabled staff member of the commune (read fresh when the cache misses one). */
export async function unknownPeople(reg: CommuneRegistration, subs: readonly string[]): Promise<string[]> {
  if (!subs.length) return [];
  let known = new Set((await staffDirectory(reg)).map((p) => p.id));
  if (subs.some((s) => !known.has(s))) known = new Set((await staffDirectory(reg, true)).map((p) => p.id));
  return subs.filter((s) => !known.has(s));
}
