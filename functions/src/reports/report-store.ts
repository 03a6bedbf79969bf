/** DynamoDB access for reports. Every query is by key; nothing scans. */
import { GetCommand, QueryCommand, TransactWriteCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { keys, type ReportState } from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';
import type { ReportItem, TimelineItem } from './report-item.js';

const table = () => env().tableName;

export interface IdempotencyItem {
  pk: string;
  sk: string;
  type: 'idempotency';
  requestHash: string;
  code: string;
  createdAt: string;
  expiresAt: number;
}

export async function getReport(commune: string, code: string): Promise<ReportItem | undefined> {
  const res = await ddb().send(new GetCommand({ TableName: table(), Key: keys.report(commune, code), ConsistentRead: true }));
  return res.Item as ReportItem | undefined;
}

/** The report and all its timeline items, oldest first, in one query of its partition. */
export async function getReportWithTimeline(commune: string, code: string): Promise<{ report: ReportItem; timeline: TimelineItem[] } | undefined> {
  let report: ReportItem | undefined;
  const timeline: TimelineItem[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const res = await ddb().send(new QueryCommand({
      TableName: table(), KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': keys.reportPk(commune, code) },
      ConsistentRead: true, ExclusiveStartKey,
    }));
    for (const item of res.Items ?? []) {
      if (item.type === 'report') report = item as ReportItem;
      else if (item.type === 'timeline') timeline.push(item as TimelineItem);
    }
    ExclusiveStartKey = res.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return report ? { report, timeline } : undefined;
}

export async function getIdempotency(commune: string, key: string): Promise<IdempotencyItem | undefined> {
  const res = await ddb().send(new GetCommand({ TableName: table(), Key: keys.idempotency(commune, key), ConsistentRead: true }));
  return res.Item as IdempotencyItem | undefined;
}

export type InsertOutcome = 'created' | 'code_taken' | 'idempotency_taken' | 'busy';

/** DynamoDB cancels a transaction that races another on the same item; the caller retries. */
function isTransactionConflict(e: TransactionCanceledException): boolean {
  return (e.CancellationReasons ?? []).some((r) => r.Code === 'TransactionConflict');
}
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Writes a new report, its first timeline item and (optionally) its idempotency record, all or nothing. */
export async function insertReport(report: ReportItem, first: TimelineItem, idem?: IdempotencyItem): Promise<InsertOutcome> {
  try {
    await ddb().send(new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName: table(), Item: report, ConditionExpression: 'attribute_not_exists(pk)' } },
        { Put: { TableName: table(), Item: first } },
        ...(idem ? [{ Put: { TableName: table(), Item: idem, ConditionExpression: 'attribute_not_exists(pk)' } }] : []),
      ],
    }));
    return 'created';
  } catch (e) {
    if (e instanceof TransactionCanceledException) {
      const reasons = e.CancellationReasons ?? [];
      if (reasons[2]?.Code === 'ConditionalCheckFailed') return 'idempotency_taken';
      if (reasons[0]?.Code === 'ConditionalCheckFailed') return 'code_taken';
      if (isTransactionConflict(e)) return 'busy';
    }
    throw e;
  }
}

/**
 * Applies a change to a report only if nobody changed it since `expectedVersion`, together with its
 * timeline item (and the request's idempotency record, if any). 'stale' when the version no longer matches
 * (the caller answers 409); 'replayed' when the idempotency record shows this very request was applied.
 */
export type ChangeOutcome = 'applied' | 'stale' | 'replayed';

