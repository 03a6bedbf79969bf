/**
 * Creates a commune's Cognito pools in cognito-local from shared/src/identity.ts: staff pool (role and
 * department groups, custom attributes) and citizen pool, a web client each (USER_PASSWORD_AUTH), and the
 * demo staff accounts with one permanent password. Idempotent: pools recorded in the state file are reused, and
 * so are pools and clients found by name (a start killed before it recorded them does not create them twice).
 */
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  type CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
  InitiateAuthCommand,
  ListGroupsCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  type SchemaAttributeType,
  UpdateUserPoolClientCommand,
  UpdateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  CLIENT_AUTH_FLOWS,
  PASSWORD_POLICY,
  ROLE_GROUPS,
  SELF_SIGN_UP,
  STAFF_CUSTOM_ATTRIBUTES,
  STAFF_POOL_TAGS,
  STAFF_READABLE_ATTRIBUTES,
  STAFF_SELF_WRITABLE_ATTRIBUTES,
  staffInvitation,
  STAFF_ROLES,
  TOKEN_VALIDITY,
  clientName,
  departmentGroup,
  poolName,
  type CommuneConfig,
} from '@tandem/shared';
import type { CommunePoolIds } from './state.js';

/** One password for every demo account (printed by `npm start`); meets PASSWORD_POLICY. */
export const DEMO_PASSWORD = process.env.TANDEM_DEMO_PASSWORD ?? 'Tandem-Demo-2025';

const customSchema: SchemaAttributeType[] = Object.values(STAFF_CUSTOM_ATTRIBUTES).map((Name) => ({
  Name,
  AttributeDataType: 'String',
  Mutable: true,
}));

async function poolExists(client: CognitoIdentityProviderClient, id: string | undefined): Promise<boolean> {
  if (!id) return false;
  try {
    await client.send(new DescribeUserPoolCommand({ UserPoolId: id }));
    return true;
  } catch {
    return false;
  }
}

async function findPoolId(client: CognitoIdentityProviderClient, name: string): Promise<string | undefined> {
  let NextToken: string | undefined;
  do {
    const page = await client.send(new ListUserPoolsCommand({ MaxResults: 60, NextToken }));
    const found = page.UserPools?.find((p) => p.Name === name);
    if (found?.Id) return found.Id;
    NextToken = page.NextToken;
  } while (NextToken);
  return undefined;
}

async function findClientId(client: CognitoIdentityProviderClient, poolId: string, name: string): Promise<string | undefined> {
  const res = await client.send(new ListUserPoolClientsCommand({ UserPoolId: poolId, MaxResults: 60 }));
  return res.UserPoolClients?.find((c) => c.ClientName === name)?.ClientId;
}

/** The commune's pool of this kind and its web client: found by name, else created. */
async function ensurePool(client: CognitoIdentityProviderClient, commune: CommuneConfig, kind: 'staff' | 'citizens') {
  const poolId = (await findPoolId(client, poolName(commune.id, kind))) ?? (await createPool(client, commune, kind));
  const clientId =
    (await findClientId(client, poolId, clientName(commune.id, kind))) ?? (await createClient(client, poolId, commune.id, kind));
  if (kind === 'staff') await upgradeStaffPool(client, poolId, clientId, commune);
  return { poolId, clientId };
}

async function createPool(client: CognitoIdentityProviderClient, commune: CommuneConfig, kind: 'staff' | 'citizens'): Promise<string> {
  const invitation = staffInvitation(commune.name);
  const pool = await client.send(
    new CreateUserPoolCommand({
      PoolName: poolName(commune.id, kind),
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      AdminCreateUserConfig: {
        AllowAdminCreateUserOnly: !SELF_SIGN_UP[kind],
        // What the invited staff member receives (the local stand-in writes it to the outbox).
        ...(kind === 'staff' ? { InviteMessageTemplate: { EmailSubject: invitation.subject, EmailMessage: invitation.body } } : {}),
      },
      UserPoolTags: kind === 'staff' ? { ...STAFF_POOL_TAGS } : undefined,
      Policies: {
        PasswordPolicy: {
          MinimumLength: PASSWORD_POLICY.minLength,
          RequireLowercase: PASSWORD_POLICY.requireLowercase,
          RequireUppercase: PASSWORD_POLICY.requireUppercase,
          RequireNumbers: PASSWORD_POLICY.requireDigits,
          RequireSymbols: PASSWORD_POLICY.requireSymbols,
        },
      },
      Schema: kind === 'staff' ? customSchema : undefined,
    }),
  );
  return pool.UserPool!.Id!;
}

/**
 * A staff pool and client created by an earlier version (a kept data directory) get what creation now sets:
 * the client's attribute lists (UpdateUserPoolClient changes only what it names) and the invitation template.
 */
async function upgradeStaffPool(client: CognitoIdentityProviderClient, poolId: string, clientId: string, commune: CommuneConfig) {
  await client.send(
    new UpdateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientId: clientId,
      WriteAttributes: [...STAFF_SELF_WRITABLE_ATTRIBUTES],
      ReadAttributes: [...STAFF_READABLE_ATTRIBUTES],
    }),
  );
  const pool = (await client.send(new DescribeUserPoolCommand({ UserPoolId: poolId }))).UserPool;
  if (!pool || pool.AdminCreateUserConfig?.InviteMessageTemplate?.EmailMessage) return;
  const invitation = staffInvitation(commune.name);
  // UpdateUserPool resets what it does not name: name again everything the pool has.
  await client.send(
    new UpdateUserPoolCommand({
      UserPoolId: poolId,
      Policies: pool.Policies,
      AutoVerifiedAttributes: pool.AutoVerifiedAttributes,
      MfaConfiguration: pool.MfaConfiguration,
      UserPoolTags: { ...pool.UserPoolTags, ...STAFF_POOL_TAGS },
      AdminCreateUserConfig: {
        ...pool.AdminCreateUserConfig,
        InviteMessageTemplate: { EmailSubject: invitation.subject, EmailMessage: invitation.body },
      },
    }),
  );
}

