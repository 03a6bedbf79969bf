/**
 * DynamoDB access for the statistics: every read is a key range (a day or a period of one list, or the rollup's
 * days), never a scan; what a figure needs is projected, nothing more (docs/statistics.md).
 */
import { paginateQuery, PutCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { keys, type StatsDayItem } from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';

const table = () => env().tableName;

/** Every item of one key range (all its pages), with the attributes asked for only. */
/** Every item of one key range (all its pages, or until more than `maxItems` are read), with the attributes asked for only. */
export async function queryAll<T>(input: Omit<QueryCommandInput, 'TableName'>, maxItems = Number.POSITIVE_INFINITY): Promise<T[]> {
  const items: T[] = [];
  for await (const page of paginateQuery({ client: ddb(), pageSize: 1000 }, { TableName: table(), ...input })) {
    items.push(...((page.Items ?? []) as T[]));
    if (items.length > maxItems) break;
  }
  return items;
}

/** A list index's items of a key range [start, end] (sort keys are instant-first: `<instant>#<id>`). */
export function queryIndexRange<T>(
  index: 'gsi1' | 'gsi2' | 'gsi3',
  pk: string,
  range: { start: string; end: string },
  projection: string[],
  opts: { newestFirst?: boolean; maxItems?: number } = {},
): Promise<T[]> {
  const names = Object.fromEntries(projection.map((a, i) => [`#a${i}`, a]));
  return queryAll<T>(
    {
      IndexName: index,
      KeyConditionExpression: `#pk = :pk AND #sk BETWEEN :start AND :end`,
      ExpressionAttributeNames: { '#pk': `${index}pk`, '#sk': `${index}sk`, ...names },
      ExpressionAttributeValues: { ':pk': pk, ':start': range.start, ':end': range.end },
      ProjectionExpression: Object.keys(names).join(', '),
      ScanIndexForward: !opts.newestFirst,
    },
    opts.maxItems,
  );
}

/** The rolled-up days of a period (one key range of at most 366 items). */
export function readRollups(commune: string, from: string, to: string): Promise<StatsDayItem[]> {
  return queryAll<StatsDayItem>({
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':pk': keys.statsDays(commune), ':from': from, ':to': to },
  });
}

/** Writes a day's rollup: the same day computed twice writes the same item (the job may run again). */
export async function putRollup(item: StatsDayItem): Promise<void> {
  await ddb().send(new PutCommand({ TableName: table(), Item: item }));
}
