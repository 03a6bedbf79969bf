/**
 * The Web Push key secret (docs/notifications.md, "Web Push"): a random seed from which the functions derive the VAPID
 * P-256 key pair (functions/src/notifications/push-keys.ts). Secrets Manager generates it at creation: no custom
 * resource, one resource in a stack near CloudFormation's 500. Read only by the functions that declare `pushKeys`
 * (shared/src/routes.ts), through grantDeclaredAccess (GetSecretValue on this ARN, and VAPID_SECRET_ARN in their
 * environment). Kept when the stack is deleted or the secret replaced: a new seed unsubscribes every browser.
 */
import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';

export function createPushKeysSecret(scope: Construct, id: string): Secret {
  const secret = new Secret(scope, id, {
    description: 'Tandem Web Push: the seed of the VAPID key pair (functions/src/notifications/push-keys.ts)',
    generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false },
    removalPolicy: RemovalPolicy.RETAIN,
  });
  Validations.of(secret).acknowledge({
    id: 'AwsSolutions-SMG4',
    reason:
      'The VAPID key pair identifies the platform to the push services: every browser subscribed with its public key, so a rotation would silently unsubscribe every staff member. It is rotated by hand only (docs/notifications.md), with a new subscription from each browser.',
  });
  return secret;
}
