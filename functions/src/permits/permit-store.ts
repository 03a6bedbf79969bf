/** DynamoDB access for permits. Every query is by key; nothing scans. */
import { BatchGetCommand, type BatchGetCommandOutput, GetCommand, paginateQuery, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  keys,
  permitKeyItem,
  type AuditEntryItem,
  type IdempotencyItem,
  type OpinionItem,
  type PermitItem,
  type PermitKeyItem,
  type PermitKind,
  type PermitState,
  type PermitTimelineItem,
  type WatcherItem,
  type WorkActivityItem,
} from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';
import { insertNew, type InsertOutcome } from '../lib/insert-new.js';
import type { TableItem } from '../lib/versioned-write.js';
import { checkStartKey } from '../lib/cursor.js';
import { LIST_READ_BUDGET, readFilteredPage, type FilteredPage } from '../lib/filtered-page.js';
import { isConditionFailure } from '../lib/condition-failure.js';

const table = () => env().tableName;

export async function getPermit(commune: string, code: string): Promise<PermitItem | undefined> {
  const res = await ddb().send(new GetCommand({ TableName: table(), Key: keys.permit(commune, code), ConsistentRead: true }));
  return res.Item as PermitItem | undefined;
}

export interface PermitBundle {
  permit: PermitItem;
  timeline: PermitTimelineItem[];
  opinions: OpinionItem[];
  key?: string;
  /** Staff comments (activity items beside the timeline under TL#: the staff view only) and the watchers' subs. */
  activity?: WorkActivityItem[];
  watchers?: string[];
}

/** The permit, its timeline (oldest first) and its opinions, in one query of its partition. */
export async function getPermitBundle(commune: string, code: string): Promise<PermitBundle | undefined> {
  let permit: PermitItem | undefined;
  const timeline: PermitTimelineItem[] = [];
  const opinions: OpinionItem[] = [];
  const activity: WorkActivityItem[] = [];
  const watchers: string[] = [];
  let key: string | undefined;
  const pages = paginateQuery(
    { client: ddb() },
    {
      TableName: table(),
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.permitPk(commune, code) },
      ConsistentRead: true,
    },
  );
  for await (const page of pages) {
    for (const item of page.Items ?? []) {
      if (item.type === 'permit') permit = item as PermitItem;
      else if (item.type === 'timeline') timeline.push(item as PermitTimelineItem);
      else if (item.type === 'opinion') opinions.push(item as OpinionItem);
      else if (item.type === 'permit-key') key = (item as PermitKeyItem).key;
      else if (item.type === 'activity') activity.push(item as WorkActivityItem);
      else if (item.type === 'watcher') watchers.push((item as WatcherItem).sub);
    }
  }
  return permit ? { permit, timeline, opinions, key, activity, watchers } : undefined;
}

export async function insertPermit(
  permit: PermitItem,
  first: PermitTimelineItem,
  key: string,
  idem?: IdempotencyItem,
  /** Further new items (the contact index's entries, the citizen account's entry of its requests), and the audit entry of a staff member's filing (the counter). */
  more: TableItem[] = [],
  audit?: AuditEntryItem,
): Promise<InsertOutcome> {
  // A draft's key expires with it.
  return insertNew(permit, first, idem, [permitKeyItem(permit, key), ...more], audit ? [audit] : []);
}

export interface PermitListFilter {
  state?: PermitState;
  kind?: PermitKind;
}

/**
 * Submitted permits: by state on gsi2 (soonest first day first) when a state is given, else all on gsi1
 * (newest first); the kind filters within. Reads until `limit` items are found, the index is exhausted,
 * or `readBudget` entries were read (then the page says `partial`; see filtered-page.ts).
 */
export async function listPermits(
  commune: string,
  filter: PermitListFilter,
  limit: number,
  startKey?: Record<string, unknown>,
  readBudget = LIST_READ_BUDGET,
): Promise<FilteredPage<PermitItem>> {
  const byState = Boolean(filter.state);
  const [index, pkName, skName] = byState ? (['gsi2', 'gsi2pk', 'gsi2sk'] as const) : (['gsi1', 'gsi1pk', 'gsi1sk'] as const);
  const names: Record<string, string> = { '#pk': pkName };
  const values: Record<string, unknown> = { ':pk': byState ? keys.permitsByState(commune, filter.state!) : keys.permitsAll(commune) };
  if (filter.kind) {
    names['#kind'] = 'kind';
    values[':kind'] = filter.kind;
  }
  return readFilteredPage<PermitItem>(
    {
      TableName: table(),
      IndexName: index,
      KeyConditionExpression: '#pk = :pk',
      ScanIndexForward: byState,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ...(filter.kind ? { FilterExpression: '#kind = :kind' } : {}),
    },
    {
      limit,
      startKey: checkStartKey(startKey, { pkName, skName, pkValue: String(values[':pk']) }),
      filtered: Boolean(filter.kind),
      readBudget,
      keyOf: (p) => ({ pk: p.pk, sk: p.sk, [pkName]: p[pkName], [skName]: p[skName] }),
    },
  );
}

