/**
 * AWS clients, created lazily from the environment (local endpoints when set).
 * Table and bucket calls go through `ddb()`/`s3()`: once the invocation knows its commune (lib/tenant.ts) these
 * are the commune's clients, signed with tenant credentials (AssumeRole with the session tag commune=<id>; IAM
 * then allows only that commune's keys). Before, they are the base clients, whose role reads commune
 * registrations only. See docs/tenant-isolation.md.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { ApiGatewayManagementApiClient } from '@aws-sdk/client-apigatewaymanagementapi';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import type { PrincipalTags } from '@tandem/shared';
import { readEnv, type FunctionEnv } from './env.js';
import { servedCommune } from './tenant.js';
import { stsTenantCredentials } from './tenant-credentials.js';

let cached:
  | {
      env: FunctionEnv;
      ddb?: DynamoDBDocumentClient;
      s3?: S3Client;
      cognito?: CognitoIdentityProviderClient;
      events?: EventBridgeClient;
      connections?: ApiGatewayManagementApiClient;
      /** Per commune, each made on first use (a function that never touches the bucket bundles no S3 client). */
      tenantDdb?: Map<string, DynamoDBDocumentClient>;
      tenantS3?: Map<string, S3Client>;
    }
  | undefined;

export function env(): FunctionEnv {
  cached ??= { env: readEnv() };
  return cached.env;
}

/** The AWS services the functions call, by IAM service prefix. */
export type AwsService = 'dynamodb' | 's3' | 'cognito-idp' | 'events' | 'ses' | 'execute-api' | 'secretsmanager';

/**
 * The local runtime's access check (infra/local/iam/): it throws an AccessDenied error like AWS's when the calling
 * function was not granted the call. Never installed in Lambda, where IAM does this: there the clients get no
 * extra middleware and checkLocalAccess does nothing.
 */
export type LocalAccessCheck = (
  service: AwsService,
  operation: string,
  input: Record<string, unknown>,
  sessionTags?: PrincipalTags,
) => void;
let localAccessCheck: LocalAccessCheck | undefined;

export function installLocalAccessCheck(check: LocalAccessCheck | undefined): void {
  localAccessCheck = check;
  if (cached) cached = { env: cached.env };
}

/** A call a function's client is about to send, as the cost meter (bench/cost/, `npm run cost`) sees it. */
export interface MeteredCall {
  service: AwsService;
  operation: string;
  input: Record<string, unknown>;
}
/**
 * The cost meter: it sends the call itself (`send`, with the input it chooses: DynamoDB's ReturnConsumedCapacity), reads
 * what it needs around it, and returns the output the caller gets.
 */
export type LocalCallMeter = (
  call: MeteredCall,
  send: (input: Record<string, unknown>) => Promise<Record<string, unknown>>,
) => Promise<Record<string, unknown>>;
let localCallMeter: LocalCallMeter | undefined;

/**
 * Puts the cost meter of one machine around every call of the clients created from now on. Never installed in Lambda:
 * there the clients get no middleware for it.
 */
export function installLocalCallMeter(meter: LocalCallMeter | undefined): void {
  localCallMeter = meter;
  if (cached) cached = { env: cached.env };
}

/** Checks a call that sends no SDK request (a presigned POST, the local outbox's mail), with the tags of its client's session. */
export async function checkLocalAccess(
  service: AwsService,
  operation: string,
  input: Record<string, unknown>,
  client?: object,
): Promise<void> {
  if (!localAccessCheck) return;
  const session = client ? SESSIONS.get(client) : undefined;
  localAccessCheck(service, operation, input, session ? (await session()).sessionTags : undefined);
}

/**
 * A commune's tenant session: in Lambda, STS credentials of the function's tenant role with the session tag
 * commune=<id>; on one machine (no STS), no credentials of its own (the stand-ins' keys are used) but the session
 * tags, which the local IAM reads as AWS reads them from the session.
 */
export interface TenantSession {
  credentials?: AwsCredentialIdentity;
  /** Set by the local provider only: the tags the local IAM evaluates `${aws:PrincipalTag/commune}` with. */
  sessionTags?: PrincipalTags;
  expiration: Date;
}
export type TenantCredentialsProvider = (commune: string) => Promise<TenantSession>;
let installedTenantCredentials: TenantCredentialsProvider | undefined;

/** The local runtime installs its provider (infra/local/iam/tenant-credentials.ts); Lambda uses STS. */
export function installTenantCredentials(provider: TenantCredentialsProvider | undefined): void {
  installedTenantCredentials = provider;
  if (cached) cached = { env: cached.env };
  sessions.clear();
}

