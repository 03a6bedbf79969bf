/**
 * Reading a commune's audit log (shared/src/entities/audit-entry.ts): the Brussels months of a period, newest
 * first, each read backwards within the period's instants, the filters applied by DynamoDB after the read. A page
 * goes from month to month until it is full; a filter that matches little is read within a budget, after which the
 * page is `partial` and its cursor searches on (as the other staff lists do, see lib/filtered-page.ts).
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  addDays,
  auditMonthOfPk,
  brusselsWallToMs,
  keys,
  type AuditAction,
  type AuditEntryItem,
  type AuditEntryView,
  type AuditItemKind,
  type IsoDate,
} from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';
import { badRequest } from '../lib/http.js';

export interface AuditFilters {
  /** An e-mail address (any case) or a staff id (sub). */
  staff?: string;
  kind?: AuditItemKind;
  item?: string;
  action?: AuditAction;
}

/** Brussels calendar days, both included. */
export interface AuditPeriod {
  from: IsoDate;
  to: IsoDate;
}

/** Where a page starts: a month's partition, after `sk` (absent: from the month's newest entry). */
export type AuditPosition = { pk: string; sk?: string };

export interface AuditPage {
  items: AuditEntryItem[];
  next?: AuditPosition;
  scanned: number;
  partial: boolean;
}

/** Entries read per query when a filter is set, and queries per page (a long period's empty months cost one each). */
const FILTERED_QUERY_SIZE = 250;
const MAX_QUERIES = 40;

/** The Brussels months ("2026-12") of a period, newest first. */
export function monthsNewestFirst(p: AuditPeriod): string[] {
  const out: string[] = [];
  let [y, m] = p.to.slice(0, 7).split('-').map(Number);
  const first = p.from.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month < first) break;
    out.push(month);
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  }
  return out;
}

/** The period's instants as sort-key bounds: from 00:00 on its first day to 00:00 after its last, in Brussels. */
export function periodBounds(p: AuditPeriod): { lo: string; hi: string } {
  return { lo: new Date(brusselsWallToMs(p.from)).toISOString(), hi: new Date(brusselsWallToMs(addDays(p.to, 1))).toISOString() };
}

const badCursor = () =>
  badRequest('this paging cursor belongs to another list', [{ name: 'cursor', reason: 'not a cursor from this list and period' }]);

/** A decoded cursor checked against the commune and the period (400 naming `cursor` otherwise). */
export function checkPosition(commune: string, p: AuditPeriod, key: Record<string, unknown> | undefined): AuditPosition | undefined {
  if (!key) return undefined;
  const names = Object.keys(key);
  if (!names.every((n) => n === 'pk' || n === 'sk') || typeof key.pk !== 'string') throw badCursor();
  const month = auditMonthOfPk(commune, key.pk);
  if (!month || !monthsNewestFirst(p).includes(month)) throw badCursor();
  if (key.sk === undefined) return { pk: key.pk };
  const { lo, hi } = periodBounds(p);
  if (typeof key.sk !== 'string' || key.sk < lo || key.sk > hi) throw badCursor();
  return { pk: key.pk, sk: key.sk };
}

function filterExpression(f: AuditFilters): { expr?: string; names: Record<string, string>; values: Record<string, unknown> } {
  const parts: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  if (f.staff) {
    parts.push('(actorSub = :staff OR actorEmail = :staff)');
    values[':staff'] = f.staff.includes('@') ? f.staff.toLowerCase() : f.staff;
  }
  if (f.kind) {
    parts.push('itemKind = :kind');
    values[':kind'] = f.kind;
  }
  if (f.item) {
    parts.push('itemId = :item');
    values[':item'] = f.item;
  }
  if (f.action) {
    parts.push('#action = :action');
    names['#action'] = 'action';
    values[':action'] = f.action;
  }
  return { ...(parts.length ? { expr: parts.join(' AND ') } : {}), names, values };
}

export async function readAuditPage(
  commune: string,
  period: AuditPeriod,
  filters: AuditFilters,
  opts: { limit: number; start?: AuditPosition; readBudget: number },
): Promise<AuditPage> {
  const months = monthsNewestFirst(period).map((m) => keys.auditMonthPk(commune, m));
  const { lo, hi } = periodBounds(period);
  const filter = filterExpression(filters);
  const filtered = Boolean(filter.expr);
  let mi = opts.start ? months.indexOf(opts.start.pk) : 0;
  let after: string | undefined = opts.start?.sk;
  const items: AuditEntryItem[] = [];
  let scanned = 0;
  let queries = 0;
  const here = (): AuditPosition | undefined => (mi < months.length ? { pk: months[mi], ...(after ? { sk: after } : {}) } : undefined);

  while (mi >= 0 && mi < months.length) {
    const room = filtered ? Math.min(opts.readBudget - scanned, FILTERED_QUERY_SIZE) : opts.limit - items.length;
    if (room <= 0 || queries >= MAX_QUERIES) return { items, next: here(), scanned, partial: true };
    const res = await ddb().send(
      new QueryCommand({
        TableName: env().tableName,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :lo AND :hi',
        ScanIndexForward: false,
        Limit: room,
        ...(after ? { ExclusiveStartKey: { pk: months[mi], sk: after } } : {}),
        ...(filter.expr ? { FilterExpression: filter.expr } : {}),
        ...(Object.keys(filter.names).length ? { ExpressionAttributeNames: filter.names } : {}),
        ExpressionAttributeValues: { ':pk': months[mi], ':lo': lo, ':hi': hi, ...filter.values },
      }),
    );
    queries += 1;
    scanned += res.ScannedCount ?? res.Items?.length ?? 0;
    for (const it of (res.Items ?? []) as AuditEntryItem[]) {
      // Full: the next page starts right after the last entry kept, not after the query's last read.
      if (items.length === opts.limit) return { items, next: { pk: months[mi], sk: items[items.length - 1].sk }, scanned, partial: false };
      items.push(it);
    }
    const last = res.LastEvaluatedKey?.sk;
    if (typeof last === 'string') after = last;
    else {
      mi += 1;
      after = undefined;
    }
    if (items.length === opts.limit) return { items, next: here(), scanned, partial: false };
  }
  return { items, scanned, partial: false };
}

export function toAuditView(e: AuditEntryItem): AuditEntryView {
  return {
    at: e.at,
    action: e.action,
    actor: { sub: e.actorSub, email: e.actorEmail, name: e.actorName },
    item: { kind: e.itemKind, id: e.itemId },
    ...(e.detail ? { detail: e.detail } : {}),
    route: e.route,
    requestId: e.requestId,
  };
}
