/**
 * One access-policy definition: a function's declared access (FunctionAccess in routes.ts) becomes abstract
 * IAM statements here. CDK turns them into the function role's PolicyStatements (infra/constructs/function-access.ts)
 * and the local runtime evaluates the very same statements on every AWS call a handler makes (infra/local/iam/).
 */
import { BUCKET_FOLDERS, type BucketFolder } from './storage.js';
import { TABLE_GSIS } from './table.js';
import type { FileAccess, FunctionAccess } from './routes.js';
import { STAFF_POOL_TAGS } from './identity.js';

export const TABLE_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'] as const;
export const TABLE_WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'] as const;
/** Indexes are only ever queried (no Scan: no request path scans). */
export const INDEX_ACTIONS = ['dynamodb:Query'] as const;
/** What administering staff accounts takes (functions/src/staff/staff-accounts.ts), and nothing more: no delete, no password set. */
export const COGNITO_ADMIN_ACTIONS = [
  'cognito-idp:ListUsers',
  'cognito-idp:AdminGetUser',
  'cognito-idp:AdminListGroupsForUser',
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminUpdateUserAttributes',
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminRemoveUserFromGroup',
  'cognito-idp:AdminDisableUser',
  'cognito-idp:AdminEnableUser',
  'cognito-idp:AdminUserGlobalSignOut',
] as const;
/**
 * What the staff sign-in calls on a commune pool's public app client: the password and challenge flow, refresh
 * and revocation, forgotten password, and TOTP set-up with the user's access token. (These operations are
 * authorised by the client id or the user's token rather than by IAM; the grant still says exactly what is used.)
 */
export const COGNITO_SIGN_IN_ACTIONS = [
  'cognito-idp:InitiateAuth',
  'cognito-idp:RespondToAuthChallenge',
  'cognito-idp:RevokeToken',
  'cognito-idp:ForgotPassword',
  'cognito-idp:ConfirmForgotPassword',
  'cognito-idp:AssociateSoftwareToken',
  'cognito-idp:VerifySoftwareToken',
  'cognito-idp:SetUserMFAPreference',
] as const;
export const FILE_ACTIONS: Record<FileAccess, string> = { read: 's3:GetObject', write: 's3:PutObject', delete: 's3:DeleteObject' };

/** What a statement is about, independent of where it is deployed. */
export type AccessResource =
  | { kind: 'table' }
  | { kind: 'index'; name: string }
  | { kind: 'objects'; folder: BucketFolder }
  | { kind: 'bus' }
  | { kind: 'user-pools' }
  | { kind: 'mail-identities' };

export interface AccessStatement {
  actions: readonly string[];
  resources: readonly AccessResource[];
  /** SES only: allowed when sent from the platform's own address (IAM condition `ses:FromAddress`). */
  fromPlatformAddress?: boolean;
  /** Allowed only on resources carrying these tags (IAM condition `aws:ResourceTag/<key>`). */
  resourceTags?: Readonly<Record<string, string>>;
}

/** The deployment's ARNs: CDK tokens in the cloud, local names on one machine. */
export interface DeploymentArns {
  table: string;
  bucket: string;
  bus: string;
  /** Every user pool of the account and region (commune pools are deployed after the platform). */
  userPools: string;
  /** Every SES identity of the account and region. */
  mailIdentities: string;
}

/**
 * The statements a function's role gets: exactly what its declaration says, nothing else.
 *
 * Audit entries (entities/audit-entry.ts) are append-only, but these statements cannot say "PutItem only on the
 * keys C#<c>#AUDIT#…": they are Allow-only and unconditioned on the table, and IAM narrows DynamoDB by key only
 * through a `dynamodb:LeadingKeys` condition (a Deny of UpdateItem/DeleteItem/BatchWriteItem with
 * `ForAnyValue:StringLike` "C#*#AUDIT#*" would do it, once conditions on the table exist). What guards the log
 * meanwhile: read-only functions that record reads get PutItem only (`auditAppend`), never UpdateItem or
 * DeleteItem; the audit function reads only; every entry is put with `attribute_not_exists(pk)`; and no code but
 * functions/src/lib/audit.ts builds an audit entry (a unit test checks it).
 */