async function createClient(
  client: CognitoIdentityProviderClient,
  poolId: string,
  commune: string,
  kind: 'staff' | 'citizens',
): Promise<string> {
  const app = await client.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: clientName(commune, kind),
      GenerateSecret: false,
      ExplicitAuthFlows: [...CLIENT_AUTH_FLOWS],
      IdTokenValidity: TOKEN_VALIDITY.idTokenMinutes,
      AccessTokenValidity: TOKEN_VALIDITY.accessTokenMinutes,
      RefreshTokenValidity: TOKEN_VALIDITY.refreshTokenDays,
      TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'days' },
      // Staff may write nothing that shows authority about themselves (the same lists as the CDK client).
      ...(kind === 'staff' ? { WriteAttributes: [...STAFF_SELF_WRITABLE_ATTRIBUTES], ReadAttributes: [...STAFF_READABLE_ATTRIBUTES] } : {}),
    }),
  );
  return app.UserPoolClient!.ClientId!;
}

async function ensureGroups(client: CognitoIdentityProviderClient, poolId: string, names: string[]): Promise<void> {
  const existing = new Set((await client.send(new ListGroupsCommand({ UserPoolId: poolId, Limit: 60 }))).Groups?.map((g) => g.GroupName));
  for (const GroupName of names) {
    if (!existing.has(GroupName)) await client.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName }));
  }
}

async function ensureDemoUser(
  client: CognitoIdentityProviderClient,
  poolId: string,
  commune: CommuneConfig,
  account: CommuneConfig['demoAccounts'][number],
): Promise<void> {
  const attributes = [
    { Name: 'email', Value: account.username },
    { Name: 'email_verified', Value: 'true' },
    { Name: `custom:${STAFF_CUSTOM_ATTRIBUTES.commune}`, Value: commune.id },
    { Name: `custom:${STAFF_CUSTOM_ATTRIBUTES.displayName}`, Value: account.name },
  ];
  let exists = true;
  try {
    await client.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: account.username }));
  } catch {
    exists = false;
  }
  if (exists) {
    await client.send(new AdminUpdateUserAttributesCommand({ UserPoolId: poolId, Username: account.username, UserAttributes: attributes }));
  } else {
    await client.send(
      new AdminCreateUserCommand({ UserPoolId: poolId, Username: account.username, UserAttributes: attributes, MessageAction: 'SUPPRESS' }),
    );
  }
  await client.send(
    new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: account.username, Password: DEMO_PASSWORD, Permanent: true }),
  );
  for (const GroupName of [ROLE_GROUPS[account.role], ...account.departments.map(departmentGroup)]) {
    await client.send(new AdminAddUserToGroupCommand({ UserPoolId: poolId, Username: account.username, GroupName }));
  }
}

/** Signs a user in with USER_PASSWORD_AUTH and returns the ID token's claims. */
export async function signInClaims(
  client: CognitoIdentityProviderClient,
  clientId: string,
  username: string,
  password: string,
): Promise<Record<string, unknown>> {
  const res = await client.send(
    new InitiateAuthCommand({
      ClientId: clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: username, PASSWORD: password },
    }),
  );
  const idToken = res.AuthenticationResult?.IdToken;
  if (!idToken) throw new Error(`sign-in of ${username} returned no ID token (challenge: ${res.ChallengeName ?? 'none'})`);
  return JSON.parse(Buffer.from(idToken.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}

export interface ProvisionedIdentity extends CommunePoolIds {
  /** The `iss` claim of the staff pool's tokens, as observed on a real sign-in. */
  staffIssuer: string;
  /** The citizen pool's: the same origin before its own pool id (cognito-local's issuer is `<origin>/<pool id>`). */
  citizenIssuer: string;
}

export async function ensureCommuneIdentity(
  client: CognitoIdentityProviderClient,
  commune: CommuneConfig,
  known: CommunePoolIds | undefined,
  cognitoEndpoint: string,
): Promise<ProvisionedIdentity> {
  let ids = known;
  if (!ids || !(await poolExists(client, ids.staffPoolId)) || !(await poolExists(client, ids.citizenPoolId))) {
    const staff = await ensurePool(client, commune, 'staff');
    const citizens = await ensurePool(client, commune, 'citizens');
    ids = { staffPoolId: staff.poolId, staffClientId: staff.clientId, citizenPoolId: citizens.poolId, citizenClientId: citizens.clientId };
  }
  await ensureGroups(client, ids.staffPoolId, [
    ...STAFF_ROLES.map((r) => ROLE_GROUPS[r]),
    ...commune.departments.map((d) => departmentGroup(d.code)),
  ]);
  for (const account of commune.demoAccounts) await ensureDemoUser(client, ids.staffPoolId, commune, account);

  let staffIssuer = `${cognitoEndpoint}/${ids.staffPoolId}`;
  const probe = commune.demoAccounts[0];
  if (probe) {
    const claims = await signInClaims(client, ids.staffClientId, probe.username, DEMO_PASSWORD);
    staffIssuer = String(claims.iss);
  }
  if (!staffIssuer.endsWith(`/${ids.staffPoolId}`)) throw new Error(`the staff pool's issuer ${staffIssuer} does not end with its pool id`);
  const citizenIssuer = `${staffIssuer.slice(0, -ids.staffPoolId.length)}${ids.citizenPoolId}`;
  return { ...ids, staffIssuer, citizenIssuer };
}
