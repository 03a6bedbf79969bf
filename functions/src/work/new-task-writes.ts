/**
 * A new task as the items written with it, in one transaction: the task (a conditional put: its id is derived from
 * what made it, so a second writer is refused), its first activity item (« created », which the stream carries) and
 * one assignment item per assignee (their "my work", entities/work-follow.ts). Used by the recurrence scheduler, the
 * work order and the permit's process; the tasks API builds the same items for a task made by hand.
 */
import {
  assignmentItem,
  newTaskItem,
  newWorkActivityItem,
  type AssignmentItem,
  type NewTask,
  type TaskItem,
  type WorkActivityItem,
} from '@tandem/shared';
import { isOpenTask } from '@tandem/shared/work/task-states';
import { env } from '../lib/aws.js';
import type { TransactEntry } from '../lib/versioned-write.js';

export interface NewTaskWrites {
  task: TaskItem;
  activity: WorkActivityItem;
  assignments: AssignmentItem[];
  /** The transaction's entries, the task first (its condition failing = the task is already there). */
  entries: TransactEntry[];
}

export function newTaskWrites(t: NewTask, actor: { name: string; sub?: string }, text?: string): NewTaskWrites {
  const task = newTaskItem(t);
  const activity = newWorkActivityItem(task.pk, 'task', task.commune, task.id, task.createdAt, {
    kind: 'created',
    public: false,
    actor: actor.name,
    ...(actor.sub ? { actorSub: actor.sub } : {}),
    ...(text ? { text } : {}),
  });
  const assignments = [...new Set(task.assignees)].map((sub) =>
    assignmentItem(task.commune, task.pk, sub, task.createdAt, {
      kind: 'task',
      id: task.id,
      title: task.title,
      status: task.status,
      open: isOpenTask(task.status),
      department: task.department,
      priority: task.priority,
      ...(task.dueAt ? { dueAt: task.dueAt } : {}),
    }),
  );
  const TableName = env().tableName;
  const entries: TransactEntry[] = [
    { Put: { TableName, Item: task, ConditionExpression: 'attribute_not_exists(pk)' } },
    { Put: { TableName, Item: activity, ConditionExpression: 'attribute_not_exists(pk)' } },
    ...assignments.map((Item) => ({ Put: { TableName, Item } })),
  ];
  return { task, activity, assignments, entries };
}
