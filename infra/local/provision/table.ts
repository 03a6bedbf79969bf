/** Creates the single table in DynamoDB Local from shared/src/table.ts (idempotent). */
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  type DynamoDBClient,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
  type AttributeDefinition,
} from '@aws-sdk/client-dynamodb';
import { TABLE_GSIS, TABLE_KEYS, TABLE_STREAM_VIEW, TABLE_TTL_ATTRIBUTE } from '@tandem/shared';

export interface TableInfo {
  tableName: string;
  streamArn: string;
  created: boolean;
}

export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<TableInfo> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (!Table?.LatestStreamArn) throw new Error(`table ${tableName} exists without a stream: run \`npm run reset\``);
    await ensureTtl(client, tableName); // a start killed right after creating the table did not get to it
    return { tableName, streamArn: Table.LatestStreamArn, created: false };
  } catch (e) {
    if (!(e instanceof ResourceNotFoundException)) throw e;
  }
  const names = new Set<string>([TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey]);
  for (const g of TABLE_GSIS) {
    names.add(g.partitionKey);
    names.add(g.sortKey);
  }
  const AttributeDefinitions: AttributeDefinition[] = [...names].map((AttributeName) => ({ AttributeName, AttributeType: 'S' }));
  const res = await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions,
      KeySchema: [
        { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: TABLE_GSIS.map((g) => ({
        IndexName: g.name,
        KeySchema: [
          { AttributeName: g.partitionKey, KeyType: 'HASH' },
          { AttributeName: g.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
      StreamSpecification: { StreamEnabled: true, StreamViewType: TABLE_STREAM_VIEW },
    }),
  );
  await waitUntilTableExists({ client, maxWaitTime: 30 }, { TableName: tableName });
  await ensureTtl(client, tableName);
  const streamArn = res.TableDescription?.LatestStreamArn;
  if (!streamArn) throw new Error('DynamoDB Local created the table without a stream');
  return { tableName, streamArn, created: true };
}

async function ensureTtl(client: DynamoDBClient, tableName: string): Promise<void> {
  const { TimeToLiveDescription: ttl } = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  if (ttl?.TimeToLiveStatus === 'ENABLED' || ttl?.TimeToLiveStatus === 'ENABLING') return;
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { Enabled: true, AttributeName: TABLE_TTL_ATTRIBUTE },
    }),
  );
}