/** All permits in one state (the scheduler's and the map's read; a state holds few at a time). */
export async function permitsInState(commune: string, state: PermitState, startsUpTo?: string): Promise<PermitItem[]> {
  const out: PermitItem[] = [];
  const pages = paginateQuery(
    { client: ddb() },
    {
      TableName: table(),
      IndexName: 'gsi2',
      KeyConditionExpression: startsUpTo ? 'gsi2pk = :pk AND gsi2sk <= :to' : 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.permitsByState(commune, state), ...(startsUpTo ? { ':to': `${startsUpTo}~` } : {}) },
    },
  );
  for await (const page of pages) out.push(...((page.Items ?? []) as PermitItem[]));
  return out;
}

/** Opinions a department still owes, soonest due first (gsi3 is sparse: given opinions leave it). */
export async function pendingOpinionsOf(commune: string, department: string, dueUpTo?: string, limit = 500): Promise<OpinionItem[]> {
  const out: OpinionItem[] = [];
  const pages = paginateQuery(
    { client: ddb() },
    {
      TableName: table(),
      IndexName: 'gsi3',
      KeyConditionExpression: dueUpTo ? 'gsi3pk = :pk AND gsi3sk <= :to' : 'gsi3pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.pendingOpinions(commune, department), ...(dueUpTo ? { ':to': `${dueUpTo}~` } : {}) },
      Limit: limit,
    },
  );
  for await (const page of pages) {
    out.push(...((page.Items ?? []) as OpinionItem[]));
    if (out.length >= limit) break;
  }
  return out.slice(0, limit);
}

/** The next number in a per-commune, per-kind, per-year sequence (atomic counter). */
export async function nextReferenceNumber(commune: string, prefix: string, year: string): Promise<number> {
  const res = await ddb().send(
    new UpdateCommand({
      TableName: table(),
      Key: keys.permitCounter(commune, prefix, year),
      UpdateExpression: 'ADD #n :one SET #t = :t',
      ExpressionAttributeNames: { '#n': 'n', '#t': 'type' },
      ExpressionAttributeValues: { ':one': 1, ':t': 'counter' },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(res.Attributes?.n ?? 1);
}

/** Several permits by code, in the order of the codes (missing ones left out). */
export async function getPermits(commune: string, codes: string[]): Promise<PermitItem[]> {
  const found = new Map<string, PermitItem>();
  for (let i = 0; i < codes.length; i += 100) {
    let request: Record<string, { Keys: Record<string, unknown>[] }> | undefined = {
      [table()]: { Keys: codes.slice(i, i + 100).map((c) => keys.permit(commune, c)) },
    };
    for (let round = 0; request && round < 5; round++) {
      const res: BatchGetCommandOutput = await ddb().send(new BatchGetCommand({ RequestItems: request }));
      for (const p of (res.Responses?.[table()] ?? []) as PermitItem[]) found.set(p.code, p);
      const left: Record<string, unknown>[] | undefined = res.UnprocessedKeys?.[table()]?.Keys;
      request = left?.length ? { [table()]: { Keys: left } } : undefined;
    }
  }
  return codes.map((c) => found.get(c)).filter((p): p is PermitItem => Boolean(p));
}

/** A claim older than this is a crashed attempt and may be taken over. */
export const ISSUING_CLAIM_MS = 2 * 60_000;

/**
 * Marks the permit as being issued by this request, if nobody changed it since it was read and nobody else
 * is issuing it: the winner alone draws a reference number and renders the documents. The version is not
 * bumped; the issue's own write removes the mark.
 */
export async function claimIssuing(p: Pick<PermitItem, 'pk' | 'sk' | 'version'>, now: Date): Promise<boolean> {
  try {
    await ddb().send(
      new UpdateCommand({
        TableName: table(),
        Key: { pk: p.pk, sk: p.sk },
        UpdateExpression: 'SET issuing = :now',
        ConditionExpression: '#v = :v AND (attribute_not_exists(issuing) OR issuing < :stale)',
        ExpressionAttributeNames: { '#v': 'version' },
        ExpressionAttributeValues: {
          ':now': now.toISOString(),
          ':v': p.version,
          ':stale': new Date(now.getTime() - ISSUING_CLAIM_MS).toISOString(),
        },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailure(e)) return false;
    throw e;
  }
}
