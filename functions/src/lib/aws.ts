/** AWS clients, created lazily from the environment (local endpoints when set). */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { readEnv, type FunctionEnv } from './env.js';

let cached: { env: FunctionEnv; ddb?: DynamoDBDocumentClient; s3?: S3Client; cognito?: CognitoIdentityProviderClient; events?: EventBridgeClient } | undefined;

export function env(): FunctionEnv {
  cached ??= { env: readEnv() };
  return cached.env;
}

/** Forgets clients and configuration (tests that change the environment call this). */
export function resetClients(): void {
  cached = undefined;
}

const localCredentials = (endpoint?: string) =>
  endpoint ? { credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? 'local', secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? 'local' } } : {};

export function ddb(): DynamoDBDocumentClient {
  const e = env();
  cached!.ddb ??= DynamoDBDocumentClient.from(
    new DynamoDBClient({ region: e.region, endpoint: e.endpoints.dynamodb, ...localCredentials(e.endpoints.dynamodb) }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  return cached!.ddb;
}

export function s3(): S3Client {
  const e = env();
  cached!.s3 ??= new S3Client({
    region: e.region,
    endpoint: e.endpoints.s3,
    forcePathStyle: Boolean(e.endpoints.s3),
    // Without these, streamed uploads to S3-compatible local servers are silently corrupted.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(e.endpoints.s3 ? { credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } } : {}),
  });
  return cached!.s3;
}

export function cognito(): CognitoIdentityProviderClient {
  const e = env();
  cached!.cognito ??= new CognitoIdentityProviderClient({ region: e.region, endpoint: e.endpoints.cognito, ...localCredentials(e.endpoints.cognito) });
  return cached!.cognito;
}

export function eventBridge(): EventBridgeClient {
  const e = env();
  cached!.events ??= new EventBridgeClient({ region: e.region, endpoint: e.endpoints.eventbridge, ...localCredentials(e.endpoints.eventbridge) });
  return cached!.events;
}
