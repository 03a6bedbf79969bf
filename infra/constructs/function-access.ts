import { Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { BUCKET_FOLDERS, accessStatements, resourceArn, type BucketFolder, type DeploymentArns, type FunctionAccess } from '@tandem/shared';
import { nagRef } from './nag-ref.js';

export interface AccessTargets {
  table: ITable;
  uploads: IBucket;
  bus: IEventBus;
  /** The sender address: SES sending is limited to it. */
  mailFrom: string;
}

/** Why each folder is granted on a prefix, not on single objects (cdk-nag IAM5). */
const FOLDER_KEYS: Record<BucketFolder, string> = {
  uploads: 'generated per upload (commune, date, random id)',
  reports: 'generated per report photo (commune, tracking code, number)',
  permits: 'generated per permit file (commune, tracking code, random id or document name)',
};

/** The deployment's ARNs, as CDK tokens. */
export function deploymentArns(fn: IFunction, t: AccessTargets): DeploymentArns {
  const stack = Stack.of(fn);
  return {
    table: t.table.tableArn,
    bucket: t.uploads.bucketArn,
    bus: t.bus.eventBusArn,
    userPools: stack.formatArn({ service: 'cognito-idp', resource: 'userpool', resourceName: '*' }),
    mailIdentities: stack.formatArn({ service: 'ses', resource: 'identity', resourceName: '*' }),
  };
}

/**
 * Grants a function exactly the access its key declares in API_FUNCTIONS / BACKGROUND_FUNCTIONS, as the
 * statements of accessStatements() (the same ones the local runtime enforces): table read (no Scan) or
 * read/write, Query on the indexes, objects by bucket folder, Cognito's sign-in actions, staff-account admin actions
 * on staff pools only (aws:ResourceTag), PutEvents on the bus only,
 * SES sending only from the platform's address.
 */
export function grantDeclaredAccess(fn: IFunction, access: FunctionAccess, t: AccessTargets): void {
  const stack = Stack.of(fn);
  const arns = deploymentArns(fn, t);
  for (const s of accessStatements(access)) {
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: [...s.actions],
        resources: s.resources.map((r) => resourceArn(r, arns)),
        ...(s.fromPlatformAddress ? { conditions: { StringEquals: { 'ses:FromAddress': t.mailFrom } } } : {}),
        ...(s.resourceTags
          ? {
              conditions: { StringEquals: Object.fromEntries(Object.entries(s.resourceTags).map(([k, v]) => [`aws:ResourceTag/${k}`, v])) },
            }
          : {}),
      }),
    );
    for (const r of s.resources) {
      if (r.kind === 'objects') {
        const bucketRef = Stack.of(t.uploads).getLogicalId(t.uploads.node.defaultChild as never);
        const prefix = BUCKET_FOLDERS[r.folder];
        Validations.of(fn).acknowledge({
          id: `AwsSolutions-IAM5[Resource::<${bucketRef}.Arn>/${prefix}*]`,
          reason: `Object keys under ${prefix} are ${FOLDER_KEYS[r.folder]}, so access is granted on the folder, not on single objects.`,
        });
      }
      if (r.kind === 'user-pools') {
        Validations.of(fn).acknowledge({
          id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:cognito-idp:${nagRef(stack.region, 'AWS::Region')}:${nagRef(stack.account, 'AWS::AccountId')}:userpool/*]`,
          reason: s.resourceTags
            ? 'Admins manage the staff accounts of whichever commune is asked; the commune pools live in CommuneStacks deployed after this stack (one per commune, added over time), so they cannot be listed here. The statement is limited by condition to pools tagged as staff pools (STAFF_POOL_TAGS), and to the account actions of COGNITO_ADMIN_ACTIONS.'
            : 'Sign-in calls InitiateAuth on the app client of whichever commune is asked; the commune pools live in CommuneStacks deployed after this stack (one per commune, added over time), so they cannot be listed here. Only the sign-in actions of COGNITO_SIGN_IN_ACTIONS (shared/src/access-policy.ts) are granted, no Admin* action.',
        });
      }
      if (r.kind === 'mail-identities') {
        Validations.of(fn).acknowledge({
          id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ses:${nagRef(stack.region, 'AWS::Region')}:${nagRef(stack.account, 'AWS::AccountId')}:identity/*]`,
          reason:
            "SES authorises a send against the sender and (in the sandbox) each recipient identity, which are not known in advance; the statement is limited by condition to the platform's From address.",
        });
      }
    }
  }
}