/** Sessions are renewed this long before they expire (an SDK call must not start with credentials about to lapse). */
export const TENANT_SESSION_MARGIN_MS = 5 * 60_000;
const sessions = new Map<string, Promise<TenantSession>>();

/** The commune's session, assumed once per container and renewed shortly before it expires. */
async function tenantSession(provider: TenantCredentialsProvider, commune: string): Promise<TenantSession> {
  const held = sessions.get(commune);
  if (held) {
    const s = await held.catch(() => undefined);
    if (s && s.expiration.getTime() - Date.now() > TENANT_SESSION_MARGIN_MS) return s;
    if (sessions.get(commune) !== held) return tenantSession(provider, commune);
  }
  const p = provider(commune);
  sessions.set(commune, p);
  p.catch(() => sessions.get(commune) === p && sessions.delete(commune));
  return p;
}

/** The tenant session the current provider gives for a commune (cached; undefined without a provider). */
export function tenantSessionFor(commune: string): Promise<TenantSession> | undefined {
  return sessionOf(env(), commune)?.();
}

/**
 * The provider of tenant sessions: the installed one (local runtime), else STS with the stack's tenant role. Off
 * Lambda without either (a script, a unit test without the local IAM) there is none and the base credentials are
 * used; in Lambda a missing role is a deployment error, never a silent fallback.
 */
function tenantProvider(e: FunctionEnv): TenantCredentialsProvider | undefined {
  if (installedTenantCredentials) return installedTenantCredentials;
  if (e.tenantRoleArn) return (commune) => stsTenantCredentials(e, commune);
  if (process.env.AWS_LAMBDA_FUNCTION_NAME) throw new Error('TENANT_ROLE_ARN is not set: this function has no tenant role');
  return undefined;
}

interface WithMiddleware {
  // biome-ignore lint/suspicious/noExplicitAny: each client's middleware stack has its own input/output types; the check reads only `commandName` and `input`
  middlewareStack: { add(middleware: any, options: { step: 'initialize'; name: string; override?: boolean }): void };
}

/** The tenant session of each tenant client (the local check reads its tags). */
const SESSIONS = new WeakMap<object, () => Promise<TenantSession>>();

/**
 * Adds the local access check to a client's middleware (it also runs when a request is presigned with getSignedUrl).
 * A tenant client's calls are checked with its session's tags, as IAM evaluates the assumed role's policy. The cost
 * meter, when one is installed, comes after it: a refused call costs nothing.
 */
function guarded<C extends WithMiddleware>(service: AwsService, client: C, session?: () => Promise<TenantSession>): C {
  if (session) SESSIONS.set(client, session);
  const check = localAccessCheck;
  if (check)
    client.middlewareStack.add(
      (next: (args: { input: Record<string, unknown> }) => Promise<unknown>, context: { commandName?: string }) =>
        async (args: { input: Record<string, unknown> }) => {
          const tags = session ? (await session()).sessionTags : undefined;
          check(service, (context.commandName ?? '').replace(/Command$/, ''), args.input, tags);
          return next(args);
        },
      { step: 'initialize', name: 'tandemLocalAccessCheck', override: true },
    );
  metered(service, client);
  return client;
}

/** Adds the cost meter (installLocalCallMeter) to a client's middleware, when one is installed. */
function metered(service: AwsService, client: WithMiddleware): void {
  const meter = localCallMeter;
  if (!meter) return;
  client.middlewareStack.add(
    (next: (args: { input: Record<string, unknown> }) => Promise<{ output: Record<string, unknown> }>, context: { commandName?: string }) =>
      async (args: { input: Record<string, unknown> }) => {
        let result: { output: Record<string, unknown> } | undefined;
        const call = { service, operation: (context.commandName ?? '').replace(/Command$/, ''), input: args.input };
        const output = await meter(call, async (input) => {
          result = await next({ ...args, input });
          return result.output;
        });
        return { ...result, output };
      },
    { step: 'initialize', name: 'tandemLocalCallMeter', override: true },
  );
}

/** Forgets clients and configuration (tests that change the environment call this). */
export function resetClients(): void {
  cached = undefined;
  sessions.clear();
}

const localCredentials = (endpoint?: string) =>
  endpoint
    ? {
        credentials: {
          accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? 'local',
          secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? 'local',
        },
      }
    : {};

