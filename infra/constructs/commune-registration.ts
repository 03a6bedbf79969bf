import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId, type AwsSdkCall } from 'aws-cdk-lib/custom-resources';
import { marshall } from '@aws-sdk/util-dynamodb';
import { Construct } from 'constructs';
import { keys, publicCommuneConfig, type CommuneConfig } from '@tandem/shared';

/** How the commune's staff sign in (same fields as CommuneAuth in functions/src/communes/commune-store.ts). */
export interface RegistrationAuth {
  staffPoolId: string;
  staffClientId: string;
  staffIssuer: string;
  citizenPoolId?: string;
  citizenClientId?: string;
}

/**
 * The registration item, with exactly the shape of registrationItem(config, auth) in
 * functions/src/communes/commune-store.ts, minus the demo accounts (never created in the cloud).
 */
export function registrationItemFor(config: CommuneConfig, auth: RegistrationAuth): Record<string, unknown> {
  return { ...keys.commune(config.id), ...keys.communeIndex(config.id), type: 'commune', id: config.id, config: publicCommuneConfig(config), auth };
}

/** The Cognito issuer of a pool: what staff tokens carry in `iss`. */
export function cognitoIssuer(region: string, poolId: string): string {
  return `https://cognito-idp.${region}.amazonaws.com/${poolId}`;
}

/** Writes the commune's registration into the platform table on create and on every update of the stack. */
export class CommuneRegistration extends Construct {
  readonly resource: AwsCustomResource;
  readonly item: Record<string, unknown>;

  constructor(scope: Construct, id: string, props: { table: ITable; config: CommuneConfig; auth: RegistrationAuth }) {
    super(scope, id);
    this.item = registrationItemFor(props.config, props.auth);
    const put: AwsSdkCall = {
      service: 'DynamoDB',
      action: 'PutItem',
      parameters: { TableName: props.table.tableName, Item: marshall(this.item, { removeUndefinedValues: true }) },
      physicalResourceId: PhysicalResourceId.of(`tandem-commune-${props.config.id}`),
    };
    this.resource = new AwsCustomResource(this, 'PutItem', {
      resourceType: 'Custom::TandemCommuneRegistration',
      onCreate: put,
      onUpdate: put,
      installLatestAwsSdk: false,
      policy: AwsCustomResourcePolicy.fromStatements([
        new PolicyStatement({
          actions: ['dynamodb:PutItem'],
          resources: [props.table.tableArn],
          // Only this commune's registration item.
          conditions: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [keys.commune(props.config.id).pk] } },
        }),
      ]),
    });
  }
}
