import { Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { TABLE_GSIS, type FunctionAccess } from '@tandem/shared';
import { nagRef } from './nag-ref.js';

/** Object key prefixes in the uploads bucket: browsers upload under uploads/, accepted photos live under reports/. */
export const UPLOADS_PREFIX = 'uploads/';
export const STORED_PREFIX = 'reports/';

export const TABLE_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'];
export const TABLE_WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];

export interface AccessTargets {
  table: ITable;
  uploads: IBucket;
  bus: IEventBus;
  /** The sender address: SES sending is limited to it. */
  mailFrom: string;
}

/**
 * Grants a function exactly the access its key declares in API_FUNCTIONS / BACKGROUND_FUNCTIONS:
 * table read (no Scan: no request path scans) or read/write, uploads by prefix, Cognito InitiateAuth,
 * PutEvents on the bus only, SES sending only from the platform's address.
 */
export function grantDeclaredAccess(fn: IFunction, access: FunctionAccess, t: AccessTargets): void {
  const stack = Stack.of(fn);
  if (access.table) {
    const resources = [t.table.tableArn, ...TABLE_GSIS.map((g) => `${t.table.tableArn}/index/${g.name}`)];
    const actions = access.table === 'write' ? [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS] : TABLE_READ_ACTIONS;
    fn.addToRolePolicy(new PolicyStatement({ actions, resources }));
  }
  if (access.uploads) {
    const arn = (prefix: string) => t.uploads.arnForObjects(`${prefix}*`);
    const statements: PolicyStatement[] = [];
    // Reading serves stored photos (presigned GET of reports/…).
    if (access.uploads === 'read') statements.push(new PolicyStatement({ actions: ['s3:GetObject'], resources: [arn(STORED_PREFIX)] }));
    // Writing signs the browser's presigned POST into uploads/.
    if (access.uploads === 'write') statements.push(new PolicyStatement({ actions: ['s3:PutObject'], resources: [arn(UPLOADS_PREFIX)] }));
    // Adopting an upload: check it (HEAD/GET), copy it under reports/, discard a bad one.
    if (access.uploads === 'readwrite') {
      statements.push(new PolicyStatement({ actions: ['s3:GetObject', 's3:DeleteObject'], resources: [arn(UPLOADS_PREFIX)] }));
      statements.push(new PolicyStatement({ actions: ['s3:GetObject', 's3:PutObject'], resources: [arn(STORED_PREFIX)] }));
    }
    for (const s of statements) fn.addToRolePolicy(s);
    acknowledgeObjectWildcards(fn, t.uploads, access.uploads);
  }
  if (access.cognitoAuth) {
    fn.addToRolePolicy(new PolicyStatement({
      actions: ['cognito-idp:InitiateAuth'],
      resources: [stack.formatArn({ service: 'cognito-idp', resource: 'userpool', resourceName: '*' })],
    }));
    Validations.of(fn).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:cognito-idp:${nagRef(stack.region, 'AWS::Region')}:${nagRef(stack.account, 'AWS::AccountId')}:userpool/*]`,
      reason: 'Sign-in calls InitiateAuth on the app client of whichever commune is asked; the commune pools live in CommuneStacks deployed after this stack (one per commune, added over time), so they cannot be listed here. The action is the only one granted.',
    });
  }
  if (access.bus) t.bus.grantPutEventsTo(fn);
  if (access.mail) {
    fn.addToRolePolicy(new PolicyStatement({
      actions: ['ses:SendEmail', 'ses:SendRawEmail'],
      resources: [stack.formatArn({ service: 'ses', resource: 'identity', resourceName: '*' })],
      conditions: { StringEquals: { 'ses:FromAddress': t.mailFrom } },
    }));
    Validations.of(fn).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ses:${nagRef(stack.region, 'AWS::Region')}:${nagRef(stack.account, 'AWS::AccountId')}:identity/*]`,
      reason: 'SES authorises a send against the sender and (in the sandbox) each recipient identity, which are not known in advance; the statement is limited by condition to the platform\'s From address.',
    });
  }
}

function acknowledgeObjectWildcards(fn: IFunction, bucket: IBucket, level: 'read' | 'write' | 'readwrite'): void {
  const bucketRef = Stack.of(bucket).getLogicalId(bucket.node.defaultChild as never);
  const prefixes = level === 'read' ? [STORED_PREFIX] : level === 'write' ? [UPLOADS_PREFIX] : [UPLOADS_PREFIX, STORED_PREFIX];
  for (const p of prefixes) {
    Validations.of(fn).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${bucketRef}.Arn>/${p}*]`,
      reason: `Object keys under ${p} are generated per photo (commune, date, random id), so access is granted on the prefix, not on single objects.`,
    });
  }
}

