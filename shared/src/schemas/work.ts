/**
 * The staff workspace's API (functions/src/work/): tasks, projects, comments, activity, watchers and "my work", as
 * zod schemas: the handlers validate with them, the staff app checks its forms with them, the OpenAPI document
 * describes them. Ids look like tracking codes (ABCD-1234); people are Cognito subs; departments are the commune's
 * codes (checked by the handler against its configuration: 422 naming the field).
 */
import * as z from 'zod';
import { plainText } from '../plain-text.js';
import { IsoDateSchema, PermitGeometry } from '../permits/permit-details.js';
import { TRACKING_CODE_PATTERN } from '../tracking-code.js';
import { UPLOAD_KEY_PATTERN } from '../uploads.js';
import { PROJECT_HEALTH, PROJECT_KINDS, PROJECT_STATUSES, TASK_PRIORITIES, TASK_STATUSES } from '../work/task-states.js';

export const WorkIdSchema = z.string().regex(TRACKING_CODE_PATTERN, 'identifiant au format ABCD-1234');
const department = z.string().trim().min(1).max(40);
const person = z.string().trim().min(1).max(128).describe('A staff member’s id (Cognito sub), from GET /api/{commune}/staff/people.');
const isoInstant = z.string().datetime({ offset: true }).describe('An instant, ISO 8601 with offset.');

export const TaskStatusSchema = z.enum(TASK_STATUSES);
export const TaskPrioritySchema = z.enum(TASK_PRIORITIES);

export const WorkPlaceSchema = z.object({
  label: plainText().trim().max(200).optional(),
  geometry: PermitGeometry,
});

export const WorkLinkSchema = z.object({
  kind: z.enum(['report', 'permit', 'map-item', 'task', 'project']),
  id: z.string().trim().min(1).max(80),
});

export const ChecklistEntrySchema = z.object({
  id: z.string().trim().min(1).max(40),
  text: plainText().trim().min(1).max(200),
  done: z.boolean().default(false),
});

const uploadKey = z.string().regex(UPLOAD_KEY_PATTERN, 'not an upload key of this platform');

/** A new task, in a project or on its own. */
export const TaskInput = z.object({
  title: plainText().trim().min(3, 'un titre de 3 caractères au moins').max(140),
  description: plainText().trim().max(5000).default(''),
  department,
  assignees: z.array(person).max(20).default([]),
  priority: TaskPrioritySchema.default('normal'),
  dueAt: isoInstant.optional(),
  checklist: z.array(ChecklistEntrySchema).max(50).default([]),
  place: WorkPlaceSchema.optional(),
  /** Fresh uploads (POST /api/{commune}/uploads) to join. */
  files: z.array(uploadKey).max(10).default([]),
  links: z.array(WorkLinkSchema).max(20).default([]),
  projectId: WorkIdSchema.optional(),
});
export type TaskInput = z.infer<typeof TaskInput>;

/** A change to a task: only the fields sent change; `version` is the one the agent saw (stale: 409). */
export const TaskChange = z
  .object({
    version: z.number().int().min(1),
    title: TaskInput.shape.title.optional(),
    description: plainText().trim().max(5000).optional(),
    department: department.optional(),
    assignees: z.array(person).max(20).optional(),
    status: TaskStatusSchema.optional(),
    priority: TaskPrioritySchema.optional(),
    dueAt: isoInstant.nullable().optional(),
    checklist: z.array(ChecklistEntrySchema).max(50).optional(),
    place: WorkPlaceSchema.nullable().optional(),
    addFiles: z.array(uploadKey).max(10).optional(),
    links: z.array(WorkLinkSchema).max(20).optional(),
    projectId: WorkIdSchema.nullable().optional(),
    /**
     * A note written with the change, as a comment in the task's activity in the same transaction (the field app's
     * « Terminer »: status, checklist, photos and note in one request). Empty: no comment.
     */
    note: plainText().trim().max(2000).optional(),
  })
  .refine((c) => Object.keys(c).some((k) => k !== 'version'), { message: 'name at least one field to change' });
export type TaskChange = z.infer<typeof TaskChange>;

/** A comment on a task, a project, a report or a permit: @mentions are listed (subs, or `dept:<code>`). */
export const CommentInput = z.object({
  text: plainText().trim().min(1).max(5000),
  mentions: z.array(z.string().trim().min(1).max(140)).max(20).default([]),
  files: z.array(uploadKey).max(10).default([]),
});
export type CommentInput = z.infer<typeof CommentInput>;

