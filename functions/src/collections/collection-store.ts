/**
 * The collection calendar in the table (shared/src/entities/collection-calendar.ts, docs/collections.md): one small
 * partition per commune — the streets item and one item per year — read whole or by a range of years, and written by
 * a conditional put (the version read is still the stored one) in one transaction with its audit entry.
 */
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { collectionKeys, type AuditEntryItem, type CollectionStreetsItem, type CollectionYearItem } from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';
import { putIfVersion } from '../lib/put-if-version.js';

export async function streetsItem(commune: string): Promise<CollectionStreetsItem | undefined> {
  const r = await ddb().send(new GetCommand({ TableName: env().tableName, Key: collectionKeys.collectionStreets(commune) }));
  return r.Item as CollectionStreetsItem | undefined;
}

export async function yearItem(commune: string, year: number): Promise<CollectionYearItem | undefined> {
  const r = await ddb().send(new GetCommand({ TableName: env().tableName, Key: collectionKeys.collectionYear(commune, year) }));
  return r.Item as CollectionYearItem | undefined;
}

/** The years from `from` to `to` (included) that have a calendar, in order. */
export async function yearItems(commune: string, from: number, to: number): Promise<CollectionYearItem[]> {
  const r = await ddb().send(
    new QueryCommand({
      TableName: env().tableName,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': collectionKeys.collectionPartition(commune),
        ':from': collectionKeys.collectionYearSk(from),
        ':to': collectionKeys.collectionYearSk(to),
      },
    }),
  );
  return (r.Items ?? []) as CollectionYearItem[];
}

/** Every year and the streets (the staff screen, the streets import's zones): one partition, a few items. */
export async function wholeCalendar(commune: string): Promise<{ years: CollectionYearItem[]; streets?: CollectionStreetsItem }> {
  const items: (CollectionYearItem | CollectionStreetsItem)[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const r = await ddb().send(
      new QueryCommand({
        TableName: env().tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': collectionKeys.collectionPartition(commune) },
        ExclusiveStartKey: start,
      }),
    );
    items.push(...((r.Items ?? []) as (CollectionYearItem | CollectionStreetsItem)[]));
    start = r.LastEvaluatedKey;
  } while (start);
  return {
    years: items.filter((i): i is CollectionYearItem => i.type === 'collection-year'),
    streets: items.find((i): i is CollectionStreetsItem => i.type === 'collection-streets'),
  };
}

/** Writes a year's or the streets' item if the stored one is still at `expected` (none: undefined); false when another import came first. */
export function putCalendarItem(
  item: CollectionYearItem | CollectionStreetsItem,
  expected: number | undefined,
  audit: AuditEntryItem,
): Promise<boolean> {
  return putIfVersion(item, expected, audit);
}
