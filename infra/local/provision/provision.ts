/**
 * Provisions everything the handlers expect, from the shared definitions: table, uploads bucket, each
 * commune's pools and demo accounts, and each commune's registration. Safe to rerun on every start.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { STAFF_POOL_TAGS, type CommuneConfig } from '@tandem/shared';
import { putCommuneRegistration } from '../../../functions/src/communes/commune-store.js';
import { ensureTable } from './table.js';
import { applyLifecycleRules, ensureUploadsBucket } from './bucket.js';
import { ensureCommuneIdentity, type ProvisionedIdentity } from './identity.js';
import { issueDemoOpen311Keys } from './open311-demo-key.js';
import { enrolDemoAdmins } from './demo-totp.js';
import { readState, writeState } from './state.js';
import { LOCAL_CREDENTIALS } from '../services/dynamodb-local.js';
import { S3RVER_CREDENTIALS } from '../services/s3rver.js';
import { applyHandlerEnv, LOCAL_POOL_TAGS_ENV, LOCAL_REGION } from '../handlers/handler-env.js';

export interface ProvisionInput {
  /** The handler environment (handler-env.ts): endpoints, table and bucket names. */
  env: Record<string, string>;
  stateFile: string;
  communes: CommuneConfig[];
  /** Origins allowed to POST photos straight to the bucket. */
  siteOrigins: string[];
}

export interface ProvisionResult {
  streamArn: string;
  /** Per commune: pool and client ids and the observed token issuer. */
  identities: Record<string, ProvisionedIdentity>;
}

export async function provisionPlatform(input: ProvisionInput): Promise<ProvisionResult> {
  const { env } = input;
  const ddb = new DynamoDBClient({ region: LOCAL_REGION, endpoint: env.DYNAMODB_ENDPOINT, credentials: LOCAL_CREDENTIALS });
  const s3 = new S3Client({
    region: LOCAL_REGION,
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: true,
    credentials: S3RVER_CREDENTIALS,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const cognito = new CognitoIdentityProviderClient({
    region: LOCAL_REGION,
    endpoint: env.COGNITO_ENDPOINT,
    credentials: LOCAL_CREDENTIALS,
  });
  try {
    const [table] = await Promise.all([
      ensureTable(ddb, env.TABLE_NAME),
      ensureUploadsBucket(s3, env.UPLOADS_BUCKET, input.siteOrigins).then(() => applyLifecycleRules(s3, env.UPLOADS_BUCKET, new Date())),
    ]);
    const state = readState(input.stateFile);
    const identities: Record<string, ProvisionedIdentity> = {};
    for (const commune of input.communes) {
      const id = await ensureCommuneIdentity(cognito, commune, state.communes[commune.id], env.COGNITO_ENDPOINT);
      identities[commune.id] = id;
      const { staffIssuer: _staffIssuer, citizenIssuer: _citizenIssuer, ...ids } = id;
      state.communes[commune.id] = ids;
      if (!id.staffIssuer.startsWith(env.TRUSTED_ISSUER_PREFIX)) {
        throw new Error(`cognito-local issues tokens as ${id.staffIssuer}, outside TRUSTED_ISSUER_PREFIX ${env.TRUSTED_ISSUER_PREFIX}`);
      }
    }
    writeState(input.stateFile, state);
    // The pools' tags, for the local IAM's aws:ResourceTag conditions (cognito-local keeps no tags): set in the
    // handler env, which the test workers receive too.
    env[LOCAL_POOL_TAGS_ENV] = JSON.stringify(
      Object.fromEntries(Object.values(identities).map((id) => [id.staffPoolId, STAFF_POOL_TAGS] as const)),
    );

    // The registration goes through the functions' own store, with the functions' own env.
    applyHandlerEnv(env);
    for (const commune of input.communes) {
      const id = identities[commune.id];
      await putCommuneRegistration(commune, {
        staffPoolId: id.staffPoolId,
        staffClientId: id.staffClientId,
        staffIssuer: id.staffIssuer,
        citizenPoolId: id.citizenPoolId,
        citizenClientId: id.citizenClientId,
        citizenIssuer: id.citizenIssuer,
      });
    }
    await issueDemoOpen311Keys(input.communes);
    await enrolDemoAdmins(
      cognito,
      input.communes,
      Object.fromEntries(Object.entries(identities).map(([c, id]) => [c, id.staffPoolId])),
      env,
    );
    return { streamArn: table.streamArn, identities };
  } finally {
    ddb.destroy();
    s3.destroy();
    cognito.destroy();
  }
}
