/**
 * A commune's staff accounts as Cognito keeps them in its staff pool: who (e-mail, display name), which role and
 * departments (groups, as the tokens carry them), enabled or not, invited or active. Only the staff-accounts
 * function calls this, with the Cognito admin actions its declaration grants (COGNITO_ADMIN_ACTIONS).
 */
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  type AttributeType,
  ListUsersCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  DEPARTMENT_GROUP_PREFIX,
  ROLE_GROUPS,
  STAFF_CUSTOM_ATTRIBUTES,
  STAFF_ROLES,
  departmentGroup,
  staffDepartmentsOf,
  staffRolesOf,
  type StaffAccountView,
  type StaffRole,
} from '@tandem/shared';
import { cognito } from '../lib/aws.js';

const DISPLAY_NAME = `custom:${STAFF_CUSTOM_ATTRIBUTES.displayName}`;
const COMMUNE = `custom:${STAFF_CUSTOM_ATTRIBUTES.commune}`;
/** ListUsers' largest page. */
export const ACCOUNTS_PAGE = 60;

/** One account as the store reads it: the view, and its sub (who it is in the tokens). */
export interface StaffAccount extends Omit<StaffAccountView, 'self'> {
  sub: string;
}

const attr = (attributes: AttributeType[] | undefined, name: string) => attributes?.find((a) => a.Name === name)?.Value;

/** The role an account's groups give: admin wins (an admin also handles requests), then agent, then worker. */
function roleOf(groups: string[]): StaffRole | null {
  const roles = staffRolesOf(groups);
  return roles.includes('admin') ? 'admin' : (roles[0] ?? null);
}

function statusOf(userStatus: string | undefined): StaffAccountView['status'] {
  if (userStatus === 'FORCE_CHANGE_PASSWORD') return 'invited';
  if (userStatus === 'RESET_REQUIRED') return 'reset-required';
  return 'active';
}

async function groupsOf(poolId: string, username: string): Promise<string[]> {
  const out: string[] = [];
  let NextToken: string | undefined;
  do {
    const page = await cognito().send(new AdminListGroupsForUserCommand({ UserPoolId: poolId, Username: username, Limit: 60, NextToken }));
    out.push(...(page.Groups ?? []).map((g) => g.GroupName ?? ''));
    NextToken = page.NextToken;
  } while (NextToken);
  return out;
}

function toAccount(
  u: { Username?: string; Attributes?: AttributeType[]; Enabled?: boolean; UserStatus?: string; UserCreateDate?: Date },
  groups: string[],
): StaffAccount {
  const email = attr(u.Attributes, 'email') ?? '';
  return {
    id: u.Username ?? '',
    sub: attr(u.Attributes, 'sub') ?? u.Username ?? '',
    email,
    displayName: attr(u.Attributes, DISPLAY_NAME) ?? email,
    role: roleOf(groups),
    departments: staffDepartmentsOf(groups).sort(),
    enabled: u.Enabled !== false,
    status: statusOf(u.UserStatus),
    ...(u.UserCreateDate ? { createdAt: new Date(u.UserCreateDate).toISOString() } : {}),
  };
}

/** One page of the pool's accounts, in Cognito's order, and the token of the next page. */
export async function listStaffAccounts(poolId: string, cursor?: string): Promise<{ accounts: StaffAccount[]; next?: string }> {
  const page = await cognito().send(new ListUsersCommand({ UserPoolId: poolId, Limit: ACCOUNTS_PAGE, PaginationToken: cursor }));
  const users = page.Users ?? [];
  const accounts = await Promise.all(users.map(async (u) => toAccount(u, await groupsOf(poolId, u.Username ?? ''))));
  return { accounts, ...(page.PaginationToken ? { next: page.PaginationToken } : {}) };
}

/** The account with this username (or e-mail, Cognito's sign-in alias), or undefined. */
export async function getStaffAccount(poolId: string, username: string): Promise<StaffAccount | undefined> {
  try {
    const u = await cognito().send(new AdminGetUserCommand({ UserPoolId: poolId, Username: username }));
    return toAccount({ ...u, Attributes: u.UserAttributes }, await groupsOf(poolId, u.Username ?? username));
  } catch (e) {
    if ((e as Error).name === 'UserNotFoundException') return undefined;
    throw e;
  }
}

/**
 * Creates the account; Cognito mails its temporary password (locally, the stand-in writes the mail to the outbox).
 * Answers undefined when an account with this e-mail already exists (a concurrent invitation won).
 */
export async function createStaffAccount(
  poolId: string,
  commune: string,
  a: { email: string; displayName: string },
): Promise<StaffAccount | undefined> {
  try {
    const { User } = await cognito().send(
      new AdminCreateUserCommand({
        UserPoolId: poolId,
        Username: a.email,
        UserAttributes: [
          { Name: 'email', Value: a.email },
          { Name: 'email_verified', Value: 'true' },
          { Name: COMMUNE, Value: commune },
          { Name: DISPLAY_NAME, Value: a.displayName },
        ],
        DesiredDeliveryMediums: ['EMAIL'],
      }),
    );
    return toAccount({ ...User, Attributes: User?.Attributes }, []);
  } catch (e) {
    if ((e as Error).name === 'UsernameExistsException') return undefined;
    throw e;
  }
}

/**
 * Puts the account in exactly the groups of this role and these departments (other role and department groups
 * are left), leaving groups that are neither untouched. Each call is absolute, so a retry does the same.
 */
export async function setStaffGroups(
  poolId: string,
  account: Pick<StaffAccount, 'id'>,
  current: readonly string[],
  want: { role?: StaffRole; departments?: readonly string[] },
): Promise<void> {
  const wanted = new Set<string>();
  const managed = new Set<string>();
  if (want.role) {
    for (const r of STAFF_ROLES) managed.add(ROLE_GROUPS[r]);
    wanted.add(ROLE_GROUPS[want.role]);
  }
  if (want.departments) {
    for (const g of current) if (g.startsWith(DEPARTMENT_GROUP_PREFIX)) managed.add(g);
    for (const d of want.departments) wanted.add(departmentGroup(d));
  }
  const Username = account.id;
  for (const GroupName of wanted)
    if (!current.includes(GroupName)) await cognito().send(new AdminAddUserToGroupCommand({ UserPoolId: poolId, Username, GroupName }));
  for (const GroupName of current)
    if (managed.has(GroupName) && !wanted.has(GroupName))
      await cognito().send(new AdminRemoveUserFromGroupCommand({ UserPoolId: poolId, Username, GroupName }));
}

export async function renameStaffAccount(poolId: string, username: string, displayName: string): Promise<void> {
  await cognito().send(
    new AdminUpdateUserAttributesCommand({
      UserPoolId: poolId,
      Username: username,
      UserAttributes: [{ Name: DISPLAY_NAME, Value: displayName }],
    }),
  );
}

/** Disables the account and revokes its refresh tokens (its ID tokens expire within TOKEN_VALIDITY.idTokenMinutes). */
export async function disableStaffAccount(poolId: string, username: string): Promise<void> {
  await cognito().send(new AdminUserGlobalSignOutCommand({ UserPoolId: poolId, Username: username }));
  await cognito().send(new AdminDisableUserCommand({ UserPoolId: poolId, Username: username }));
}

export async function enableStaffAccount(poolId: string, username: string): Promise<void> {
  await cognito().send(new AdminEnableUserCommand({ UserPoolId: poolId, Username: username }));
}

/** The groups an account is in now (for a change). */
export const staffGroupsOf = groupsOf;
