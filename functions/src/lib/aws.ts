/** AWS clients, created lazily from the environment (local endpoints when set). */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { readEnv, type FunctionEnv } from './env.js';

let cached:
  | { env: FunctionEnv; ddb?: DynamoDBDocumentClient; s3?: S3Client; cognito?: CognitoIdentityProviderClient; events?: EventBridgeClient }
  | undefined;

export function env(): FunctionEnv {
  cached ??= { env: readEnv() };
  return cached.env;
}

/** The AWS services the functions call, by IAM service prefix. */
export type AwsService = 'dynamodb' | 's3' | 'cognito-idp' | 'events' | 'ses';

/**
 * The local runtime's access check (infra/local/iam/): it throws an AccessDenied error like AWS's when the calling
 * function was not granted the call. Never installed in Lambda, where IAM does this: there the clients get no
 * extra middleware and checkLocalAccess does nothing.
 */
export type LocalAccessCheck = (service: AwsService, operation: string, input: Record<string, unknown>) => void;
let localAccessCheck: LocalAccessCheck | undefined;

export function installLocalAccessCheck(check: LocalAccessCheck | undefined): void {
  localAccessCheck = check;
  if (cached) cached = { env: cached.env };
}

/** Checks a call that sends no SDK request (a presigned POST, the local outbox's mail). */
export function checkLocalAccess(service: AwsService, operation: string, input: Record<string, unknown>): void {
  localAccessCheck?.(service, operation, input);
}

interface WithMiddleware {
  // biome-ignore lint/suspicious/noExplicitAny: each client's middleware stack has its own input/output types; the check reads only `commandName` and `input`
  middlewareStack: { add(middleware: any, options: { step: 'initialize'; name: string; override?: boolean }): void };
}
/** Adds the local access check to a client's middleware (it also runs when a request is presigned with getSignedUrl). */
function guarded<C extends WithMiddleware>(service: AwsService, client: C): C {
  const check = localAccessCheck;
  if (!check) return client;
  client.middlewareStack.add(
    (next: (args: { input: Record<string, unknown> }) => Promise<unknown>, context: { commandName?: string }) =>
      (args: { input: Record<string, unknown> }) => {
        check(service, (context.commandName ?? '').replace(/Command$/, ''), args.input);
        return next(args);
      },
    { step: 'initialize', name: 'tandemLocalAccessCheck', override: true },
  );
  return client;
}

/** Forgets clients and configuration (tests that change the environment call this). */
export function resetClients(): void {
  cached = undefined;
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

export function ddb(): DynamoDBDocumentClient {
  const e = env();
  cached!.ddb ??= DynamoDBDocumentClient.from(
    guarded(
      'dynamodb',
      new DynamoDBClient({ region: e.region, endpoint: e.endpoints.dynamodb, ...localCredentials(e.endpoints.dynamodb) }),
    ),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  return cached!.ddb;
}

export function s3(): S3Client {
  const e = env();
  cached!.s3 ??= guarded(
    's3',
    new S3Client({
      region: e.region,
      endpoint: e.endpoints.s3,
      forcePathStyle: Boolean(e.endpoints.s3),
      // Without these, streamed uploads to S3-compatible local servers are silently corrupted.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      ...(e.endpoints.s3 ? { credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } } : {}),
    }),
  );
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
