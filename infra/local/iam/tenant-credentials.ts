/**
 * The local stand-in for STS AssumeRole with the session tag commune=<id>: there is no STS on one machine, so a
 * tenant session carries no keys of its own (the stand-ins' keys sign the request) but its session tags, which
 * the local IAM (local-iam.ts) evaluates as AWS evaluates `${aws:PrincipalTag/commune}`. The handler code path is
 * the Lambda one (functions/src/lib/aws.ts); only this provider differs.
 */
import { TENANT_TAG } from '@tandem/shared';
import type { TenantCredentialsProvider } from '../../../functions/src/lib/aws.js';
import { TENANT_SESSION_SECONDS } from '../../../functions/src/lib/tenant-credentials.js';

let issued = 0;
/** Tenant sessions issued in this process (the bench counts them: the AssumeRole calls a Lambda container would make). */
export const localTenantSessions = () => issued;

export const localTenantCredentials: TenantCredentialsProvider = async (commune) => {
  issued++;
  return { sessionTags: { [TENANT_TAG]: commune }, expiration: new Date(Date.now() + TENANT_SESSION_SECONDS * 1000) };
};
