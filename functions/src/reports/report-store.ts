/** DynamoDB access for reports. Every query is by key; nothing scans. */
import { GetCommand, paginateQuery, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  keys,
  type AuditEntryItem,
  type FeedbackAnswerItem,
  type IdempotencyItem,
  type ReportItem,
  type ReportState,
  type TimelineItem,
  type WatcherItem,
  type WorkActivityItem,
} from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';
import type { ChangeOutcome, TableItem } from '../lib/versioned-write.js';
import { insertNew, type InsertOutcome } from '../lib/insert-new.js';
import { checkStartKey } from '../lib/cursor.js';
import { LIST_READ_BUDGET, readFilteredPage, type FilteredPage } from '../lib/filtered-page.js';

export type { ChangeOutcome };

const table = () => env().tableName;

export async function getReport(commune: string, code: string): Promise<ReportItem | undefined> {
  const res = await ddb().send(new GetCommand({ TableName: table(), Key: keys.report(commune, code), ConsistentRead: true }));
  return res.Item as ReportItem | undefined;
}

/**
 * The report and all its timeline items, oldest first, in one query of its partition; with, for the staff view only,
 * its staff comments (activity items, beside the timeline under TL#: never to be shown outside the staff) and the
 * subs of its watchers.
 */
export async function getReportWithTimeline(
  commune: string,
  code: string,
): Promise<
  | { report: ReportItem; timeline: TimelineItem[]; activity: WorkActivityItem[]; watchers: string[]; feedback: FeedbackAnswerItem[] }
  | undefined
> {
  let report: ReportItem | undefined;
  const feedback: FeedbackAnswerItem[] = [];
  const timeline: TimelineItem[] = [];
  const activity: WorkActivityItem[] = [];
  const watchers: string[] = [];
  const pages = paginateQuery(
    { client: ddb() },
    {
      TableName: table(),
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.reportPk(commune, code) },
      ConsistentRead: true,
    },
  );
  for await (const page of pages) {
    for (const item of page.Items ?? []) {
      if (item.type === 'report') report = item as ReportItem;
      else if (item.type === 'timeline') timeline.push(item as TimelineItem);
      else if (item.type === 'activity') activity.push(item as WorkActivityItem);
      else if (item.type === 'watcher') watchers.push((item as WatcherItem).sub);
      else if (item.type === 'feedback') feedback.push(item as FeedbackAnswerItem);
    }
  }
  return report ? { report, timeline, activity, watchers, feedback } : undefined;
}

export type { InsertOutcome };

/** Writes a new report, its first timeline item and (optionally) its idempotency record, all or nothing. */
/** `audit`: the staff member's audit entry, when one files it (a report from the field). */
export async function insertReport(
  report: ReportItem,
  first: TimelineItem,
  idem?: IdempotencyItem,
  audit?: AuditEntryItem,
  /** Further new items written with it (the contact index's entries, the citizen account's entry of its requests). */
  more: TableItem[] = [],
): Promise<InsertOutcome> {
  return insertNew(report, first, idem, more, audit ? [audit] : []);
}

/** Applies a change to a report with its timeline item, guarded by the version the agent saw (see versioned-write.ts). */
export interface ListFilter {
  state?: ReportState;
  category?: string;
  department?: string;
  /** Only these departments' reports (what a worker may list). */
  departments?: readonly string[];
  /** ISO bounds on createdAt (inclusive). */
  from?: string;
  to?: string;
}

/** A report's keys on the lists' indexes, which a page's cursor is made of: read whatever the projection. */
type ListKeyAttribute = 'pk' | 'sk' | 'gsi1pk' | 'gsi1sk' | 'gsi2pk' | 'gsi2sk';
const LIST_KEY_ATTRIBUTES: readonly ListKeyAttribute[] = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk'];

/**
 * Lists reports newest first: by state on gsi2 when a state is given, else all on gsi1; category and
 * department filter within (no index of their own: a commune's few categories and departments would each
 * need one, and most inbox views set no such filter). Reads until `limit` items are found, the index is
 * exhausted, or `readBudget` entries were read (then the page says `partial`; see filtered-page.ts).
 * `attributes`: only these of each report (and its index keys) come back, for a list that shows a few of them
 * (Open311's: a thousand reports an answer, their personal data never read).
 */
