/**
 * A commune's admins manage its staff accounts (the commune's staff pool in Cognito):
 *   GET   /api/{c}/staff/accounts                 a page of accounts (role, departments, enabled, invited/active)
 *   POST  /api/{c}/staff/accounts                 invite: Cognito mails a temporary password; a retry with the same data is a 200
 *   PATCH /api/{c}/staff/accounts/{id}            role, departments, display name
 *   POST  /api/{c}/staff/accounts/{id}/disable    no more sign-in, refresh tokens revoked
 *   POST  /api/{c}/staff/accounts/{id}/enable
 * The display name and the groups are what the tokens carry as authority: only this function (admins) sets them;
 * the staff web client may not (STAFF_SELF_WRITABLE_ATTRIBUTES).
 */
import {
  STAFF_ACCOUNT_ID_PATTERN,
  StaffAccountChange,
  StaffAccountInvite,
  StaffAccountQuery,
  type CommuneRegistration,
  type InvalidParam,
  type RouteKeyOf,
  type StaffAccountView,
} from '@tandem/shared';
import {
  HttpError,
  apiHandler,
  conflict,
  json,
  notFound,
  parseBody,
  parseQuery,
  pathParam,
  unprocessable,
  type ApiEvent,
  type ApiResult,
} from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { requireStaff, type StaffUser } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { auditContext, recordChange } from '../lib/audit.js';
import { routeOf } from '../lib/route-of.js';
import {
  createStaffAccount,
  disableStaffAccount,
  enableStaffAccount,
  getStaffAccount,
  listStaffAccounts,
  renameStaffAccount,
  setStaffGroups,
  staffGroupsOf,
  type StaffAccount,
} from './staff-accounts-store.js';

type Handler = (event: ApiEvent, reg: CommuneRegistration, admin: StaffUser) => Promise<ApiResult>;

/** The account as the API shows it to this admin (its sub stays inside). */
const viewFor =
  (admin: StaffUser) =>
  ({ sub, ...v }: StaffAccount): StaffAccountView => ({ ...v, self: sub === admin.sub });

/** 422 naming each department the commune does not have. */
function checkDepartments(reg: CommuneRegistration, departments: readonly string[] | undefined): void {
  const known = new Set(reg.config.departments.map((d) => d.code));
  const bad: InvalidParam[] = (departments ?? []).flatMap((d, i) =>
    known.has(d) ? [] : [{ name: `departments.${i}`, reason: `unknown department: ${d} (known: ${[...known].join(', ')})` }],
  );
  if (bad.length) throw unprocessable('some departments are not departments of this commune', bad);
}

async function accountOrNotFound(event: ApiEvent, poolId: string): Promise<StaffAccount> {
  const id = pathParam(event, 'id');
  const account = STAFF_ACCOUNT_ID_PATTERN.test(id) && !id.includes('@') ? await getStaffAccount(poolId, id) : undefined;
  if (!account) throw notFound('no staff account has this id');
  return account;
}

/** The audit log's item for an account, and what changed, in staff words (no citizen data here). */
const accountItem = (id: string) => ({ kind: 'staff-account' as const, id });
const describe = (c: { email?: string; role?: string; departments?: readonly string[]; displayName?: string }) =>
  [
    c.email,
    c.role && `role ${c.role}`,
    c.departments && `departments ${c.departments.join(', ') || '–'}`,
    c.displayName && `name ${c.displayName}`,
  ]
    .filter(Boolean)
    .join('; ');

const sameDepartments = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();

