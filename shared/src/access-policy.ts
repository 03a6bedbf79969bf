/**
 * One access-policy definition: a function's declared access (FunctionAccess in routes.ts) becomes abstract
 * IAM statements here. CDK turns them into the function role's PolicyStatements (infra/constructs/function-access.ts)
 * and the local runtime evaluates the very same statements on every AWS call a handler makes (infra/local/iam/).
 *
 * Tenant isolation below the code (docs/tenant-isolation.md): a function's table and bucket access is not on its
 * own role but on its tenant role, which it assumes with the session tag commune=<id> once it knows the commune.
 * The tenant statements allow only keys that start with that commune (dynamodb:LeadingKeys `C#<commune>#*`, object
 * keys `<folder><commune>/*`), so a handler bug that builds another commune's key gets AccessDenied. The base role
 * keeps what is not per commune: reading commune registrations, the bus, mail, Cognito, and assuming the tenant role.
 */
import { COMMUNES_INDEX_PK, communeRegistrationKeys } from './entities/commune-registration.js';
import { communePrefix } from './entities/key-parts.js';
import { STAFF_POOL_TAGS } from './identity.js';
import { BUCKET_FOLDERS, type BucketFolder } from './storage.js';
import { TABLE_GSIS } from './table.js';
import type { FileAccess, FunctionAccess } from './routes.js';

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
 * What the people directory (functions/src/work/people-directory.ts) reads of a staff pool: the members of its role
 * and department groups, nothing else (no Admin* action, no write).
 */
export const COGNITO_DIRECTORY_ACTIONS = ['cognito-idp:ListUsersInGroup'] as const;
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
  // The citizen sign-in (docs/citizen-space.md): an account is created at the first e-mail code.
  'cognito-idp:SignUp',
  'cognito-idp:ConfirmSignUp',
  'cognito-idp:ResendConfirmationCode',
  // A citizen deletes their own account, with their own access token (no admin right over the pool).
  'cognito-idp:DeleteUser',
  // The citizen's optional password, with their own access token: whether one is set, choosing or changing it.
  'cognito-idp:GetUserAuthFactors',
  'cognito-idp:ChangePassword',
] as const;
/** Posting to, reading and closing a WebSocket API's connections (PostToConnection, GetConnection, DeleteConnection). */
export const MANAGE_CONNECTIONS_ACTION = 'execute-api:ManageConnections';
/** Reading the Web Push VAPID key secret (and nothing else of Secrets Manager). */
export const PUSH_KEYS_ACTION = 'secretsmanager:GetSecretValue';
export const FILE_ACTIONS: Record<FileAccess, string> = { read: 's3:GetObject', write: 's3:PutObject', delete: 's3:DeleteObject' };

/** What a statement is about, independent of where it is deployed. */
export type AccessResource =
  | { kind: 'table' }
  | { kind: 'index'; name: string }
  /** `tenant`: only the commune's objects in the folder (`<folder><commune>/…`, the principal's commune tag). */
  | { kind: 'objects'; folder: BucketFolder; tenant?: boolean }
  /** The function's own tenant role (sts:AssumeRole, sts:TagSession). */
  | { kind: 'tenant-role' }
  | { kind: 'bus' }
  | { kind: 'user-pools' }
  | { kind: 'mail-identities' }
  /** The real-time WebSocket API's connections (`<api>/<stage>/<method>/@connections/<id>`). */
  | { kind: 'connections' }
  /** The Web Push VAPID key secret (docs/notifications.md). */
  | { kind: 'push-keys' };

export interface AccessStatement {
  actions: readonly string[];
  resources: readonly AccessResource[];
  /** SES only: allowed when sent from the platform's own address (IAM condition `ses:FromAddress`). */
  fromPlatformAddress?: boolean;
  /**
   * DynamoDB only: every partition key the request touches (item keys, the Query's partition on the table or the
   * index) must match one of these (IAM `ForAllValues:StringLike` on `dynamodb:LeadingKeys`, with `Null: false`
   * so a request without keys, a Scan, is refused). Patterns may use `${aws:PrincipalTag/commune}`.
   */
  leadingKeys?: readonly string[];
  /** Allowed only on resources carrying these tags (IAM condition `aws:ResourceTag/<key>`). */
  resourceTags?: Readonly<Record<string, string>>;
}

/** The session tag that names the commune a tenant session serves (STS AssumeRole `Tags`). */
export const TENANT_TAG = 'commune';
/** IAM's policy variable for it: replaced by the session's tag value when a request is evaluated. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: IAM's policy variable syntax, not a JavaScript template
export const TENANT_TAG_VARIABLE = '${aws:PrincipalTag/commune}';
/** Every key of the commune of the session: `C#<commune>#*`. */
export const TENANT_LEADING_KEYS = [`${communePrefix(TENANT_TAG_VARIABLE)}*`] as const;
/** Commune registrations, the only items a base role reads: one by key (`C#<id>#COMMUNE`), all through gsi1. */
export const REGISTRATION_LEADING_KEYS = [communeRegistrationKeys.commune('*').pk] as const;

