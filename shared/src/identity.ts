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
 * Who may create their own account in each pool. Staff are invited by their commune. Citizens create theirs at
 * their first sign-in with an e-mail code (docs/citizen-space.md): SignUp without a password, then the code.
 */
export const SELF_SIGN_UP: Record<PoolKind, boolean> = { staff: false, citizens: true };

export const poolName = (commune: string, kind: 'staff' | 'citizens') => `tandem-${commune}-${kind}`;
export const clientName = (commune: string, kind: 'staff' | 'citizens') => `tandem-${commune}-${kind}-web`;
/** The web clients sign in with USER_PASSWORD_AUTH through the API (no secret, no SRP) and refresh. */
export const CLIENT_AUTH_FLOWS = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] as const;
/**
 * The citizen web client adds Cognito's choice-based sign-in (USER_AUTH: an e-mail code, or a password for those who
 * set one) to the staff client's flows; the local runtime gives cognito-local the flows it knows (USER_PASSWORD_AUTH,
 * refresh) and stands in for the e-mail codes itself (functions/src/auth/local-citizen-sign-in.ts).
 */
export const CITIZEN_CLIENT_AUTH_FLOWS = ['ALLOW_USER_AUTH', ...CLIENT_AUTH_FLOWS] as const;
/** The choices the citizen pool's sign-in policy allows (Essentials plan): an e-mail code first, a password if set. */
export const CITIZEN_SIGN_IN_CHOICES = ['EMAIL_OTP', 'PASSWORD'] as const;
export const TOKEN_VALIDITY = { idTokenMinutes: 60, accessTokenMinutes: 60, refreshTokenDays: 30 } as const;

/**
 * What a staff member may change about themselves with their own access token (Cognito UpdateUserAttributes
 * through the staff web client): their preferred language only. Everything that shows authority (the display
 * name other people read, the commune, the e-mail they sign in with, a name) is set by an admin alone, with
 * AdminUpdateUserAttributes (functions/src/staff/staff-accounts.ts). The list is not empty on purpose: Cognito
 * reads an empty WriteAttributes as "unset", and an unset list lets the client write every standard attribute.
 */
export const STAFF_SELF_WRITABLE_ATTRIBUTES = ['locale'] as const;
/** Attributes whose value grants or shows authority: never writable by the staff member themselves. */
export const STAFF_AUTHORITY_ATTRIBUTES = [
  'email',
  'name',
  'preferred_username',
  `custom:${STAFF_CUSTOM_ATTRIBUTES.commune}`,
  `custom:${STAFF_CUSTOM_ATTRIBUTES.displayName}`,
] as const;
/** What the staff web client reads (and the ID token carries): who the person is, as the admins set it. */
export const STAFF_READABLE_ATTRIBUTES = [
  'email',
  'email_verified',
  'locale',
  `custom:${STAFF_CUSTOM_ATTRIBUTES.commune}`,
  `custom:${STAFF_CUSTOM_ATTRIBUTES.displayName}`,
] as const;

/**
 * Tags on every staff pool: IAM grants the admin actions on staff accounts (FunctionAccess.cognitoAdmin) only
 * on pools carrying them (condition aws:ResourceTag), so no function can administer a citizen pool.
 */
export const STAFF_POOL_TAGS = { 'tandem:pool': 'staff' } as const;

/**
 * The mail Cognito sends an invited staff member (AdminCreateUser): {username} and {####} (the temporary password)
 * are filled by Cognito. French, the communes' language; HTML as Cognito sends it.
 */
export function staffInvitation(communeName: string): { subject: string; body: string } {
  return {
    subject: `Votre accès à Tandem — ${communeName}`,
    body: `Bonjour,<br>un compte Tandem a été créé pour vous à ${communeName}.<br>Identifiant : {username}<br>Mot de passe provisoire : {####}<br>Vous choisirez votre mot de passe à la première connexion.`,
  };
}
