/**
 * Who can sign in, defined once: the CommuneStack creates these Cognito pools, groups and clients in the
 * cloud; the local runtime creates the same in cognito-local.
 */
export const STAFF_ROLES = ['agent', 'worker', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Cognito group per role (a staff user's token lists them in cognito:groups). */
export const ROLE_GROUPS: Record<StaffRole, string> = { agent: 'agents', worker: 'workers', admin: 'admins' };
/** Department membership is a group too: dept-<code>. */
export const DEPARTMENT_GROUP_PREFIX = 'dept-';
export const departmentGroup = (code: string) => `${DEPARTMENT_GROUP_PREFIX}${code}`;

/** Custom attributes on staff users. */
export const STAFF_CUSTOM_ATTRIBUTES = { commune: 'commune', displayName: 'display_name' } as const;

export const PASSWORD_POLICY = {
  minLength: 12,
  requireLowercase: true,
  requireUppercase: true,
  requireDigits: true,
  requireSymbols: false,
} as const;

export type PoolKind = 'staff' | 'citizens';

/**
 * Who may create their own account in each pool. Staff are invited by their commune. The citizen pool exists
 * (the citizen space will use it) but nothing signs citizens in yet, so nobody may sign up to it until then.
 */
export const SELF_SIGN_UP: Record<PoolKind, boolean> = { staff: false, citizens: false };

export const poolName = (commune: string, kind: 'staff' | 'citizens') => `tandem-${commune}-${kind}`;
export const clientName = (commune: string, kind: 'staff' | 'citizens') => `tandem-${commune}-${kind}-web`;
/** The web clients sign in with USER_PASSWORD_AUTH through the API (no secret, no SRP) and refresh. */
export const CLIENT_AUTH_FLOWS = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] as const;
export const TOKEN_VALIDITY = { idTokenMinutes: 60, accessTokenMinutes: 60, refreshTokenDays: 30 } as const;
