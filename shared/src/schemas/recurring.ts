/**
 * The recurring work's API (functions/src/work/recurrence-*, work-orders): recurrences and a report's work order, as
 * zod schemas (handler validation, the staff app's forms, the OpenAPI document). A rule that cannot be read is a 422
 * naming `rule` with the faulty part (« BYDAY « 6TU » : … »).
 */
import * as z from 'zod';
import { plainText } from '../plain-text.js';
import { IsoDateSchema } from '../permits/permit-details.js';
import { TaskPrioritySchema, WorkIdSchema, WorkPlaceSchema } from './work.js';
import { parseRrule } from '../work/rrule.js';

const department = z.string().trim().min(1).max(40);
const person = z.string().trim().min(1).max(128);
const wallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'heure au format HH:MM (heure de Bruxelles)');

/** An RRULE of the subset (shared/src/work/rrule.ts); each faulty part is one issue naming it. */
export const RruleSchema = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .superRefine((text, ctx) => {
    const parsed = parseRrule(text);
    if (!parsed.ok) for (const e of parsed.errors) ctx.addIssue({ code: 'custom', message: e.message, params: { part: e.part } });
  })
  .describe('An RFC 5545 RRULE of the subset Tandem reads: FREQ, INTERVAL, BYDAY (2TU, -1FR), BYMONTHDAY, BYMONTH, COUNT, UNTIL.');

/** The fields, without defaults: a change names only what it changes (zod's partial() would keep the defaults). */
const recurrenceFields = {
  title: plainText().trim().min(3, 'un titre de 3 caractères au moins').max(140),
  description: plainText().trim().max(5000),
  department,
  assignees: z.array(person).max(20),
  priority: TaskPrioritySchema,
  checklist: z.array(plainText().trim().min(1).max(200)).max(50),
  place: WorkPlaceSchema,
  rule: RruleSchema,
  /** The first day the rule applies from (Brussels calendar day). */
  start: IsoDateSchema,
  /** The Brussels wall time each task is due at. */
  time: wallTime,
  active: z.boolean(),
};

export const RecurrenceInput = z.object({
  ...recurrenceFields,
  description: recurrenceFields.description.default(''),
  assignees: recurrenceFields.assignees.default([]),
  priority: recurrenceFields.priority.default('normal'),
  checklist: recurrenceFields.checklist.default([]),
  place: recurrenceFields.place.optional(),
  time: recurrenceFields.time.default('08:00'),
  active: recurrenceFields.active.default(true),
});
export type RecurrenceInput = z.infer<typeof RecurrenceInput>;

/** A change: only the fields sent change (tasks already made stay); `version` is the one the agent saw (stale: 409). */
export const RecurrenceChange = z
  .object(recurrenceFields)
  .partial()
  .extend({ version: z.number().int().min(1), place: WorkPlaceSchema.nullable().optional() })
  .refine((c) => Object.keys(c).some((k) => k !== 'version'), { message: 'name at least one field to change' });
export type RecurrenceChange = z.infer<typeof RecurrenceChange>;

export const RecurrenceDeleteQuery = z.object({ version: z.coerce.number().int().min(1) });

export const RecurrenceView = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  department: z.string(),
  assignees: z.array(z.string()),
  priority: TaskPrioritySchema,
  checklist: z.array(z.string()),
  place: WorkPlaceSchema.optional(),
  rule: z.string(),
  /** The rule in words, in French (« chaque 2e mardi du mois à 07:30 »). */
  ruleInWords: z.string(),
  start: z.string(),
  time: z.string(),
  active: z.boolean(),
  generatedUntil: z.string().optional(),
  /** The next days it makes a task for (up to five, from today). */
  next: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type RecurrenceView = z.infer<typeof RecurrenceView>;

/** A report becomes a work order: a task for a department (by default the report's) and its people. */
export const WorkOrderInput = z
  .object({
    /** By default « <catégorie> — <adresse ou code> ». */
    title: plainText().trim().min(3).max(140).optional(),
    /** What the agent adds to the report's words, questions and answers. */
    note: plainText().trim().max(2000).default(''),
    department: department.optional(),
    assignees: z.array(person).max(20).default([]),
    priority: TaskPrioritySchema.default('normal'),
    dueAt: z.string().datetime({ offset: true }).optional(),
    /** Or the Brussels day it is due, at the end of the working day (WORK_ORDER_DUE_TIME): what the staff form sends. */
    dueDay: IsoDateSchema.optional(),
    projectId: WorkIdSchema.optional(),
  })
  .refine((w) => !(w.dueAt && w.dueDay), { message: 'give dueAt or dueDay, not both', path: ['dueDay'] });
export type WorkOrderInput = z.infer<typeof WorkOrderInput>;
/** A work order due on a day is due at this Brussels time that day. */
export const WORK_ORDER_DUE_TIME = '16:00';