/** The deployment's ARNs: CDK tokens in the cloud, local names on one machine. */
export interface DeploymentArns {
  table: string;
  bucket: string;
  bus: string;
  /** Every user pool of the account and region (commune pools are deployed after the platform). */
  userPools: string;
  /** Every SES identity of the account and region. */
  mailIdentities: string;
  /** The function's tenant role (absent where the function has none). */
  tenantRole?: string;
  /** The connections of the real-time WebSocket API, as an ARN pattern (every method, every connection id). */
  connections?: string;
  /** The Web Push VAPID key secret. */
  pushKeys?: string;
}

/** Whether a function gets a tenant role: it touches the table or the bucket. */
export function needsTenantRole(access: FunctionAccess): boolean {
  return Boolean(access.table || Object.values(access.files ?? {}).some((levels) => levels?.length));
}

/**
 * The statements of a function's own role: what is not per commune. Reading commune registrations (a commune is
 * looked up before it is known to exist; the list of communes is gsi1's one partition without a commune prefix),
 * Cognito, the bus, mail, and assuming its tenant role with a commune tag.
 */
export function baseStatements(access: FunctionAccess): AccessStatement[] {
  const out: AccessStatement[] = [];
  if (access.table) {
    out.push({ actions: ['dynamodb:GetItem'], resources: [{ kind: 'table' }], leadingKeys: REGISTRATION_LEADING_KEYS });
    out.push({ actions: ['dynamodb:Query'], resources: [{ kind: 'index', name: 'gsi1' }], leadingKeys: [COMMUNES_INDEX_PK] });
  }
  if (needsTenantRole(access)) out.push({ actions: ['sts:AssumeRole', 'sts:TagSession'], resources: [{ kind: 'tenant-role' }] });
  if (access.cognitoAdmin)
    out.push({ actions: [...COGNITO_ADMIN_ACTIONS], resources: [{ kind: 'user-pools' }], resourceTags: STAFF_POOL_TAGS });
  if (access.cognitoDirectory)
    out.push({ actions: [...COGNITO_DIRECTORY_ACTIONS], resources: [{ kind: 'user-pools' }], resourceTags: STAFF_POOL_TAGS });
  if (access.cognitoAuth) out.push({ actions: [...COGNITO_SIGN_IN_ACTIONS], resources: [{ kind: 'user-pools' }] });
  if (access.bus) out.push({ actions: ['events:PutEvents'], resources: [{ kind: 'bus' }] });
  if (access.mail)
    out.push({ actions: ['ses:SendEmail', 'ses:SendRawEmail'], resources: [{ kind: 'mail-identities' }], fromPlatformAddress: true });
  // Connections are not per commune (API Gateway names them): the base role holds it, the items say whose they are.
  if (access.manageConnections) out.push({ actions: [MANAGE_CONNECTIONS_ACTION], resources: [{ kind: 'connections' }] });
  // One key pair for the platform (a push service knows a sender by its key, not by commune): the base role reads it.
  if (access.pushKeys) out.push({ actions: [PUSH_KEYS_ACTION], resources: [{ kind: 'push-keys' }] });
  return out;
}

/**
 * The statements of a function's tenant role: exactly its declared table and bucket access, limited to the keys
 * of the commune its session is tagged with (no Scan: a Scan has no leading key).
 *
 * Audit entries (entities/audit-entry.ts) are append-only, but these Allow-only statements do not say "PutItem
 * only on the keys C#<c>#AUDIT#…" (a Deny of UpdateItem/DeleteItem/BatchWriteItem with `ForAnyValue:StringLike`
 * "C#*#AUDIT#*" on dynamodb:LeadingKeys would). What guards the log: read-only functions that record reads get
 * PutItem only (`auditAppend`), never UpdateItem or DeleteItem; the audit function reads only; every entry is put
 * with `attribute_not_exists(pk)`; and no code but functions/src/lib/audit.ts builds an audit entry (a unit test
 * checks it).
 */
export function tenantStatements(access: FunctionAccess): AccessStatement[] {
  const out: AccessStatement[] = [];
  if (access.table) {
    const actions = access.table === 'write' ? [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS] : [...TABLE_READ_ACTIONS];
    out.push({ actions, resources: [{ kind: 'table' }], leadingKeys: TENANT_LEADING_KEYS });
    out.push({
      actions: [...INDEX_ACTIONS],
      resources: TABLE_GSIS.map((g) => ({ kind: 'index' as const, name: g.name })),
      leadingKeys: TENANT_LEADING_KEYS,
    });
  }
  if (access.auditAppend && access.table !== 'write')
    out.push({ actions: ['dynamodb:PutItem'], resources: [{ kind: 'table' }], leadingKeys: TENANT_LEADING_KEYS });
  for (const [folder, levels] of Object.entries(access.files ?? {}) as [BucketFolder, readonly FileAccess[]][]) {
    if (!levels.length) continue;
    out.push({ actions: [...new Set(levels.map((l) => FILE_ACTIONS[l]))].sort(), resources: [{ kind: 'objects', folder, tenant: true }] });
  }
  return out;
}

