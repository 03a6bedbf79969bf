import * as z from 'zod';
import { PersonalDataErasedView } from '../privacy/privacy-api.js';
import { plainText } from '../plain-text.js';
import { REPORT_STATES } from '../report-states.js';
import { PHOTO_MAX_COUNT, UPLOAD_KEY_PATTERN, UPLOAD_PURPOSES } from '../uploads.js';
import { TRACKING_CODE_PATTERN } from '../tracking-code.js';
import { LOCALES } from '../commune-config.js';
import { TASK_PRIORITIES } from '../work/task-states.js';
import { FollowView } from './work.js';
import { CounterMarkView } from '../counter/counter-mark.js';
import { ReportRatingView } from './report-feedback.js';

export const LatLngSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});

export const ReportStateSchema = z.enum(REPORT_STATES);
export const TrackingCodeSchema = z.string().regex(TRACKING_CODE_PATTERN, 'tracking code looks like ABCD-1234');
export const AnswerValue = z.union([plainText().max(500), z.number(), z.boolean()]);

/** What a citizen sends to file a report. Location or address (or both): like Open311. */
export const CreateReportInput = z
  .object({
    category: z.string().min(1).max(60),
    location: LatLngSchema.optional(),
    address: plainText().trim().min(3).max(200).optional(),
    description: plainText().trim().min(10, 'décrivez le problème en 10 caractères au moins').max(2000),
    answers: z.record(z.string(), AnswerValue).default({}),
    photos: z.array(z.string().regex(UPLOAD_KEY_PATTERN, 'not an upload key of this platform')).max(PHOTO_MAX_COUNT).default([]),
    email: plainText().trim().email().max(200).optional(),
    name: plainText().trim().max(100).optional(),
    locale: z.enum(LOCALES).default('fr'),
  })
  .refine((r) => r.location || r.address, { message: 'give a place on the map or an address', path: ['location'] });
export type CreateReportInput = z.infer<typeof CreateReportInput>;

/** A photo (for a report) or a document (joined to a permit request); the limits follow the purpose. */
export const UploadRequestInput = z.object({
  purpose: z.enum(UPLOAD_PURPOSES).default('photo'),
  contentType: z.string().max(100),
  size: z.number().int().positive(),
});
export type UploadRequestInput = z.infer<typeof UploadRequestInput>;

export const UploadTicket = z.object({
  key: z.string(),
  url: z.string(),
  fields: z.record(z.string(), z.string()),
  maxBytes: z.number(),
  expiresInSeconds: z.number(),
});
export type UploadTicket = z.infer<typeof UploadTicket>;

