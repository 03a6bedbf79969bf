import { CfnOutput, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import type { CommuneConfig } from '@tandem/shared';
import { CommunePools } from '../constructs/commune-pools.js';
import { CommuneRegistration, cognitoIssuer } from '../constructs/commune-registration.js';
import { LAMBDA_BASIC_EXECUTION } from './platform-acknowledgements.js';

export interface CommuneStackProps extends StackProps {
  config: CommuneConfig;
  /** The platform table (a cross-stack reference to PlatformStack's table). */
  table: ITable;
  /** The platform's SES sender: the citizen pool mails its e-mail codes through it (Cognito requires SES for them). */
  mailFrom?: string;
  /** The public site's URL (PlatformStack.publicBaseUrl): the FAS sign-in's return page is on it. */
  siteUrl?: string;
}

/** Stack id of a commune: `npx cdk deploy TandemCommune-<id>`. */
export const communeStackName = (id: string) => `TandemCommune-${id}`;

/**
 * One per commune (infra/communes/<id>.json): its staff and citizen user pools with their groups and web
 * clients, and its registration in the platform table. Demo accounts are never created in the cloud.
 */
export class CommuneStack extends Stack {
  readonly pools: CommunePools;
  readonly registration: CommuneRegistration;

  constructor(scope: Construct, id: string, props: CommuneStackProps) {
    super(scope, id, { description: `Tandem commune ${props.config.name} (${props.config.id})`, ...props });
    const { config } = props;
    this.pools = new CommunePools(this, 'Identity', { config, mailFrom: props.mailFrom, siteUrl: props.siteUrl });
    this.registration = new CommuneRegistration(this, 'Registration', {
      table: props.table,
      config,
      auth: {
        staffPoolId: this.pools.staffPool.userPoolId,
        staffClientId: this.pools.staffClient.userPoolClientId,
        staffIssuer: cognitoIssuer(this.region, this.pools.staffPool.userPoolId),
        citizenPoolId: this.pools.citizenPool.userPoolId,
        citizenClientId: this.pools.citizenClient.userPoolClientId,
        citizenIssuer: cognitoIssuer(this.region, this.pools.citizenPool.userPoolId),
        ...(this.pools.citizenFederation ? { citizenOAuthDomain: this.pools.citizenFederation.domain.baseUrl() } : {}),
      },
    });
    Validations.of(this).acknowledge(
      {
        id: LAMBDA_BASIC_EXECUTION,
        reason:
          "The registration custom resource (a CDK-provided function) only writes its own CloudWatch logs with this managed policy; its PutItem is an inline statement limited to this commune's item.",
      },
      {
        id: 'AwsSolutions-L1',
        reason: 'The registration custom resource is a CDK-provided function whose runtime CDK chooses and updates.',
      },
    );

    new CfnOutput(this, 'StaffPoolId', { value: this.pools.staffPool.userPoolId });
    new CfnOutput(this, 'StaffClientId', { value: this.pools.staffClient.userPoolClientId });
    new CfnOutput(this, 'CitizenPoolId', { value: this.pools.citizenPool.userPoolId });
    new CfnOutput(this, 'CitizenClientId', { value: this.pools.citizenClient.userPoolClientId });
  }
}
