import { Validations, type Stack } from 'aws-cdk-lib';

/** The one managed policy CDK gives every Lambda role (CloudWatch Logs only). */
export const LAMBDA_BASIC_EXECUTION = 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]';

/** Findings that hold for every function of a stack, acknowledged once with their reason. */
export function suppressPlatformWideFindings(stack: Stack): void {
  Validations.of(stack).acknowledge(
    { id: LAMBDA_BASIC_EXECUTION, reason: 'AWSLambdaBasicExecutionRole only lets a function write its own CloudWatch logs; every other permission is an inline least-privilege statement.' },
    { id: 'AwsSolutions-L1', reason: 'The issue pins Lambda to nodejs22.x (the toolchain and tests run Node 20/22); CDK-provided helper functions follow CDK\'s own choice.' },
  );
}
