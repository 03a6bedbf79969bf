import { keepPolicyInline } from './inline-role-policy.js';
import { type CfnElement, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { ArnPrincipal, type IRole, PolicyStatement, Role } from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction, IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { IConstruct } from 'constructs';
import {
  BUCKET_FOLDERS,
  COGNITO_DIRECTORY_ACTIONS,
  TENANT_TAG,
  TENANT_TAG_VARIABLE,
  accessStatements,
  needsTenantRole,
  resourceArn,
  type AccessStatement,
  type BucketFolder,
  type DeploymentArns,
  type FunctionAccess,
} from '@tandem/shared';
import { nagAttRef, nagRef } from './nag-ref.js';

export interface AccessTargets {
  table: ITable;
  uploads: IBucket;
  bus: IEventBus;
  /** The sender address: SES sending is limited to it. */
  mailFrom: string;
  /**
   * The real-time WebSocket API's connections, as an ARN pattern of `<api>/realtime/<method>/@connections/<id>`
   * (docs/realtime.md): the platform stack's TandemRealtimeApi. Without it, `manageConnections` is granted on an API that cannot exist.
   */
  connections?: string;
  /** How cdk-nag spells `connections` in an IAM5 finding id (TandemRealtimeApi.connectionsNagResource). */
  connectionsNagResource?: (scope: IConstruct) => string;
  /** The Web Push key secret (push-keys-secret.ts): GetSecretValue for the functions that declare `pushKeys`. */
  pushKeys?: ISecret;
}

/** Why each folder is granted on a prefix, not on single objects (cdk-nag IAM5). */
const FOLDER_KEYS: Record<BucketFolder, string> = {
  uploads: 'generated per upload (commune, date, random id)',
  reports: 'generated per report photo (commune, tracking code, number)',
  permits: 'generated per permit file (commune, tracking code, random id or document name)',
  tasks: 'generated per file joined to a task or a comment (commune, task or project id, random id)',
  worksites: 'generated per progress photo (commune, project id, random id)',
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
    connections: t.connections ?? stack.formatArn({ service: 'execute-api', resource: 'no-realtime-api-yet' }),
    pushKeys: t.pushKeys?.secretArn ?? stack.formatArn({ service: 'secretsmanager', resource: 'secret', resourceName: 'no-push-keys-yet' }),
  };
}

/** IAM conditions of a statement: ses:FromAddress, aws:ResourceTag, or dynamodb:LeadingKeys (every key must match, and be there: no Scan). */
function conditionsOf(s: AccessStatement, t: AccessTargets): Record<string, Record<string, unknown>> | undefined {
  if (s.fromPlatformAddress) return { StringEquals: { 'ses:FromAddress': t.mailFrom } };
  if (s.resourceTags)
    return { StringEquals: Object.fromEntries(Object.entries(s.resourceTags).map(([k, v]) => [`aws:ResourceTag/${k}`, v])) };
  if (s.leadingKeys)
    return { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...s.leadingKeys] }, Null: { 'dynamodb:LeadingKeys': 'false' } };
  return undefined;
}

const policyStatement = (s: AccessStatement, arns: DeploymentArns, t: AccessTargets) => {
  const conditions = conditionsOf(s, t);
  return new PolicyStatement({
    actions: [...s.actions],
    resources: s.resources.map((r) => resourceArn(r, arns)),
    ...(conditions ? { conditions } : {}),
  });
};

/**
 * The function's tenant role: assumed by the function's own role only, only with a commune session tag and no
 * other tag; its policy is the function's declared table and bucket access limited to that commune's keys.
 */
