/**
 * Runtime configuration of every function, read from environment variables.
 * The cloud sets these in CDK; the local runtime sets them (with *_ENDPOINT for the local stand-ins).
 */
export interface FunctionEnv {
  region: string;
  tableName: string;
  uploadsBucket: string;
  eventBusName: string;
  /** Base URL of the public site, for links in e-mails and QR codes. */
  publicBaseUrl: string;
  /** Only tokens whose issuer starts with this are considered (https://cognito-idp.<region>.amazonaws.com/ in the cloud). */
  trustedIssuerPrefix: string;
  mailTransport: 'ses' | 'outbox';
  mailFrom: string;
  outboxDir?: string;
  /** Who signs staff in: Cognito, or the one-machine runtime's local provider (functions/src/auth/local-identity-provider.ts). */
  identityProvider: 'cognito' | 'local';
  /** Local provider only: its state folder, and cognito-local's database folder. */
  localIdentityDir?: string;
  localCognitoDbDir?: string;
  /** The function's tenant role, assumed per commune with the session tag commune=<id> (set by CDK; none locally). */
  tenantRoleArn?: string;
  /**
   * Web Push VAPID keys (functions/src/notifications/push-keys.ts): the secret's ARN (CDK, only for the functions that
   * declare `pushKeys`), or the local key file (one machine). `pushLoopback` lets subscriptions name an http endpoint on
   * loopback (the local push-service stand-in); never set in the cloud.
   */
  vapidSecretArn?: string;
  vapidKeyFile?: string;
  pushLoopback: boolean;
  endpoints: { dynamodb?: string; s3?: string; cognito?: string; eventbridge?: string };
  /**
   * The real-time WebSocket API's management URL, `https://<api>.execute-api.<region>.amazonaws.com/realtime` (set by
   * CDK on the fan-out; locally the local gateway's `http://127.0.0.1:<port>/realtime`). Unset: changes go to the
   * catch-up feed only (docs/realtime.md).
   */
  realtimeConnectionsUrl?: string;
}

export function readEnv(e: NodeJS.ProcessEnv = process.env): FunctionEnv {
  const region = e.AWS_REGION ?? 'eu-west-1';
  return {
    region,
    tableName: e.TABLE_NAME ?? 'tandem',
    uploadsBucket: e.UPLOADS_BUCKET ?? 'tandem-uploads',
    eventBusName: e.EVENT_BUS_NAME ?? 'tandem',
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? 'http://localhost:4321').replace(/\/$/, ''),
    trustedIssuerPrefix: e.TRUSTED_ISSUER_PREFIX ?? `https://cognito-idp.${region}.amazonaws.com/`,
    mailTransport: e.MAIL_TRANSPORT === 'outbox' ? 'outbox' : 'ses',
    mailFrom: e.MAIL_FROM ?? 'no-reply@tandem.example',
    outboxDir: e.OUTBOX_DIR,
    identityProvider: e.IDENTITY_PROVIDER === 'local' ? 'local' : 'cognito',
    localIdentityDir: e.LOCAL_IDENTITY_DIR,
    localCognitoDbDir: e.LOCAL_COGNITO_DB_DIR,
    tenantRoleArn: e.TENANT_ROLE_ARN || undefined,
    vapidSecretArn: e.VAPID_SECRET_ARN || undefined,
    vapidKeyFile: e.VAPID_KEY_FILE || undefined,
    pushLoopback: e.PUSH_LOOPBACK_ENDPOINTS === '1',
    endpoints: {
      dynamodb: e.DYNAMODB_ENDPOINT,
      s3: e.S3_ENDPOINT,
      cognito: e.COGNITO_ENDPOINT,
      eventbridge: e.EVENTBRIDGE_ENDPOINT,
    },
    realtimeConnectionsUrl: e.REALTIME_CONNECTIONS_URL || undefined,
  };
}