export async function listReports<K extends keyof ReportItem = keyof ReportItem>(
  commune: string,
  filter: ListFilter,
  limit: number,
  startKey?: Record<string, unknown>,
  readBudget = LIST_READ_BUDGET,
  attributes?: readonly K[],
): Promise<FilteredPage<Pick<ReportItem, K | ListKeyAttribute>>> {
  const byState = Boolean(filter.state);
  const index = byState ? 'gsi2' : 'gsi1';
  const pkName = byState ? 'gsi2pk' : 'gsi1pk';
  const skName = byState ? 'gsi2sk' : 'gsi1sk';
  const names: Record<string, string> = { '#pk': pkName };
  if (filter.from || filter.to) names['#sk'] = skName;
  const values: Record<string, unknown> = { ':pk': byState ? keys.reportsByState(commune, filter.state!) : keys.reportsAll(commune) };
  let cond = '#pk = :pk';
  if (filter.from && filter.to) {
    cond += ' AND #sk BETWEEN :from AND :to';
    values[':from'] = filter.from;
    values[':to'] = `${filter.to}~`;
  } else if (filter.from) {
    cond += ' AND #sk >= :from';
    values[':from'] = filter.from;
  } else if (filter.to) {
    cond += ' AND #sk <= :to';
    values[':to'] = `${filter.to}~`;
  }
  const filters: string[] = [];
  if (filter.category) {
    names['#cat'] = 'category';
    values[':cat'] = filter.category;
    filters.push('#cat = :cat');
  }
  if (filter.department) {
    names['#dep'] = 'department';
    values[':dep'] = filter.department;
    filters.push('#dep = :dep');
  }
  if (filter.departments) {
    names['#deps'] = 'department';
    const placeholders = filter.departments.map((d, i) => {
      values[`:deps${i}`] = d;
      return `:deps${i}`;
    });
    filters.push(`#deps IN (${placeholders.join(', ')})`);
  }
  let projection: string | undefined;
  if (attributes) {
    const read = [...new Set<string>([...attributes, ...LIST_KEY_ATTRIBUTES])];
    projection = read
      .map((a, i) => {
        names[`#a${i}`] = a;
        return `#a${i}`;
      })
      .join(', ');
  }
  return readFilteredPage<Pick<ReportItem, K | ListKeyAttribute>>(
    {
      TableName: table(),
      IndexName: index,
      KeyConditionExpression: cond,
      ScanIndexForward: false,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
      ...(projection ? { ProjectionExpression: projection } : {}),
    },
    {
      limit,
      startKey: checkStartKey(startKey, { pkName, skName, pkValue: String(values[':pk']) }),
      filtered: filters.length > 0,
      readBudget,
      keyOf: (r) => indexKey(r, pkName, skName),
    },
  );
}

function indexKey(
  r: Pick<ReportItem, ListKeyAttribute>,
  pkName: 'gsi1pk' | 'gsi2pk',
  skName: 'gsi1sk' | 'gsi2sk',
): Record<string, unknown> {
  return { pk: r.pk, sk: r.sk, [pkName]: r[pkName], [skName]: r[skName] };
}

/** At most this many open reports are read per geohash cell (a town centre's cell may hold more than one page). */
export const MAX_OPEN_REPORTS_PER_CELL = 400;

/**
 * Open reports in the given geohash cells (gsi3 is sparse: closed reports are not in it), every page of each cell
 * up to MAX_OPEN_REPORTS_PER_CELL: a busy cell must not hide its newest reports behind its oldest.
 */
export async function openReportsInCells(commune: string, cells: string[], category?: string): Promise<ReportItem[]> {
  const results = await Promise.all(
    cells.map(async (cell) => {
      const out: ReportItem[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const res = await ddb().send(
          new QueryCommand({
            TableName: table(),
            IndexName: 'gsi3',
            KeyConditionExpression: category ? 'gsi3pk = :pk AND begins_with(gsi3sk, :cat)' : 'gsi3pk = :pk',
            ExpressionAttributeValues: { ':pk': keys.openCell(commune, cell), ...(category ? { ':cat': `${category}#` } : {}) },
            Limit: 100,
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
        );
        out.push(...((res.Items ?? []) as ReportItem[]));
        start = res.LastEvaluatedKey;
      } while (start && out.length < MAX_OPEN_REPORTS_PER_CELL);
      return out.slice(0, MAX_OPEN_REPORTS_PER_CELL);
    }),
  );
  return results.flat();
}
