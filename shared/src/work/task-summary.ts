/**
 * The line a list shows of a task (task lists, the board, « Mon travail », a project's tasks), from anything that
 * carries its fields: a stored task on the server (with `overdue` computed from the clock), or a task as the API
 * answers it (the board's live merge). One list of fields for both.
 */
import type { TaskSummaryView } from '../schemas/work.js';

export function taskSummary(t: Omit<TaskSummaryView, 'overdue'>, overdue: boolean): TaskSummaryView {
  return {
    id: t.id,
    title: t.title,
    department: t.department,
    assignees: t.assignees,
    status: t.status,
    priority: t.priority,
    ...(t.dueAt ? { dueAt: t.dueAt } : {}),
    overdue,
    ...(t.projectId ? { projectId: t.projectId } : {}),
    // The map of tasks draws the open ones that have a place (tasks-ui).
    ...(t.place ? { place: t.place } : {}),
    version: t.version,
  };
}