function tenantRoleOf(fn: LambdaFunction, statements: AccessStatement[], arns: DeploymentArns, t: AccessTargets): IRole {
  const trusted = new ArnPrincipal(fn.role!.roleArn)
    .withConditions({
      StringLike: { [`aws:RequestTag/${TENANT_TAG}`]: '?*' },
      'ForAllValues:StringEquals': { 'aws:TagKeys': [TENANT_TAG] },
    })
    .withSessionTags();
  const role = new Role(fn, 'TenantRole', {
    assumedBy: trusted,
    description: `Tenant access of ${fn.node.path}: its table and bucket access, on the keys of the commune tagged on the session`,
  });
  keepPolicyInline(role);
  for (const s of statements) role.addToPolicy(policyStatement(s, arns, t));
  for (const s of statements)
    for (const r of s.resources) {
      if (r.kind !== 'objects') continue;
      const bucketArn = nagAttRef(role, t.uploads.node.defaultChild as CfnElement, 'Arn');
      const prefix = BUCKET_FOLDERS[r.folder];
      Validations.of(role).acknowledge({
        // cdk-nag writes the policy variable ${aws:PrincipalTag/commune} as <aws:PrincipalTag/commune>.
        id: `AwsSolutions-IAM5[Resource::${bucketArn}/${prefix}<${TENANT_TAG_VARIABLE.slice(2, -1)}>/*]`,
        reason: `Object keys under ${prefix}<commune>/ are ${FOLDER_KEYS[r.folder]}, so access is granted on the commune's part of the folder, not on single objects.`,
      });
    }
  return role;
}

/**
 * Grants a function exactly the access its key declares in API_FUNCTIONS / BACKGROUND_FUNCTIONS, as the
 * statements of accessStatements() (the same ones the local runtime enforces). Its own role gets what is not per
 * commune (reading registrations, Cognito's sign-in actions, staff-account admin actions on staff pools only
 * (aws:ResourceTag), PutEvents on the bus only, SES sending only from the
 * platform's address, assuming its tenant role); its tenant role gets table read (no Scan) or read/write, Query
 * on the indexes and objects by bucket folder, on the keys of the commune the session is tagged with
 * (docs/tenant-isolation.md). TENANT_ROLE_ARN tells the handler which role to assume.
 */
export function grantDeclaredAccess(fn: LambdaFunction, access: FunctionAccess, t: AccessTargets): void {
  const stack = Stack.of(fn);
  const arns = deploymentArns(fn, t);
  const { base, tenant } = accessStatements(access);
  if (needsTenantRole(access)) {
    const role = tenantRoleOf(fn, tenant, arns, t);
    arns.tenantRole = role.roleArn;
    fn.addEnvironment('TENANT_ROLE_ARN', role.roleArn);
  }
  // Only the functions that may read the Web Push keys learn where they are (functions/src/notifications/push-keys.ts).
  if (access.pushKeys && t.pushKeys) fn.addEnvironment('VAPID_SECRET_ARN', t.pushKeys.secretArn);
  for (const s of base) {
    fn.addToRolePolicy(policyStatement(s, arns, t));
    for (const r of s.resources) {
      if (r.kind === 'user-pools') {
        Validations.of(fn).acknowledge({
          id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:cognito-idp:${nagRef(stack.region, 'AWS::Region')}:${nagRef(stack.account, 'AWS::AccountId')}:userpool/*]`,
          reason: s.actions.every((a) => (COGNITO_DIRECTORY_ACTIONS as readonly string[]).includes(a))
            ? 'The staff directory lists the members of the role and department groups of whichever commune is asked; the commune pools live in CommuneStacks deployed after this stack, so they cannot be listed here. The statement is limited by condition to pools tagged as staff pools (STAFF_POOL_TAGS), and to COGNITO_DIRECTORY_ACTIONS (ListUsersInGroup only).'
            : s.resourceTags
              ? 'Admins manage the staff accounts of whichever commune is asked; the commune pools live in CommuneStacks deployed after this stack (one per commune, added over time), so they cannot be listed here. The statement is limited by condition to pools tagged as staff pools (STAFF_POOL_TAGS), and to the account actions of COGNITO_ADMIN_ACTIONS.'
              : 'Sign-in calls InitiateAuth on the app client of whichever commune is asked; the commune pools live in CommuneStacks deployed after this stack (one per commune, added over time), so they cannot be listed here. Only the sign-in actions of COGNITO_SIGN_IN_ACTIONS (shared/src/access-policy.ts) are granted, no Admin* action.',
        });
      }
      if (r.kind === 'connections' && t.connectionsNagResource) {
        Validations.of(fn).acknowledge({
          id: `AwsSolutions-IAM5[Resource::${t.connectionsNagResource(fn)}]`,
          reason:
            "The fan-out posts to (and closes) whichever connections subscribed to a change; connection ids are API Gateway's, made at each $connect. The statement names this WebSocket API's @connections of its one stage only, and only ManageConnections.",
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
