/**
 * The statistics API (GET /api/{commune}/staff/stats and …/stats.csv) and the CSV exports of the lists
 * (…/reports.csv, …/permits.csv): the queries and the statistics' view. Days are Brussels calendar days, both ends
 * included (docs/statistics.md).
 */
import * as z from 'zod';
import { ReportStateSchema } from './report.js';
import { PermitStateSchema } from '../permits/permit-api.js';
import { IsoDateSchema } from '../permits/permit-details.js';
import { PERMIT_KINDS } from '../permits/permit-vocabulary.js';

const Period = {
  from: IsoDateSchema.optional().describe('First day (Brussels calendar day, included); default: 29 days before `to`.'),
  to: IsoDateSchema.optional().describe('Last day (Brussels calendar day, included); default: today.'),
};
const Department = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,40}$/)
  .optional()
  .describe('A department code of the commune: its figures only.');
const firstDayFirst = { message: 'the first day comes before the last', path: ['from'] };

export const StatsQuery = z.object({ ...Period, department: Department }).refine((q) => !q.from || !q.to || q.from <= q.to, firstDayFirst);
export type StatsQuery = z.infer<typeof StatsQuery>;

/** The tables of the statistics screen, each one CSV. */
export const STATS_TABLES = ['departments', 'days', 'permits', 'tasks', 'satisfaction'] as const;
export type StatsTable = (typeof STATS_TABLES)[number];

export const StatsCsvQuery = z
  .object({ ...Period, department: Department, table: z.enum(STATS_TABLES).default('departments').describe('Which table.') })
  .refine((q) => !q.from || !q.to || q.from <= q.to, firstDayFirst);
export type StatsCsvQuery = z.infer<typeof StatsCsvQuery>;

/** Rows one list export carries at most: past that, a shorter period (400 naming `from`). */
export const EXPORT_MAX_ROWS = 10_000;

export const ReportsExportQuery = z
  .object({
    ...Period,
    state: ReportStateSchema.optional(),
    category: z.string().max(60).optional(),
    department: Department,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, firstDayFirst);
export type ReportsExportQuery = z.infer<typeof ReportsExportQuery>;

export const PermitsExportQuery = z
  .object({ ...Period, state: PermitStateSchema.optional(), kind: z.enum(PERMIT_KINDS).optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, firstDayFirst);
export type PermitsExportQuery = z.infer<typeof PermitsExportQuery>;

const Count = z.number().int().min(0);
const Durations = z.object({
  median: z.number().optional().describe('Median (spreadsheet PERCENTILE.INC); absent without samples.'),
  p90: z.number().optional().describe('90th percentile (PERCENTILE.INC); absent without samples.'),
});

export const StatsDepartmentRow = z.object({
  department: z.string(),
  received: Count,
  closed: Count,
  hoursToClose: Durations,
  overdue: Count.describe('Open past the category’s SLA at the end of the period (or now, when the period ends today).'),
});
export type StatsDepartmentRow = z.infer<typeof StatsDepartmentRow>;

export const StatsPermitRow = z.object({
  kind: z.enum(PERMIT_KINDS),
  submitted: Count.describe('Requests submitted in the period.'),
  decided: Count.describe('Of those, the ones decided (approved, with conditions, refused or changes requested).'),
  daysToDecide: Durations,
});
export type StatsPermitRow = z.infer<typeof StatsPermitRow>;

/** The reporters' answers to fixes in the period, by department (docs/reopen-and-satisfaction.md). */
export const StatsSatisfactionRow = z.object({
  department: z.string(),
  ratings: Count.describe('Ratings given in the period.'),
  satisfied: Count.describe('Of those, « satisfait ».'),
  satisfiedShare: z.number().optional().describe('satisfied ÷ ratings, 0 to 1 (3 decimals); absent without ratings.'),
  reopened: Count.describe('Reports the reporter reopened (« pas réparé ») in the period.'),
  reopenRate: z
    .number()
    .optional()
    .describe('Reopens per closure of the period (reopened ÷ the department’s closures), 3 decimals; absent without closures.'),
});
export type StatsSatisfactionRow = z.infer<typeof StatsSatisfactionRow>;

export const StatsView = z.object({
  from: z.string(),
  to: z.string(),
  department: z.string().optional(),
  reports: z.object({
    received: Count,
    closed: Count,
    hoursToClose: Durations.describe('From filing to closure (fixed or closed), in hours, over the period’s closures.'),
    overdue: Count,
    days: z.array(z.object({ day: z.string(), received: Count, closed: Count })),
    departments: z.array(StatsDepartmentRow),
  }),
  permits: z.object({ kinds: z.array(StatsPermitRow) }),
  satisfaction: z.object({
    ratings: Count,
    satisfied: Count,
    reopened: Count,
    departments: z.array(StatsSatisfactionRow),
  }),
  tasks: z.object({
    done: Count,
    weeks: z.array(z.object({ week: z.string().describe('The Monday of the week.'), done: Count })),
  }),
  coverage: z
    .object({
      rolledUp: Count.describe('Days read from the nightly rollup.'),
      live: Count.describe('Days computed now (today, or a day the job has not rolled up yet).'),
      missing: Count.describe('Days left out: neither rolled up nor within the days computed live (before statistics began).'),
    })
    .describe('Where the report figures come from.'),
});
export type StatsView = z.infer<typeof StatsView>;
