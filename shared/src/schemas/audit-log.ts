/**
 * The admins' audit log API (GET /api/{commune}/staff/audit and …/audit.csv): the query both share and the
 * entries the JSON list answers. Days are Brussels calendar days, both ends included.
 */
import * as z from 'zod';
import { AUDIT_ACTIONS, AUDIT_ITEM_KINDS } from '../entities/audit-entry.js';
import { IsoDateSchema } from '../permits/permit-details.js';

/** The longest period one request reads (a little over ten years: more than any retention a commune may set). */
export const AUDIT_MAX_DAYS = 3700;
/** Entries one CSV export carries at most: past that, a shorter period (400 naming `from`). */
export const AUDIT_CSV_MAX_ROWS = 10_000;

export const AuditQuery = z
  .object({
    from: IsoDateSchema.optional().describe('First day (Brussels calendar day, included); default: 30 days before `to`.'),
    to: IsoDateSchema.optional().describe('Last day (Brussels calendar day, included); default: today.'),
    staff: z.string().trim().min(1).max(200).optional().describe('A staff member: their e-mail address or their id (sub).'),
    kind: z.enum(AUDIT_ITEM_KINDS).optional().describe('The kind of item.'),
    item: z.string().trim().min(1).max(100).optional().describe('The item: a report’s or permit’s code, a map item’s or key’s id.'),
    action: z.enum(AUDIT_ACTIONS).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    cursor: z.string().max(500).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'the first day comes before the last', path: ['from'] });
export type AuditQuery = z.infer<typeof AuditQuery>;

/** One entry as admins read it. */
export const AuditEntryView = z.object({
  at: z.string().describe('The instant (UTC, ISO 8601).'),
  action: z.enum(AUDIT_ACTIONS),
  actor: z.object({ sub: z.string(), email: z.string(), name: z.string() }),
  item: z.object({ kind: z.enum(AUDIT_ITEM_KINDS), id: z.string() }),
  detail: z.string().optional().describe('A short word on the change: states, department, title.'),
  route: z.string().describe('The API route, as API Gateway names it.'),
  requestId: z.string(),
});
export type AuditEntryView = z.infer<typeof AuditEntryView>;

/** GET /api/{commune}/staff/audit: a page of entries, newest first. */
export const AuditLogPage = z.object({
  from: z.string().describe('The first day read (Brussels), the default filled in.'),
  to: z.string().describe('The last day read (Brussels), the default filled in.'),
  items: z.array(AuditEntryView),
  cursor: z.string().optional().describe('Present when there is more: send it back as `cursor` (same period) for the next page.'),
  scanned: z.number().int().min(0).describe('Entries read for this page, those the filters dropped included.'),
  partial: z
    .boolean()
    .describe('True when the read budget ran out before the page was full: `cursor` searches on. False with no `cursor`: nothing more.'),
});
