import { Validations, type CfnElement, type Stack } from 'aws-cdk-lib';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { nagAttRef, nagRef } from '../constructs/nag-ref.js';

/** The one managed policy CDK gives every Lambda role (CloudWatch Logs only). */
export const LAMBDA_BASIC_EXECUTION =
  'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]';

/** Findings that hold for every function of a stack, acknowledged once with their reason. */
export function suppressPlatformWideFindings(stack: Stack): void {
  Validations.of(stack).acknowledge(
    {
      id: LAMBDA_BASIC_EXECUTION,
      reason:
        'AWSLambdaBasicExecutionRole only lets a function write its own CloudWatch logs; every other permission is an inline least-privilege statement.',
    },
    {
      id: 'AwsSolutions-L1',
      reason:
        "The issue pins Lambda to nodejs22.x (the toolchain and tests run Node 20/22); CDK-provided helper functions follow CDK's own choice.",
    },
  );
}

/** CDK's BucketDeployment helper (a singleton function at stack level) copies the built site into its bucket. */
export function suppressSiteDeploymentFindings(stack: Stack, siteBucket: Bucket): void {
  const handler = stack.node.children.find((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
  if (!handler) throw new Error('BucketDeployment handler not found');
  const reason =
    "CDK's BucketDeployment helper syncs the built site from the CDK asset bucket into the site bucket (aws s3 sync needs list, read, write and delete on both) and invalidates the distribution (CreateInvalidation has no resource-level permission).";
  const siteBucketArn = nagAttRef(handler, siteBucket.node.defaultChild as CfnElement, 'Arn');
  const assetBucket = `cdk-hnb659fds-assets-${nagRef(stack.account, 'AWS::AccountId')}-${nagRef(stack.region, 'AWS::Region')}`;
  const findings = [
    'Action::s3:GetBucket*',
    'Action::s3:GetObject*',
    'Action::s3:List*',
    'Action::s3:Abort*',
    'Action::s3:DeleteObject*',
    `Resource::arn:<AWS::Partition>:s3:::${assetBucket}/*`,
    `Resource::${siteBucketArn}/*`,
    'Resource::*',
  ];
  Validations.of(handler).acknowledge(...findings.map((f) => ({ id: `AwsSolutions-IAM5[${f}]`, reason })));
}
