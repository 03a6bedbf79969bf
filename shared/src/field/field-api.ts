/**
 * The field app's API (`/{commune}/terrain/`, docs/field-app.md): what a worker's phone reads in one call (« Aujourd’hui »:
 * their tasks and their team's, with what the task page needs, so it can be kept for offline use) and the report a
 * member of the staff files from the field (« signalé par le service »). The handlers validate with these schemas,
 * the app reads with the types, the OpenAPI document describes them.
 */
import * as z from 'zod';
import { plainText } from '../plain-text.js';
import { TaskView } from '../schemas/work.js';
import { UPLOAD_KEY_PATTERN } from '../uploads.js';

/** A task as the field app shows it: its card on « Aujourd’hui » and its page (kept offline). */
export const FieldTaskView = TaskView.pick({
  id: true,
  title: true,
  description: true,
  department: true,
  assignees: true,
  status: true,
  priority: true,
  dueAt: true,
  overdue: true,
  checklist: true,
  place: true,
  version: true,
}).extend({
  /** Whether the reader is one of its assignees (else it is their team's: shown, not theirs to start). */
  mine: z.boolean(),
  /** Photos joined to the task (a work order's copies of its report's photos among them), as short-lived links. */
  photos: TaskView.shape.files,
  /** The report this task is the work order of, if any. */
  reportCode: z.string().optional(),
});
export type FieldTaskView = z.infer<typeof FieldTaskView>;

/** GET /api/{commune}/staff/today: the reader's open tasks and their departments' (due by the end of the Brussels day after, or overdue, or without date). */
export const TodayView = z.object({
  /** When the server read it (UTC ISO): shown as « mis à jour à 8 h 02 » when offline. */
  at: z.string(),
  mine: z.array(FieldTaskView),
  team: z.array(FieldTaskView),
});
export type TodayView = z.infer<typeof TodayView>;

const uploadKey = z.string().regex(UPLOAD_KEY_PATTERN, 'not an upload key of this platform');

/** POST /api/{commune}/staff/reports: what a member of the staff saw in the field (a photo, a category, the GPS position). */
export const ServiceReportInput = z.object({
  category: z.string().trim().min(1).max(60),
  lng: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  /** The GPS accuracy in metres, when the phone gave it. */
  accuracy: z.number().min(0).max(100_000).optional(),
  description: plainText().trim().max(2000).default(''),
  photos: z.array(uploadKey).min(1, 'une photo au moins').max(5),
});
export type ServiceReportInput = z.infer<typeof ServiceReportInput>;

/** What POST /api/{commune}/staff/reports answers: the new report's tracking code, its state and department (the inbox shows the rest). */
export const ServiceReportCreated = z.object({
  code: z.string(),
  state: z.string(),
  category: z.string(),
  department: z.string(),
  createdAt: z.string(),
  photos: z.number().int(),
});
export type ServiceReportCreated = z.infer<typeof ServiceReportCreated>;