const ROUTE_HANDLERS: Record<RouteKeyOf<'staff/staff-accounts'>, Handler> = {
  'GET /api/{commune}/staff/accounts': async (event, reg, admin) => {
    const view = viewFor(admin);
    const { cursor } = parseQuery(event, StaffAccountQuery);
    try {
      const page = await listStaffAccounts(reg.auth.staffPoolId, cursor);
      return json(200, { accounts: page.accounts.map(view), ...(page.next ? { next: page.next } : {}) });
    } catch (e) {
      if (cursor && (e as Error).name === 'InvalidParameterException')
        throw new HttpError(400, 'this cursor is not one the list gave', [{ name: 'cursor', reason: 'unknown or expired' }]);
      throw e;
    }
  },

  'POST /api/{commune}/staff/accounts': async (event, reg, admin) => {
    const view = viewFor(admin);
    const input = parseBody(event, StaffAccountInvite);
    checkDepartments(reg, input.departments);
    const poolId = reg.auth.staffPoolId;
    const want = { role: input.role, departments: input.departments };
    const created = await createStaffAccount(poolId, reg.config.id, input);
    if (created) {
      await setStaffGroups(poolId, created, [], want);
      await recordChange(auditContext(event, reg, admin), 'staffaccount.invite', accountItem(created.id), describe(input));
      return json(201, view((await getStaffAccount(poolId, created.id)) ?? created));
    }
    // The e-mail has an account: a retry of this very invitation answers it, anything else is a conflict.
    const existing = (await getStaffAccount(poolId, input.email))!;
    if (existing.email !== input.email || existing.displayName !== input.displayName)
      throw conflict('an account with this e-mail exists with another name: change it with PATCH', { account: view(existing) });
    if (existing.role === input.role && sameDepartments(existing.departments, input.departments)) return json(200, view(existing));
    // An invitation cut short between the account and its groups: a retry completes it.
    const groups = await staffGroupsOf(poolId, existing.id);
    if (existing.status === 'invited' && groups.length === 0) {
      await setStaffGroups(poolId, existing, groups, want);
      return json(200, view((await getStaffAccount(poolId, existing.id))!));
    }
    throw conflict('an account with this e-mail exists with another role or other departments: change it with PATCH', {
      account: view(existing),
    });
  },

  'PATCH /api/{commune}/staff/accounts/{id}': async (event, reg, admin) => {
    const view = viewFor(admin);
    const poolId = reg.auth.staffPoolId;
    const account = await accountOrNotFound(event, poolId);
    const change = parseBody(event, StaffAccountChange);
    checkDepartments(reg, change.departments);
    if (account.sub === admin.sub && change.role !== undefined && change.role !== 'admin')
      throw conflict('you cannot take the admin role away from yourself: another admin can', { field: 'role' });
    if (change.role !== undefined || change.departments !== undefined)
      await setStaffGroups(poolId, account, await staffGroupsOf(poolId, account.id), change);
    if (change.displayName !== undefined && change.displayName !== account.displayName)
      await renameStaffAccount(poolId, account.id, change.displayName);
    await recordChange(auditContext(event, reg, admin), 'staffaccount.change', accountItem(account.id), describe(change));
    return json(200, view((await getStaffAccount(poolId, account.id))!));
  },

  'POST /api/{commune}/staff/accounts/{id}/disable': async (event, reg, admin) => {
    const view = viewFor(admin);
    const poolId = reg.auth.staffPoolId;
    const account = await accountOrNotFound(event, poolId);
    if (account.sub === admin.sub) throw conflict('you cannot disable your own account: another admin can');
    await disableStaffAccount(poolId, account.id);
    await recordChange(auditContext(event, reg, admin), 'staffaccount.disable', accountItem(account.id), account.email);
    return json(200, view({ ...account, enabled: false }));
  },

  'POST /api/{commune}/staff/accounts/{id}/enable': async (event, reg, admin) => {
    const view = viewFor(admin);
    const poolId = reg.auth.staffPoolId;
    const account = await accountOrNotFound(event, poolId);
    if (!account.enabled) {
      await enableStaffAccount(poolId, account.id);
      await recordChange(auditContext(event, reg, admin), 'staffaccount.enable', accountItem(account.id), account.email);
    }
    return json(200, view({ ...account, enabled: true }));
  },
};

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const admin = await requireStaff(event, reg);
  const handle = routeOf<'staff/staff-accounts', Handler>(event, ROUTE_HANDLERS);
  // Who may manage staff accounts: the role matrix (admins only).
  authorize(admin, reg.config, event.routeKey as RouteKeyOf<'staff/staff-accounts'>, 'manage');
  return handle(event, reg, admin);
});