export function accessStatements(access: FunctionAccess): AccessStatement[] {
  const out: AccessStatement[] = [];
  if (access.table) {
    const actions = access.table === 'write' ? [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS] : [...TABLE_READ_ACTIONS];
    out.push({ actions, resources: [{ kind: 'table' }] });
    out.push({ actions: [...INDEX_ACTIONS], resources: TABLE_GSIS.map((g) => ({ kind: 'index' as const, name: g.name })) });
  }
  if (access.auditAppend && access.table !== 'write') out.push({ actions: ['dynamodb:PutItem'], resources: [{ kind: 'table' }] });
  for (const [folder, levels] of Object.entries(access.files ?? {}) as [BucketFolder, readonly FileAccess[]][]) {
    if (!levels.length) continue;
    out.push({ actions: [...new Set(levels.map((l) => FILE_ACTIONS[l]))].sort(), resources: [{ kind: 'objects', folder }] });
  }
  if (access.cognitoAdmin)
    out.push({ actions: [...COGNITO_ADMIN_ACTIONS], resources: [{ kind: 'user-pools' }], resourceTags: STAFF_POOL_TAGS });
  if (access.cognitoAuth) out.push({ actions: [...COGNITO_SIGN_IN_ACTIONS], resources: [{ kind: 'user-pools' }] });
  if (access.bus) out.push({ actions: ['events:PutEvents'], resources: [{ kind: 'bus' }] });
  if (access.mail)
    out.push({ actions: ['ses:SendEmail', 'ses:SendRawEmail'], resources: [{ kind: 'mail-identities' }], fromPlatformAddress: true });
  return out;
}

/** The ARN (or ARN pattern, with `*`) of an abstract resource in one deployment. */
export function resourceArn(r: AccessResource, arns: DeploymentArns): string {
  switch (r.kind) {
    case 'table':
      return arns.table;
    case 'index':
      return `${arns.table}/index/${r.name}`;
    case 'objects':
      return `${arns.bucket}/${BUCKET_FOLDERS[r.folder]}*`;
    case 'bus':
      return arns.bus;
    case 'user-pools':
      return arns.userPools;
    case 'mail-identities':
      return arns.mailIdentities;
  }
}

/** IAM's wildcard matching: `*` any run of characters (slashes included), `?` one character; case-sensitive. */
export function arnMatches(pattern: string, value: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${re}$`, 's').test(value);
}

/** One AWS request as IAM sees it: an action on a resource ARN, with the context keys a condition may read. */
export interface AccessRequest {
  action: string;
  resource: string;
  /** `ses:FromAddress`, the bare address the mail is sent from. */
  fromAddress?: string;
  /** The tags of the resource (`aws:ResourceTag/<key>`). */
  resourceTags?: Readonly<Record<string, string>>;
}

/**
 * Whether the statements allow the request (identity policies only: no explicit Deny, so allowed means some
 * statement matches the action, the resource and its condition).
 */
export function isAllowed(
  statements: readonly AccessStatement[],
  request: AccessRequest,
  arns: DeploymentArns,
  platformAddress?: string,
): boolean {
  return statements.some(
    (s) =>
      s.actions.some((a) => arnMatches(a, request.action)) &&
      s.resources.some((r) => arnMatches(resourceArn(r, arns), request.resource)) &&
      (!s.fromPlatformAddress || (request.fromAddress !== undefined && request.fromAddress === platformAddress)) &&
      Object.entries(s.resourceTags ?? {}).every(([k, v]) => request.resourceTags?.[k] === v),
  );
}

/** "Tandem <no-reply@x.be>" → "no-reply@x.be" (what `ses:FromAddress` compares). */
export function bareAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1]?.trim() ?? from.trim();
}