/** Both roles' statements of one declaration (what CDK deploys and the local runtime evaluates). */
export function accessStatements(access: FunctionAccess): { base: AccessStatement[]; tenant: AccessStatement[] } {
  return { base: baseStatements(access), tenant: tenantStatements(access) };
}

/** The ARN (or ARN pattern, with `*`) of an abstract resource in one deployment. */
export function resourceArn(r: AccessResource, arns: DeploymentArns): string {
  switch (r.kind) {
    case 'table':
      return arns.table;
    case 'index':
      return `${arns.table}/index/${r.name}`;
    case 'objects':
      return `${arns.bucket}/${BUCKET_FOLDERS[r.folder]}${r.tenant ? `${TENANT_TAG_VARIABLE}/` : ''}*`;
    case 'tenant-role':
      return arns.tenantRole ?? '';
    case 'bus':
      return arns.bus;
    case 'user-pools':
      return arns.userPools;
    case 'mail-identities':
      return arns.mailIdentities;
    case 'connections':
      return arns.connections ?? '';
    case 'push-keys':
      return arns.pushKeys ?? '';
  }
}

/** Each pattern compiled once: the local runtime checks every AWS call against a deployment's few patterns. */
const PATTERNS = new Map<string, RegExp>();

/** IAM's wildcard matching: `*` any run of characters (slashes included), `?` one character; case-sensitive. */
export function arnMatches(pattern: string, value: string): boolean {
  let re = PATTERNS.get(pattern);
  if (!re) {
    const source = pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    re = new RegExp(`^${source}$`, 's');
    PATTERNS.set(pattern, re);
  }
  return re.test(value);
}

/** One AWS request as IAM sees it: an action on a resource ARN, with the context keys a condition may read. */
export interface AccessRequest {
  action: string;
  resource: string;
  /** `ses:FromAddress`, the bare address the mail is sent from. */
  fromAddress?: string;
  /** `dynamodb:LeadingKeys`: the partition key of every item the request names (none for a Scan). */
  leadingKeys?: readonly string[];
  /** The tags of the resource (`aws:ResourceTag/<key>`). */
  resourceTags?: Readonly<Record<string, string>>;
}

/** The session tags of the credentials a request is signed with (`aws:PrincipalTag/<key>`). */
export type PrincipalTags = Readonly<Record<string, string>>;

/**
 * Replaces `${aws:PrincipalTag/<key>}` with the tag's value; undefined when a tag is missing (IAM then finds no
 * match for the statement). A tag value is an id of ours: anything with a wildcard or `#` is not substituted.
 */
export function withPrincipalTags(pattern: string, tags: PrincipalTags = {}): string | undefined {
  let missing = false;
  const out = pattern.replace(/\$\{aws:PrincipalTag\/([^}]+)\}/g, (_, key: string) => {
    const v = tags[key];
    if (v === undefined || /[*?#/$]/.test(v)) missing = true;
    return v ?? '';
  });
  return missing ? undefined : out;
}

const matchesWithTags = (pattern: string, value: string, tags?: PrincipalTags) => {
  const p = withPrincipalTags(pattern, tags);
  return p !== undefined && arnMatches(p, value);
};

/**
 * Whether the statements allow the request (identity policies only: no explicit Deny, so allowed means some
 * statement matches the action, the resource and its condition).
 */
export function isAllowed(
  statements: readonly AccessStatement[],
  request: AccessRequest,
  arns: DeploymentArns,
  platformAddress?: string,
  principalTags?: PrincipalTags,
): boolean {
  return statements.some(
    (s) =>
      s.actions.some((a) => arnMatches(a, request.action)) &&
      s.resources.some((r) => matchesWithTags(resourceArn(r, arns), request.resource, principalTags)) &&
      (!s.fromPlatformAddress || (request.fromAddress !== undefined && request.fromAddress === platformAddress)) &&
      Object.entries(s.resourceTags ?? {}).every(([k, v]) => request.resourceTags?.[k] === v) &&
      (!s.leadingKeys ||
        (request.leadingKeys !== undefined &&
          request.leadingKeys.length > 0 &&
          request.leadingKeys.every((k) => s.leadingKeys!.some((p) => matchesWithTags(p, k, principalTags))))),
  );
}

/** "Tandem <no-reply@x.be>" → "no-reply@x.be" (what `ses:FromAddress` compares). */
export function bareAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1]?.trim() ?? from.trim();
}
