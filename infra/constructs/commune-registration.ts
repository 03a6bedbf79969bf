import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId, type AwsSdkCall } from 'aws-cdk-lib/custom-resources';
import { marshall } from '@aws-sdk/util-dynamodb';
import { Construct } from 'constructs';
import { communeRegistrationItem, keys, type CommuneAuth, type CommuneConfig, type CommuneRegistrationItem } from '@tandem/shared';

/** The Cognito issuer of a pool: what staff tokens carry in `iss`. */
export function cognitoIssuer(region: string, poolId: string): string {
  return `https://cognito-idp.${region}.amazonaws.com/${poolId}`;
}

/** Writes the commune's registration into the platform table on create and on every update of the stack. */
export class CommuneRegistration extends Construct {
  readonly resource: AwsCustomResource;
  /** The item written: `communeRegistrationItem()`, the same builder the local provisioning uses. */
  readonly item: CommuneRegistrationItem;

  constructor(scope: Construct, id: string, props: { table: ITable; config: CommuneConfig; auth: CommuneAuth }) {
    super(scope, id);
    this.item = communeRegistrationItem(props.config, props.auth);
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