export const ProjectInput = z.object({
  kind: z.enum(PROJECT_KINDS),
  title: plainText().trim().min(3).max(140),
  description: plainText().trim().max(5000).default(''),
  departments: z.array(department).min(1).max(10),
  lead: person.optional(),
  start: IsoDateSchema.optional(),
  end: IsoDateSchema.optional(),
  status: z.enum(PROJECT_STATUSES).default('planned'),
  health: z.enum(PROJECT_HEALTH).default('on-track'),
  budgetLine: plainText().trim().max(60).optional(),
  place: WorkPlaceSchema.optional(),
  pstObjective: z.string().trim().max(40).optional(),
  /** Create the project's tasks from this process template (config `work.templates`), due relative to `anchorDay`. */
  template: z.object({ id: z.string().trim().min(1).max(60), anchorDay: IsoDateSchema }).optional(),
});
export type ProjectInput = z.infer<typeof ProjectInput>;

/**
 * A change to a project: only the fields sent change (no defaults here, unlike ProjectInput: a missing status must
 * not reset it); `null` clears an optional field; `version` is the one the agent saw (stale: 409).
 */
export const ProjectChange = z
  .object({
    version: z.number().int().min(1),
    title: ProjectInput.shape.title.optional(),
    description: plainText().trim().max(5000).optional(),
    departments: ProjectInput.shape.departments.optional(),
    lead: person.nullable().optional(),
    start: IsoDateSchema.nullable().optional(),
    end: IsoDateSchema.nullable().optional(),
    status: z.enum(PROJECT_STATUSES).optional(),
    health: z.enum(PROJECT_HEALTH).optional(),
    budgetLine: plainText().trim().max(60).nullable().optional(),
    place: WorkPlaceSchema.nullable().optional(),
    pstObjective: z.string().trim().max(40).nullable().optional(),
  })
  .refine((c) => Object.keys(c).some((k) => k !== 'version'), { message: 'name at least one field to change' });
export type ProjectChange = z.infer<typeof ProjectChange>;

export const ActivityView = z.object({
  at: z.string(),
  kind: z.string(),
  actor: z.string(),
  public: z.boolean(),
  text: z.string().optional(),
  changes: z.array(z.object({ field: z.string(), from: z.string().optional(), to: z.string().optional() })).optional(),
  mentions: z.array(z.string()).optional(),
  /** Presigned links to the files joined. */
  files: z.array(z.object({ name: z.string(), url: z.string() })).optional(),
});
export type ActivityView = z.infer<typeof ActivityView>;

/**
 * What a report's or a permit's staff view adds for comments (docs/work.md): its staff comments (activity items of
 * its partition, oldest first) and whether the reader watches it. Only in the staff GET: never in a public view.
 */
export const FollowView = z.object({
  activity: z.array(ActivityView).optional(),
  watching: z.boolean().optional(),
});
export type FollowView = z.infer<typeof FollowView>;

export const TaskView = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  department: z.string(),
  assignees: z.array(z.string()),
  status: TaskStatusSchema,
  priority: TaskPrioritySchema,
  dueAt: z.string().optional(),
  overdue: z.boolean(),
  checklist: z.array(ChecklistEntrySchema),
  place: WorkPlaceSchema.optional(),
  files: z.array(z.object({ name: z.string(), url: z.string() })),
  links: z.array(WorkLinkSchema),
  projectId: z.string().optional(),
  origin: z.record(z.string(), z.unknown()).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().optional(),
  createdBy: z.string(),
  version: z.number(),
  watching: z.boolean().optional(),
  activity: z.array(ActivityView).optional(),
});
export type TaskView = z.infer<typeof TaskView>;

/** One line of a list (board column, my work, calendar, project tasks). */
export const TaskSummaryView = TaskView.pick({
  id: true,
  title: true,
  department: true,
  assignees: true,
  status: true,
  priority: true,
  dueAt: true,
  overdue: true,
  projectId: true,
  version: true,
  /** For the map of tasks (tasks-ui): optional, a list line without a place leaves it out. */
  place: true,
});
export type TaskSummaryView = z.infer<typeof TaskSummaryView>;

export const ProjectView = z.object({
  id: z.string(),
  kind: z.enum(PROJECT_KINDS),
  title: z.string(),
  description: z.string(),
  departments: z.array(z.string()),
  lead: z.string().optional(),
  start: z.string().optional(),
  end: z.string().optional(),
  status: z.enum(PROJECT_STATUSES),
  health: z.enum(PROJECT_HEALTH),
  budgetLine: z.string().optional(),
  place: WorkPlaceSchema.optional(),
  pstObjective: z.string().optional(),
  template: z.object({ id: z.string(), version: z.number(), anchorDay: z.string() }).optional(),
  published: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
  /** Tasks done / all, for progress bars. */
  progress: z.object({ done: z.number(), total: z.number() }).optional(),
  watching: z.boolean().optional(),
  activity: z.array(ActivityView).optional(),
});
export type ProjectView = z.infer<typeof ProjectView>;

/** A colleague, for assignee pickers and @mentions. */
export const PersonView = z.object({
  id: z.string().describe('Cognito sub'),
  name: z.string(),
  role: z.string(),
  departments: z.array(z.string()),
});
export type PersonView = z.infer<typeof PersonView>;