/** `planned`: the assignee, priority or due date changed (staff only, never public). */
export const TIMELINE_KINDS = ['created', 'state_changed', 'public_update', 'private_note', 'assigned', 'planned'] as const;
export const TimelineEntry = z.object({
  at: z.string(),
  kind: z.enum(TIMELINE_KINDS),
  public: z.boolean(),
  from: ReportStateSchema.optional(),
  to: ReportStateSchema.optional(),
  message: z.string().optional(),
  department: z.string().optional(),
  duplicateOf: z.string().optional(),
  /** Encoded at the counter by this agent, through this channel (docs/counter.md): staff and citizen views. */
  encoded: CounterMarkView.optional(),
  /** Staff display name; never the citizen's. Absent on public views. */
  actor: z.string().optional(),
  /** `planned` entries: the new assignee (a sub; null: nobody), priority and due instant (null: none). */
  assignee: z.string().nullable().optional(),
  priority: z.enum(TASK_PRIORITIES).optional(),
  dueAt: z.string().nullable().optional(),
  /** A reopen by the reporter (« pas réparé », docs/reopen-and-satisfaction.md); on staff views, their words and photo (URLs). */
  byCitizen: z.boolean().optional(),
  words: z.string().optional(),
  photos: z.array(z.string()).optional(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/** A report as anyone may see it: no e-mail, no name, no private notes. */
export const PublicReport = z.object({
  code: z.string(),
  commune: z.string(),
  category: z.string(),
  state: ReportStateSchema,
  department: z.string(),
  description: z.string(),
  location: LatLngSchema.optional(),
  address: z.string().optional(),
  photos: z.array(z.string()),
  duplicateOf: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  timeline: z.array(TimelineEntry),
});
export type PublicReport = z.infer<typeof PublicReport>;

/** How staff plan a report (never public): who handles it, how urgent, by when, and its SLA (report-sla.ts). */
export const ReportPlanning = z.object({
  /** The staff member handling it (Cognito sub). */
  assignee: z.string().optional(),
  priority: z.enum(TASK_PRIORITIES).optional(),
  /** The due instant the staff set (ISO). */
  dueAt: z.string().optional(),
  /** When the category's SLA (slaDays in the commune config) runs out; absent when the category has none. */
  slaDueAt: z.string().optional(),
  /** Still open past slaDueAt, at the time of the answer. */
  slaLate: z.boolean().optional(),
});
export type ReportPlanning = z.infer<typeof ReportPlanning>;

/** A report « signalé par le service » (docs/field-app.md): who on the staff filed it. Staff views only. */
export const ReportedByView = z.object({
  reportedBy: z.object({ sub: z.string(), name: z.string(), department: z.string().optional() }).optional(),
});

export const StaffReport = PublicReport.extend({
  email: z.string().optional(),
  name: z.string().optional(),
  /** Given at the counter (docs/counter.md): with the e-mail and name, to those who may read them. */
  phone: z.string().optional(),
  postalAddress: z.string().optional(),
  /** The reporter's personal data was erased (retention or their request), and when. */
  personalDataErased: PersonalDataErasedView.optional(),
  answers: z.record(z.string(), AnswerValue),
  locale: z.enum(LOCALES),
  version: z.number().int(),
  /** The reporter's ratings of the fixes (docs/reopen-and-satisfaction.md), oldest first. */
  ratings: z.array(ReportRatingView).optional(),
})
  .merge(ReportPlanning)
  .merge(FollowView)
  .merge(ReportedByView);
export type StaffReport = z.infer<typeof StaffReport>;

export const ReportSummary = z.object({
  code: z.string(),
  category: z.string(),
  state: ReportStateSchema,
  department: z.string(),
  description: z.string(),
  address: z.string().optional(),
  location: LatLngSchema.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

/** A report in the staff inbox: the summary, its planning and the version to send back with a change (bulk actions). */
export const StaffReportSummary = ReportSummary.extend({ version: z.number().int() }).merge(ReportPlanning).merge(ReportedByView);
export type StaffReportSummary = z.infer<typeof StaffReportSummary>;

export const NearbyQuery = z.object({
  lat: z.coerce.number().min(-90).max(90),
  lng: z.coerce.number().min(-180).max(180),
  category: z.string().max(60).optional(),
});

export const InboxQuery = z.object({
  state: ReportStateSchema.optional(),
  category: z.string().max(60).optional(),
  department: z.string().max(60).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional(),
});
export type InboxQuery = z.infer<typeof InboxQuery>;

const Version = z.number().int().min(1);
export const TransitionInput = z.object({
  to: ReportStateSchema,
  version: Version,
  message: plainText().trim().max(2000).optional(),
  duplicateOf: TrackingCodeSchema.optional(),
});
export type TransitionInput = z.infer<typeof TransitionInput>;

export const UpdateInput = z.object({
  text: plainText().trim().min(1).max(4000),
  public: z.boolean(),
  version: Version,
});
export type UpdateInput = z.infer<typeof UpdateInput>;

/**
 * A change to a report's handling: its department and/or its planning (assignee, priority, due date); only the
 * fields sent change, null clears the assignee or the due date. At least one field besides the version.
 */
export const AssignInput = z
  .object({
    department: z.string().min(1).max(60).optional(),
    assignee: z.string().trim().min(1).max(128).nullable().optional().describe('A staff member’s id (Cognito sub); null: nobody.'),
    priority: z.enum(TASK_PRIORITIES).optional(),
    dueAt: z.string().datetime({ offset: true }).nullable().optional().describe('An instant, ISO 8601 with offset; null: none.'),
    version: Version,
  })
  .refine((c) => Object.keys(c).some((k) => k !== 'version'), { message: 'name at least one field to change', path: ['department'] });
export type AssignInput = z.infer<typeof AssignInput>;

/** The staff search: a tracking code (ABCD-1234), a permit reference, an address or words. */
export const StaffSearchQuery = z.object({
  q: plainText().trim().min(2, 'tapez 2 caractères au moins').max(100),
});
export type StaffSearchQuery = z.infer<typeof StaffSearchQuery>;
