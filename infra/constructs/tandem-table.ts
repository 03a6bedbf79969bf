import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { TABLE_GSIS, TABLE_KEYS, TABLE_STREAM_VIEW, TABLE_TTL_ATTRIBUTE } from '@tandem/shared';

const STREAM_VIEWS: Record<typeof TABLE_STREAM_VIEW, StreamViewType> = { NEW_IMAGE: StreamViewType.NEW_IMAGE };

/** The single table from shared/src/table.ts: keys, GSIs, TTL and stream as defined there; on-demand, PITR, kept on delete. */
export function createTandemTable(scope: Construct, id: string): Table {
  const table = new Table(scope, id, {
    partitionKey: { name: TABLE_KEYS.partitionKey, type: AttributeType.STRING },
    sortKey: { name: TABLE_KEYS.sortKey, type: AttributeType.STRING },
    billingMode: BillingMode.PAY_PER_REQUEST,
    timeToLiveAttribute: TABLE_TTL_ATTRIBUTE,
    stream: STREAM_VIEWS[TABLE_STREAM_VIEW],
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    encryption: TableEncryption.AWS_MANAGED,
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  for (const gsi of TABLE_GSIS) {
    table.addGlobalSecondaryIndex({
      indexName: gsi.name,
      partitionKey: { name: gsi.partitionKey, type: AttributeType.STRING },
      sortKey: { name: gsi.sortKey, type: AttributeType.STRING },
      projectionType: ProjectionType.ALL,
    });
  }
  return table;
}
