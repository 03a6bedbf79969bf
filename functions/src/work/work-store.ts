/**
 * Reads of the work items' table entries (tasks, projects, their activity and followers), all by key: an item by
 * its key, a partition's items by sort-key prefix, an index partition by sort-key range. No Scan.
 */
import { BatchGetCommand, type BatchGetCommandOutput, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { TIMELINE_PREFIX, projectKeys, taskKeys, type ProjectItem, type TaskItem, type WorkActivityItem } from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';

type Key = { pk: string; sk: string };

export async function getItem<T>(key: Key): Promise<T | undefined> {
  const res = await ddb().send(new GetCommand({ TableName: env().tableName, Key: key, ConsistentRead: true }));
  return res.Item as T | undefined;
}

export const getTask = (commune: string, id: string) => getItem<TaskItem>(taskKeys.task(commune, id));
export const getProject = (commune: string, id: string) => getItem<ProjectItem>(projectKeys.project(commune, id));

/** The items of a partition whose sort key starts with `prefix`, in sort-key order. */
export async function partitionItems<T>(pk: string, prefix: string, forward = true): Promise<T[]> {
  const out: T[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const res = await ddb().send(
      new QueryCommand({
        TableName: env().tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
        ExpressionAttributeValues: { ':pk': pk, ':p': prefix },
        ScanIndexForward: forward,
        ConsistentRead: true,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    out.push(...((res.Items ?? []) as T[]));
    start = res.LastEvaluatedKey;
  } while (start);
  return out;
}

/** A work item's activity, oldest first. */
export const activityOf = (pk: string) => partitionItems<WorkActivityItem>(pk, TIMELINE_PREFIX);

export type IndexName = 'gsi1' | 'gsi2' | 'gsi3';

export interface IndexRange {
  /** Sort keys from `from` to `to` (both included), or starting with `prefix`. */
  from?: string;
  to?: string;
  prefix?: string;
  newestFirst?: boolean;
  limit?: number;
}

/** One partition of an index, in sort-key order (reversed when `newestFirst`), up to `limit` items. */
export async function queryIndex<T>(index: IndexName, pk: string, r: IndexRange = {}): Promise<T[]> {
  const values: Record<string, unknown> = { ':pk': pk };
  let cond = `${index}pk = :pk`;
  if (r.prefix !== undefined) {
    cond += ` AND begins_with(${index}sk, :p)`;
    values[':p'] = r.prefix;
  } else if (r.from !== undefined && r.to !== undefined) {
    cond += ` AND ${index}sk BETWEEN :lo AND :hi`;
    values[':lo'] = r.from;
    values[':hi'] = r.to;
  }
  const out: T[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const res = await ddb().send(
      new QueryCommand({
        TableName: env().tableName,
        IndexName: index,
        KeyConditionExpression: cond,
        ExpressionAttributeValues: values,
        ScanIndexForward: !r.newestFirst,
        ...(r.limit ? { Limit: r.limit - out.length } : {}),
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    out.push(...((res.Items ?? []) as T[]));
    start = res.LastEvaluatedKey;
  } while (start && (!r.limit || out.length < r.limit));
  return out;
}

/**
 * One page of an index partition: up to `size` items after `startKey`, and the key to start the next page from when
 * more remain (one item more is read to know, so a cursor never leads to an empty page).
 */
export async function queryIndexPage<T extends Record<string, unknown>>(
  index: IndexName,
  pk: string,
  r: { size: number; newestFirst?: boolean; startKey?: Record<string, unknown> },
): Promise<{ items: T[]; next?: Record<string, unknown> }> {
  const out: T[] = [];
  let start = r.startKey;
  do {
    const res = await ddb().send(
      new QueryCommand({
        TableName: env().tableName,
        IndexName: index,
        KeyConditionExpression: `${index}pk = :pk`,
        ExpressionAttributeValues: { ':pk': pk },
        ScanIndexForward: !r.newestFirst,
        Limit: r.size + 1 - out.length,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    out.push(...((res.Items ?? []) as T[]));
    start = res.LastEvaluatedKey;
  } while (start && out.length <= r.size);
  if (out.length <= r.size) return { items: out };
  const items = out.slice(0, r.size);
  const last = items[items.length - 1];
  return { items, next: { pk: last.pk, sk: last.sk, [`${index}pk`]: last[`${index}pk`], [`${index}sk`]: last[`${index}sk`] } };
}

/** Tasks by id (index copies are eventually consistent: the lists read the items themselves when they need them whole). */
export async function getTasks(commune: string, ids: readonly string[]): Promise<TaskItem[]> {
  const unique = [...new Set(ids)];
  const out: TaskItem[] = [];
  for (let i = 0; i < unique.length; i += 100) {
    let keys: Record<string, unknown>[] | undefined = unique.slice(i, i + 100).map((id) => taskKeys.task(commune, id));
    while (keys?.length) {
      const res: BatchGetCommandOutput = await ddb().send(new BatchGetCommand({ RequestItems: { [env().tableName]: { Keys: keys } } }));
      out.push(...((res.Responses?.[env().tableName] ?? []) as TaskItem[]));
      keys = res.UnprocessedKeys?.[env().tableName]?.Keys;
    }
  }
  return out;
}
