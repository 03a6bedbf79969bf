/**
 * The line a list shows of a task (task lists, the board, « Mon travail », a project's tasks): one summary for every
 * list. Kept apart from task-view.ts (which presigns file links) so that a function listing tasks does not carry S3.
 * `overdue` is computed from the clock at the time of the answer, never stored.
 */
import { isOpenTask } from '@tandem/shared/work/task-states';
import { taskSummary } from '@tandem/shared/work/task-summary';
import type { TaskSummaryView } from '@tandem/shared/schemas/work';
import type { TaskItem } from '@tandem/shared';

/** Open and due before now. */
export const isOverdue = (t: Pick<TaskItem, 'status' | 'dueAt'>, now: string) =>
  isOpenTask(t.status) && t.dueAt !== undefined && t.dueAt < now;

export const toTaskSummary = (t: TaskItem, now: string): TaskSummaryView => taskSummary(t, isOverdue(t, now));
