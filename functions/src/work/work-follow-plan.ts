/**
 * The follow items a task's creation or change writes in its transaction, as a pure function: the assignment items
 * ("my work" copies) put for new assignees, deleted for those taken off, rewritten for the others when what "my
 * work" shows changed (title, status, due date, team, priority); watcher items for new assignees (everyone assigned
 * watches), and the watchers' title copies rewritten when the title changes.
 */
import { isOpenTask } from '@tandem/shared/work/task-states';
import { assignmentItem, watcherItem, type AssignedSummary, type AssignmentItem, type TaskItem, type WatcherItem } from '@tandem/shared';

export function taskSummary(t: TaskItem): AssignedSummary {
  return {
    kind: 'task',
    id: t.id,
    title: t.title,
    status: t.status,
    open: isOpenTask(t.status),
    department: t.department,
    priority: t.priority,
    ...(t.dueAt ? { dueAt: t.dueAt } : {}),
  };
}

export interface FollowWrites {
  puts: (AssignmentItem | WatcherItem)[];
  deletes: { pk: string; sk: string }[];
}

const SUMMARY_FIELDS = ['title', 'status', 'open', 'department', 'priority', 'dueAt'] as const;

/**
 * `assignments` and `watchers`: the items the task's partition holds now (none for a new task); `watchersToAdd`:
 * who starts watching (the creator on creation) besides the assignees added.
 */
export function followWrites(
  task: TaskItem,
  now: string,
  assignments: readonly AssignmentItem[],
  watchers: readonly WatcherItem[],
  watchersToAdd: readonly string[] = [],
): FollowWrites {
  const puts: FollowWrites['puts'] = [];
  const deletes: FollowWrites['deletes'] = [];
  const summary = taskSummary(task);
  const bySub = new Map(assignments.map((a) => [a.sub, a]));
  for (const a of assignments) if (!task.assignees.includes(a.sub)) deletes.push({ pk: a.pk, sk: a.sk });
  const added: string[] = [];
  for (const sub of task.assignees) {
    const had = bySub.get(sub);
    if (!had) added.push(sub);
    const fresh = assignmentItem(task.commune, task.pk, sub, had?.assignedAt ?? now, summary);
    const changed = !had || SUMMARY_FIELDS.some((f) => had[f] !== fresh[f]) || had.gsi1sk !== fresh.gsi1sk;
    if (changed) puts.push(fresh);
  }
  const watching = new Map(watchers.map((w) => [w.sub, w]));
  const what = { kind: 'task' as const, id: task.id, title: task.title };
  for (const sub of new Set([...added, ...watchersToAdd]))
    if (!watching.has(sub)) puts.push(watcherItem(task.commune, task.pk, sub, now, what));
  for (const w of watchers) if (w.title !== task.title) puts.push(watcherItem(task.commune, task.pk, w.sub, w.since, what));
  return { puts, deletes };
}
