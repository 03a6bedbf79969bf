/**
 * Tenant credentials in Lambda: the function assumes its tenant role (TENANT_ROLE_ARN) with the session tag
 * commune=<id>. The role's policy allows the function's table and bucket actions only on that commune's keys
 * (shared/src/access-policy.ts, tenantStatements). One AssumeRole per commune per container, renewed shortly
 * before the hour it lasts (role chaining caps sessions at one hour).
 */
import { AssumeRoleCommand, STSClient } from '@aws-sdk/nested-clients/sts';
import { TENANT_TAG } from '@tandem/shared';
import type { TenantSession } from './aws.js';
import type { FunctionEnv } from './env.js';

export const TENANT_SESSION_SECONDS = 3600;

let sts: STSClient | undefined;

/** Session names show in CloudTrail: the commune first, then the function (64 characters at most). */
export const tenantSessionName = (commune: string) =>
  `${commune}@${process.env.AWS_LAMBDA_FUNCTION_NAME ?? 'tandem'}`.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);

export async function stsTenantCredentials(e: FunctionEnv, commune: string): Promise<TenantSession> {
  sts ??= new STSClient({ region: e.region });
  const out = await sts.send(
    new AssumeRoleCommand({
      RoleArn: e.tenantRoleArn,
      RoleSessionName: tenantSessionName(commune),
      DurationSeconds: TENANT_SESSION_SECONDS,
      Tags: [{ Key: TENANT_TAG, Value: commune }],
    }),
  );
  const c = out.Credentials;
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.Expiration) throw new Error(`AssumeRole for ${commune} returned no credentials`);
  return {
    credentials: { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration },
    expiration: c.Expiration,
  };
}