export async function applyChange(
  report: Pick<ReportItem, 'commune' | 'code'>,
  expectedVersion: number,
  set: Partial<ReportItem>,
  remove: (keyof ReportItem)[],
  item: TimelineItem,
  idem?: IdempotencyItem,
  attempt = 0,
): Promise<ChangeOutcome> {
  const names: Record<string, string> = { '#v': 'version' };
  const values: Record<string, unknown> = { ':expected': expectedVersion, ':one': 1 };
  const sets = ['#v = #v + :one'];
  Object.entries(set).forEach(([k, v], i) => {
    if (v === undefined) return;
    names[`#s${i}`] = k;
    values[`:s${i}`] = v;
    sets.push(`#s${i} = :s${i}`);
  });
  const removes = remove.map((k, i) => {
    names[`#r${i}`] = k;
    return `#r${i}`;
  });
  try {
    await ddb().send(new TransactWriteCommand({
      TransactItems: [
        {
          Update: {
            TableName: table(), Key: keys.report(report.commune, report.code),
            UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
            ConditionExpression: 'attribute_exists(pk) AND #v = :expected',
            ExpressionAttributeNames: names, ExpressionAttributeValues: values,
          },
        },
        { Put: { TableName: table(), Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
        ...(idem ? [{ Put: { TableName: table(), Item: idem, ConditionExpression: 'attribute_not_exists(pk)' } }] : []),
      ],
    }));
    return 'applied';
  } catch (e) {
    if (e instanceof TransactionCanceledException) {
      const reasons = e.CancellationReasons ?? [];
      if (reasons[2]?.Code === 'ConditionalCheckFailed') return 'replayed';
      if (reasons[0]?.Code === 'ConditionalCheckFailed') return 'stale';
      if (isTransactionConflict(e) && attempt < 3) {
        // Another change is being written right now: once it lands, the version check decides.
        await pause(50 + Math.random() * 100);
        return applyChange(report, expectedVersion, set, remove, item, idem, attempt + 1);
      }
    }
    throw e;
  }
}

export interface ListFilter {
  state?: ReportState;
  category?: string;
  department?: string;
  /** ISO bounds on createdAt (inclusive). */
  from?: string;
  to?: string;
}

/**
 * Lists reports newest first: by state on gsi2 when a state is given, else all on gsi1; category and
 * department filter within. Reads pages until `limit` items are found or `maxPages` is reached.
 */
export async function listReports(
  commune: string,
  filter: ListFilter,
  limit: number,
  startKey?: Record<string, unknown>,
  maxPages = 10,
): Promise<{ items: ReportItem[]; lastKey?: Record<string, unknown> }> {
  const byState = Boolean(filter.state);
  const index = byState ? 'gsi2' : 'gsi1';
  const pkName = byState ? 'gsi2pk' : 'gsi1pk';
  const skName = byState ? 'gsi2sk' : 'gsi1sk';
  const names: Record<string, string> = { '#pk': pkName };
  if (filter.from || filter.to) names['#sk'] = skName;
  const values: Record<string, unknown> = { ':pk': byState ? keys.reportsByState(commune, filter.state!) : keys.reportsAll(commune) };
  let cond = '#pk = :pk';
  if (filter.from && filter.to) { cond += ' AND #sk BETWEEN :from AND :to'; values[':from'] = filter.from; values[':to'] = `${filter.to}~`; }
  else if (filter.from) { cond += ' AND #sk >= :from'; values[':from'] = filter.from; }
  else if (filter.to) { cond += ' AND #sk <= :to'; values[':to'] = `${filter.to}~`; }
  const filters: string[] = [];
  if (filter.category) { names['#cat'] = 'category'; values[':cat'] = filter.category; filters.push('#cat = :cat'); }
  if (filter.department) { names['#dep'] = 'department'; values[':dep'] = filter.department; filters.push('#dep = :dep'); }

  const items: ReportItem[] = [];
  let lastKey = startKey;
  for (let page = 0; page < maxPages && items.length < limit; page++) {
    const input: QueryCommandInput = {
      TableName: table(), IndexName: index, KeyConditionExpression: cond, ScanIndexForward: false,
      ExpressionAttributeNames: names, ExpressionAttributeValues: values, Limit: limit - items.length,
      ...(filters.length ? { FilterExpression: filters.join(' AND '), Limit: Math.max(limit, 25) } : {}),
      ExclusiveStartKey: lastKey,
    };
    const res = await ddb().send(new QueryCommand(input));
    for (const it of res.Items ?? []) {
      if (items.length < limit) items.push(it as ReportItem);
      else {
        // Stop exactly after the last returned item so the next page starts right after it.
        const last = items[items.length - 1];
        return { items, lastKey: indexKey(last, pkName, skName) };
      }
    }
    lastKey = res.LastEvaluatedKey;
    if (!lastKey) break;
  }
  return { items, lastKey };
}

function indexKey(r: ReportItem, pkName: string, skName: string): Record<string, unknown> {
  const rec = r as unknown as Record<string, unknown>;
  return { pk: r.pk, sk: r.sk, [pkName]: rec[pkName], [skName]: rec[skName] };
}

/** Open reports in the given geohash cells (gsi3 is sparse: closed reports are not in it). */
export async function openReportsInCells(commune: string, cells: string[], category?: string): Promise<ReportItem[]> {
  const results = await Promise.all(cells.map(async (cell) => {
    const res = await ddb().send(new QueryCommand({
      TableName: table(), IndexName: 'gsi3',
      KeyConditionExpression: category ? 'gsi3pk = :pk AND begins_with(gsi3sk, :cat)' : 'gsi3pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.openCell(commune, cell), ...(category ? { ':cat': `${category}#` } : {}) },
      Limit: 50,
    }));
    return (res.Items ?? []) as ReportItem[];
  }));
  return results.flat();
}
