/**
 * Admins consult and export the commune's audit log (docs/audit-log.md):
 *   GET /api/{c}/staff/audit       a page of entries, newest first (cursor paging, `partial` like the other lists)
 *   GET /api/{c}/staff/audit.csv   every entry of the period and filters, as CSV (header row, RFC 4180, formula-safe)
 * Filters: from/to (Brussels calendar days, included; default the last 30 days), staff (e-mail or id), kind and
 * item, action. Only admins: the log says who read which citizen's data.
 */
import {
  AUDIT_CSV_MAX_ROWS,
  AUDIT_MAX_DAYS,
  AuditQuery,
  addDays,
  brusselsIso,
  daysBetween,
  type AuditEntryItem,
  type RouteKeyOf,
} from '@tandem/shared';
import { apiHandler, badRequest, json, parseQuery, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { clock } from '../lib/clock.js';
import { decodeCursor, encodeCursor } from '../lib/cursor.js';
import { LIST_READ_BUDGET } from '../lib/filtered-page.js';
import { routeOf } from '../lib/route-of.js';
import { requireStaff } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { csvDownload } from '../lib/csv.js';
import { checkPosition, readAuditPage, toAuditView, type AuditFilters, type AuditPeriod, type AuditPosition } from './audit-store.js';

/** Entries one export may read (filters included) before it asks for a shorter period. */
const CSV_READ_BUDGET = 5 * AUDIT_CSV_MAX_ROWS;

/** The period asked, with its defaults (the last 30 days up to today); 400 naming the field when it is too long. */
function periodOf(q: AuditQuery): AuditPeriod {
  const to = q.to ?? clock.today();
  const from = q.from ?? addDays(to, -30);
  if (from > to) throw badRequest('the first day comes before the last', [{ name: 'from', reason: 'after `to`' }]);
  if (daysBetween(from, to) > AUDIT_MAX_DAYS) {
    throw badRequest('this period is too long', [{ name: 'from', reason: `at most ${AUDIT_MAX_DAYS} days before \`to\`` }]);
  }
  return { from, to };
}

const filtersOf = (q: AuditQuery): AuditFilters => ({
  ...(q.staff ? { staff: q.staff } : {}),
  ...(q.kind ? { kind: q.kind } : {}),
  ...(q.item ? { item: q.item } : {}),
  ...(q.action ? { action: q.action } : {}),
});

const CSV_HEADER = ['at', 'action', 'staff_name', 'staff_email', 'staff_sub', 'item_kind', 'item_id', 'detail', 'route', 'request_id'];
const csvCells = (e: AuditEntryItem) => [
  brusselsIso(e.at),
  e.action,
  e.actorName,
  e.actorEmail,
  e.actorSub,
  e.itemKind,
  e.itemId,
  e.detail,
  e.route,
  e.requestId,
];

type Handler = (event: ApiEvent, commune: string) => Promise<ApiResult>;
const ROUTE_HANDLERS: Record<RouteKeyOf<'staff/audit-log'>, Handler> = {
  'GET /api/{commune}/staff/audit': async (event, commune) => {
    const q = parseQuery(event, AuditQuery);
    const period = periodOf(q);
    const start = checkPosition(commune, period, decodeCursor(q.cursor, commune));
    const page = await readAuditPage(commune, period, filtersOf(q), { limit: q.limit, start, readBudget: LIST_READ_BUDGET });
    const cursor = encodeCursor(page.next);
    return json(200, {
      from: period.from,
      to: period.to,
      items: page.items.map(toAuditView),
      ...(cursor ? { cursor } : {}),
      scanned: page.scanned,
      partial: page.partial,
    });
  },
  'GET /api/{commune}/staff/audit.csv': async (event, commune) => {
    const q = parseQuery(event, AuditQuery);
    const period = periodOf(q);
    const filters = filtersOf(q);
    const rows: AuditEntryItem[] = [];
    let read = 0;
    // The whole period in one file: a cursor is for the JSON list only.
    let start: AuditPosition | undefined;
    for (;;) {
      const page = await readAuditPage(commune, period, filters, { limit: 1000, start, readBudget: LIST_READ_BUDGET });
      rows.push(...page.items);
      read += page.scanned;
      if (rows.length > AUDIT_CSV_MAX_ROWS || (read > CSV_READ_BUDGET && page.next)) {
        // An audit export silently cut short would mislead: ask for a shorter period instead.
        throw badRequest(`more than ${AUDIT_CSV_MAX_ROWS} entries to export`, [{ name: 'from', reason: 'choose a shorter period' }]);
      }
      if (!page.next) break;
      start = page.next;
    }
    return csvDownload(`audit-${commune}-${period.from}-${period.to}.csv`, CSV_HEADER, rows.map(csvCells));
  },
};

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  const handle = routeOf<'staff/audit-log', Handler>(event, ROUTE_HANDLERS);
  // Who may read the log: the role matrix (admins only).
  authorize(user, reg.config, event.routeKey as RouteKeyOf<'staff/audit-log'>, 'manage');
  return handle(event, reg.config.id);
});
