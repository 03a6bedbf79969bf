/**
 * The environment the handlers read (functions/src/lib/env.ts), pointed at the local stand-ins. The cloud
 * sets the same variables in CDK, without the *_ENDPOINT ones.
 */
import { join } from 'node:path';
import { observabilityEnv } from '@tandem/shared';
import { resetClients } from '../../../functions/src/lib/aws.js';
import { resetObservability } from '../../../functions/src/lib/observability.js';
import { clearCommuneCache } from '../../../functions/src/communes/commune-store.js';

export interface LocalEndpoints {
  dynamodb: string;
  s3: string;
  cognito: string;
  /** Where the local server accepts EventBridge PutEvents. */
  eventbridge: string;
  /** The site's origin, e.g. http://localhost:4321. */
  publicBaseUrl: string;
  /** Origin of cognito-local's token issuer, ending in '/'. */
  trustedIssuerPrefix: string;
  outboxDir: string;
  /** The local identity provider's state folder, and cognito-local's data folder (it keeps its database in .cognito/db). */
  identityDir: string;
  cognitoDir: string;
  /** The local gateway's real-time management API (`http://127.0.0.1:<port>/realtime`), for the fan-out's client. */
  realtimeConnections?: string;
  /** The Web Push key file (VAPID_KEY_FILE); push subscriptions may then also name http endpoints on loopback. */
  pushKeysFile?: string;
}

export const LOCAL_TABLE_NAME = 'tandem';
export const LOCAL_EVENT_BUS_NAME = 'tandem';
export const LOCAL_REGION = 'eu-west-1';
/** JSON {poolId: tags} of the local user pools, set by the provisioning (the local IAM reads aws:ResourceTag from it). */
export const LOCAL_POOL_TAGS_ENV = 'TANDEM_LOCAL_POOL_TAGS';

/** `quiet`: the request log lines only from WARN up (tests); TANDEM_LOCAL_METRICS=1 prints the EMF metrics too. */
export function handlerEnv(e: LocalEndpoints, uploadsBucket: string, options: { quiet?: boolean } = {}): Record<string, string> {
  return {
    ...observabilityEnv('local', { quiet: options.quiet, metrics: process.env.TANDEM_LOCAL_METRICS === '1' }),
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    TABLE_NAME: LOCAL_TABLE_NAME,
    UPLOADS_BUCKET: uploadsBucket,
    EVENT_BUS_NAME: LOCAL_EVENT_BUS_NAME,
    PUBLIC_BASE_URL: e.publicBaseUrl,
    TRUSTED_ISSUER_PREFIX: e.trustedIssuerPrefix,
    MAIL_TRANSPORT: 'outbox',
    MAIL_FROM: 'Tandem <no-reply@tandem.localhost>',
    OUTBOX_DIR: e.outboxDir,
    IDENTITY_PROVIDER: 'local',
    LOCAL_IDENTITY_DIR: e.identityDir,
    LOCAL_COGNITO_DB_DIR: join(e.cognitoDir, '.cognito', 'db'),
    DYNAMODB_ENDPOINT: e.dynamodb,
    S3_ENDPOINT: e.s3,
    COGNITO_ENDPOINT: e.cognito,
    EVENTBRIDGE_ENDPOINT: e.eventbridge,
    ...(e.realtimeConnections ? { REALTIME_CONNECTIONS_URL: e.realtimeConnections } : {}),
    ...(e.pushKeysFile ? { VAPID_KEY_FILE: e.pushKeysFile, PUSH_LOOPBACK_ENDPOINTS: '1' } : {}),
  };
}

/** Puts the variables into process.env and makes the handlers' cached clients and config forget the old ones. */
export function applyHandlerEnv(vars: Record<string, string>): void {
  Object.assign(process.env, vars);
  resetClients();
  resetObservability();
  clearCommuneCache();
}
