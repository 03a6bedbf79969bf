/**
 * The projects routes' own query and list shapes (the bodies and views are in schemas/work.ts): the list's filters,
 * and the answers of GET projects and GET projects/{id}/tasks.
 */
import * as z from 'zod';
import { PROJECT_KINDS, PROJECT_STATUSES } from '../work/task-states.js';
import { ProjectView, TaskSummaryView } from './work.js';

export const ProjectListQuery = z.object({
  status: z.enum(PROJECT_STATUSES).optional(),
  kind: z.enum(PROJECT_KINDS).optional(),
  department: z.string().trim().min(1).max(40).optional(),
});
export type ProjectListQuery = z.infer<typeof ProjectListQuery>;

/** Every project of the commune matching the filters, by start day (those without one last). */
export const ProjectList = z.object({ items: z.array(ProjectView) });
export type ProjectList = z.infer<typeof ProjectList>;

/** A project's tasks, by due instant (those without one last). */
export const ProjectTaskList = z.object({ items: z.array(TaskSummaryView) });
export type ProjectTaskList = z.infer<typeof ProjectTaskList>;
