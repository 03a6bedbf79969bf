/**
 * CSV exports of the staff lists (docs/statistics.md, "CSV"), through the one writer (shared/src/csv.ts):
 *   GET /api/{c}/staff/reports.csv?from&to&state&category&department   the reports inbox: reports filed in the period
 *   GET /api/{c}/staff/permits.csv?from&to&state&kind                  permit requests submitted in the period
 * Newest first, one key range of the period (gsi2 by state when a state is asked, else gsi1). No personal data: the
 * reporter's and requester's names and contacts stay out of files that travel by e-mail. Past EXPORT_MAX_ROWS rows
 * the answer is a 400 asking for a shorter period, never a file silently cut short.
 */
import {
  brusselsIso,
  EXPORT_MAX_ROWS,
  keys,
  periodRange,
  PermitsExportQuery,
  ReportsExportQuery,
  type CommuneConfig,
  type CsvValue,
  type PermitItem,
  type ReportItem,
} from '@tandem/shared';
import { csvDownload } from '../lib/csv.js';
import { badRequest, parseQuery, type ApiEvent, type ApiResult } from '../lib/http.js';
import type { StaffUser } from '../lib/staff-auth.js';
import { authorizeList } from '../lib/authorize.js';
import { queryIndexRange } from './stats-store.js';
import { departmentOf, periodOf } from './stats-period-of.js';

const at = (iso: string | undefined) => (iso ? brusselsIso(iso) : undefined);

const REPORT_HEADER = ['code', 'filed_at', 'state', 'category', 'department', 'address', 'description', 'closed_at', 'source'];
const REPORT_FIELDS = ['code', 'createdAt', 'state', 'category', 'department', 'address', 'description', 'closedAt', 'source'] as const;
type ReportRow = Pick<ReportItem, (typeof REPORT_FIELDS)[number]>;
const reportCells = (r: ReportRow): CsvValue[] => [
  r.code,
  at(r.createdAt),
  r.state,
  r.category,
  r.department,
  r.address,
  r.description,
  at(r.closedAt),
  r.source,
];

const PERMIT_HEADER = [
  'code',
  'reference',
  'kind',
  'state',
  'title',
  'handling_department',
  'submitted_at',
  'first_day',
  'last_day',
  'decision',
  'decided_at',
  'fee_euros',
];
const PERMIT_FIELDS = [
  'code',
  'reference',
  'kind',
  'state',
  'title',
  'handlingDepartment',
  'reviewers',
  'submittedAt',
  'details',
  'decision',
  'fee',
] as const;
type PermitRow = Pick<PermitItem, (typeof PERMIT_FIELDS)[number]>;
const permitCells = (p: PermitRow): CsvValue[] => [
  p.code,
  p.reference,
  p.kind,
  p.state,
  p.title,
  p.handlingDepartment,
  at(p.submittedAt),
  p.details?.period?.start,
  p.details?.period?.end,
  p.decision?.outcome,
  at(p.decision?.at),
  typeof p.fee === 'number' ? p.fee / 100 : undefined,
];

/** Items one export reads at most, the filtered-out ones included, before it asks for a shorter period. */
const EXPORT_READ_BUDGET = 5 * EXPORT_MAX_ROWS;

function tooMany(rows: number, max = EXPORT_MAX_ROWS) {
  if (rows > max) {
    throw badRequest(`more than ${EXPORT_MAX_ROWS} rows to export`, [{ name: 'from', reason: 'choose a shorter period' }]);
  }
}

/** GET reports.csv (the statistics function's route table, staff-stats.ts, holds it). */
export async function reportsCsv(event: ApiEvent, config: CommuneConfig, user: StaffUser): Promise<ApiResult> {
  authorizeList(user, config, 'GET /api/{commune}/staff/reports.csv', 'export');
  const q = parseQuery(event, ReportsExportQuery);
  const { from, to } = periodOf(q);
  const department = departmentOf(config, q.department);
  const range = periodRange(from, to);
  const read = { newestFirst: true, maxItems: EXPORT_READ_BUDGET };
  const items = q.state
    ? await queryIndexRange<ReportRow>('gsi2', keys.reportsByState(config.id, q.state), range, [...REPORT_FIELDS], read)
    : await queryIndexRange<ReportRow>('gsi1', keys.reportsAll(config.id), range, [...REPORT_FIELDS], read);
  tooMany(items.length, EXPORT_READ_BUDGET);
  const rows = items.filter((r) => (!q.category || r.category === q.category) && (!department || r.department === department));
  tooMany(rows.length);
  return csvDownload(`reports-${config.id}-${from}-${to}.csv`, REPORT_HEADER, rows.map(reportCells));
}

/** GET permits.csv (the statistics function's route table, staff-stats.ts, holds it). */
export async function permitsCsv(event: ApiEvent, config: CommuneConfig, user: StaffUser): Promise<ApiResult> {
  const scope = authorizeList(user, config, 'GET /api/{commune}/staff/permits.csv', 'export');
  const q = parseQuery(event, PermitsExportQuery);
  const { from, to } = periodOf(q);
  const items = await queryIndexRange<PermitRow>('gsi1', keys.permitsAll(config.id), periodRange(from, to), [...PERMIT_FIELDS], {
    newestFirst: true,
    maxItems: EXPORT_READ_BUDGET,
  });
  tooMany(items.length, EXPORT_READ_BUDGET);
  const involved = (p: PermitRow) =>
    scope === 'any' || scope.includes(p.handlingDepartment) || (p.reviewers ?? []).some((d) => scope.includes(d));
  const rows = items.filter((p) => involved(p) && (!q.state || p.state === q.state) && (!q.kind || p.kind === q.kind));
  tooMany(rows.length);
  return csvDownload(`permits-${config.id}-${from}-${to}.csv`, PERMIT_HEADER, rows.map(permitCells));
}
