/**
 * Response bodies of the JSON API that have no schema of their own elsewhere: lists, envelopes and the
 * staff map's items, built from the schemas the handlers already use (shared/src/schemas, permits, map).
 */
import * as z from 'zod';
import { CommuneConfig } from '../commune-config.js';
import { PublicReport, ReportSummary, StaffReportSummary } from '../schemas/report.js';
import { PermitSummary } from '../permits/permit-api.js';
import { MapFeatureSchema } from './feed-schemas.js';

/** What anyone may read about a commune (no demo accounts): publicCommuneConfig(). */
export const PublicCommuneConfigSchema = CommuneConfig.omit({ demoAccounts: true });
export const CommuneList = z.object({ communes: z.array(PublicCommuneConfigSchema) });

const Cursor = z.string().optional().describe('Present when there is more: send it back as `cursor` for the next page.');

/** POST /api/{commune}/reports */
export const CreatedReport = z.object({
  code: z.string().describe('The tracking code, e.g. ABCD-1234.'),
  url: z.string().describe('The public tracking page.'),
  report: PublicReport,
});
/** GET /api/{commune}/reports/nearby: at most five, nearest first. */
export const NearbyReports = z.object({ reports: z.array(ReportSummary.extend({ distanceMetres: z.number().int() })) });
/** How far a filtered list read for this page: a filter that matches little may stop before the page is full. */
const ListProgress = {
  scanned: z.number().int().min(0).describe('Entries read for this page, those the filters dropped included.'),
  partial: z
    .boolean()
    .describe(
      'True when the read budget ran out before the page was full: the list is not exhausted and `cursor` searches on. ' +
        'False with no `cursor`: nothing more matches.',
    ),
};
/** GET /api/{commune}/staff/reports */
export const ReportInbox = z.object({ items: z.array(StaffReportSummary), cursor: Cursor, ...ListProgress });
/** GET /api/{commune}/staff/permits */
export const PermitInbox = z.object({ items: z.array(PermitSummary), cursor: Cursor, ...ListProgress });
/** GET /api/{commune}/staff/search */
export const StaffSearchResults = z.object({
  reports: z.array(StaffReportSummary),
  permits: z.array(PermitSummary),
  /** A tracking code was read by its key (exact); otherwise words were matched over the most recent items. */
  byCode: z.boolean(),
  /** How many of the most recent reports and permits the words were matched against (the search's window). */
  searched: z.object({ reports: z.number().int(), permits: z.number().int() }),
});

/** A staff map item: the public feature, the version to send back on change and the owning department. */
export const StaffMapItem = MapFeatureSchema.extend({ version: z.number().int(), department: z.string().optional() });
export const StaffMapItems = z.object({ items: z.array(StaffMapItem) });