const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/** Credentials of a tenant client: the session's (STS), else (one machine) the stand-in's own keys. */
function tenantCredentials(session: () => Promise<TenantSession>, local: AwsCredentialIdentity | undefined) {
  return async (): Promise<AwsCredentialIdentity> => {
    const s = await session();
    const c = s.credentials ?? local;
    if (!c) throw new Error('a tenant session without credentials off the local runtime');
    return c;
  };
}

function newDdb(e: FunctionEnv, session?: () => Promise<TenantSession>): DynamoDBDocumentClient {
  const local = localCredentials(e.endpoints.dynamodb).credentials;
  return DynamoDBDocumentClient.from(
    guarded(
      'dynamodb',
      new DynamoDBClient({
        region: e.region,
        endpoint: e.endpoints.dynamodb,
        ...(session ? { credentials: tenantCredentials(session, local) } : local ? { credentials: local } : {}),
      }),
      session,
    ),
    { marshallOptions: { removeUndefinedValues: true } },
  );
}

function newS3(e: FunctionEnv, session?: () => Promise<TenantSession>): S3Client {
  const local = e.endpoints.s3 ? S3RVER_CREDENTIALS : undefined;
  return guarded(
    's3',
    new S3Client({
      region: e.region,
      endpoint: e.endpoints.s3,
      forcePathStyle: Boolean(e.endpoints.s3),
      // Without these, streamed uploads to S3-compatible local servers are silently corrupted.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      ...(session ? { credentials: tenantCredentials(session, local) } : local ? { credentials: local } : {}),
    }),
    session,
  );
}

/** The base role's table client: commune registrations only (communes/commune-store.ts). */
export function baseDdb(): DynamoDBDocumentClient {
  const e = env();
  cached!.ddb ??= newDdb(e);
  return cached!.ddb;
}

/** The commune's session getter, or none where there is no tenant provider (off Lambda, without the local IAM). */
function sessionOf(e: FunctionEnv, commune: string): (() => Promise<TenantSession>) | undefined {
  const provider = tenantProvider(e);
  return provider && (() => tenantSession(provider, commune));
}

/** The table client of one commune: every key it may touch starts with C#<commune>#. */
export function ddbFor(commune: string): DynamoDBDocumentClient {
  const e = env();
  cached!.tenantDdb ??= new Map();
  let c = cached!.tenantDdb.get(commune);
  if (!c) {
    c = newDdb(e, sessionOf(e, commune));
    cached!.tenantDdb.set(commune, c);
  }
  return c;
}

/** The bucket client of one commune: every object key it may touch is <folder><commune>/…. */
export function s3For(commune: string): S3Client {
  const e = env();
  cached!.tenantS3 ??= new Map();
  let c = cached!.tenantS3.get(commune);
  if (!c) {
    c = newS3(e, sessionOf(e, commune));
    cached!.tenantS3.set(commune, c);
  }
  return c;
}

/** The table client of the commune this invocation serves; the base client until it is known. */
export function ddb(): DynamoDBDocumentClient {
  const commune = servedCommune();
  return commune ? ddbFor(commune) : baseDdb();
}

/** The bucket client of the commune this invocation serves; the base client (no object access) until it is known. */
export function s3(): S3Client {
  const commune = servedCommune();
  if (commune) return s3For(commune);
  const e = env();
  cached!.s3 ??= newS3(e);
  return cached!.s3;
}

export function cognito(): CognitoIdentityProviderClient {
  const e = env();
  cached!.cognito ??= guarded(
    'cognito-idp',
    new CognitoIdentityProviderClient({ region: e.region, endpoint: e.endpoints.cognito, ...localCredentials(e.endpoints.cognito) }),
  );
  return cached!.cognito;
}

export function eventBridge(): EventBridgeClient {
  const e = env();
  cached!.events ??= guarded(
    'events',
    new EventBridgeClient({ region: e.region, endpoint: e.endpoints.eventbridge, ...localCredentials(e.endpoints.eventbridge) }),
  );
  return cached!.events;
}

/**
 * The real-time WebSocket API's management client (PostToConnection, GetConnection, DeleteConnection), or undefined
 * when no WebSocket API is configured (REALTIME_CONNECTIONS_URL). Its credentials are the function's own, from the
 * environment, in Lambda as on one machine.
 */
export function connectionsApi(): ApiGatewayManagementApiClient | undefined {
  const e = env();
  if (!e.realtimeConnectionsUrl) return undefined;
  cached!.connections ??= guarded(
    'execute-api',
    new ApiGatewayManagementApiClient({ region: e.region, endpoint: e.realtimeConnectionsUrl }),
  );
  return cached!.connections;
}
