/**
 * Permit kinds as data: what each kind asks (its details schema), its lead time, fee rule, reviewing
 * departments and the documents it produces. The defaults below are what a Walloon commune usually
 * publishes; each commune tunes them in the `permits` section of its config file.
 */
import * as z from 'zod';
import { OCCUPATION_USES } from './permit-details.js';

const Cents = z.number().int().min(0).max(10_000_000);

/**
 * A fee, in euro cents: flat + perDay × days + perMetrePerDay × metres × days, at least `minimum`
 * and at most `maximum` (when set). Days count the whole period, both ends included.
 */
export const FeeRule = z.object({
  flat: Cents.default(0),
  perDay: Cents.default(0),
  perMetrePerDay: Cents.default(0),
  minimum: Cents.default(0),
  maximum: Cents.optional(),
});
export type FeeRule = z.infer<typeof FeeRule>;

const Dept = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/);

/** A document the requester must join: always, or only for large events / some uses. */
export const RequiredDocument = z.object({
  type: z.enum(['insurance', 'plan', 'other']),
  when: z.enum(['always', 'large']).default('always'),
});

export const EventKindConfig = z.object({
  enabled: z.boolean().default(true),
  /** The department whose agents handle these requests (they see them all). */
  handlingDepartment: Dept,
  /** Departments asked for an opinion on every event (police, fire safety…). */
  reviewers: z.array(Dept).default([]),
  /** Extra reviewers when the event has a given need (road closure → mobility…). */
  reviewersByNeed: z.record(z.string(), z.array(Dept)).default({}),
  /** Minimum calendar days between the request and the event's first day. */
  leadDays: z.number().int().min(0).max(365).default(30),
  /** From this expected attendance, an event is "large": longer lead time, more documents. */
  largeAttendance: z.number().int().min(1).default(1000),
  largeLeadDays: z.number().int().min(0).max(365).default(60),
  /** Working days a department has to give its opinion. */
  opinionWorkingDays: z.number().int().min(1).max(60).default(10),
  /** Longest event one request may cover, in days. */
  maxDays: z.number().int().min(1).max(365).default(31),
  fee: FeeRule.default({ flat: 0, perDay: 0, perMetrePerDay: 0, minimum: 0 }),
  documents: z.array(RequiredDocument).default([
    { type: 'insurance', when: 'always' },
    { type: 'plan', when: 'large' },
  ]),
  /**
   * The process template (`work.templates`) a filed event request starts: a project with the template's tasks, anchored
   * on the event's first day (functions/src/work/permit-process.ts). Absent: filing starts nothing.
   */
  processTemplate: z.string().min(1).max(40).optional(),
});
export type EventKindConfig = z.infer<typeof EventKindConfig>;

export const OccupationUseConfig = z.object({
  enabled: z.boolean().default(true),
  fee: FeeRule,
  /** Overrides the kind's lead time for this use. */
  leadWorkingDays: z.number().int().min(0).max(120).optional(),
  /** Departments asked for an opinion on this use, besides the kind's own reviewers. */
  reviewers: z.array(Dept).default([]),
});
export type OccupationUseConfig = z.infer<typeof OccupationUseConfig>;

export const OccupationKindConfig = z.object({
  enabled: z.boolean().default(true),
  handlingDepartment: Dept,
  reviewers: z.array(Dept).default([]),
  /** Minimum working days (Belgian public holidays and the commune's closing days excluded) before the first day. */
  leadWorkingDays: z.number().int().min(0).max(120).default(5),
  opinionWorkingDays: z.number().int().min(1).max(60).default(5),
  /** Longest period one request may cover, in days. */
  maxDays: z.number().int().min(1).max(730).default(90),
  uses: z.partialRecord(z.enum(OCCUPATION_USES), OccupationUseConfig).default({}),
});
export type OccupationKindConfig = z.infer<typeof OccupationKindConfig>;

export const PermitsConfig = z.object({
  /** Days the administration is closed besides Belgian public holidays: "MM-DD" every year or "YYYY-MM-DD". */
  closingDays: z.array(z.string().regex(/^(\d{4}-)?\d{2}-\d{2}$/)).default([]),
  event: EventKindConfig,
  occupation: OccupationKindConfig,
});
export type PermitsConfig = z.infer<typeof PermitsConfig>;
