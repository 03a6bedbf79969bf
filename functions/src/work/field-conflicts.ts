/**
 * The conflicts of a task change, told apart for the field app (docs/field-app.md, shared/src/field/field-problems.ts):
 * a 409 whose `type` says whether the task was cancelled, given to others, already finished, or just changed, and
 * `current` where it stands for the reader. Pure, beside the one read it needs (was the reader ever assigned?).
 */
import type { TaskItem, WorkActivityItem } from '@tandem/shared';
import { TASK_PROBLEM_TYPES, type TaskConflictCurrent } from '@tandem/shared/field/field-problems';
import type { TaskStatus } from '@tandem/shared/work/task-states';
import { HttpError } from '../lib/http.js';

const DETAILS = {
  cancelled: 'this task was cancelled since you opened it',
  reassigned: 'this task was given to someone else since you opened it',
  alreadyDone: 'someone else finished this task since you opened it',
  changed: 'someone else changed this task since you opened it; reload it and try again',
} as const satisfies Record<keyof typeof TASK_PROBLEM_TYPES, string>;

/** Whether a person was ever one of the task's assignees, by its activity (the created item and each assignment change list them). */
export function wasEverAssigned(activity: readonly WorkActivityItem[], sub: string): boolean {
  return activity.some((a) =>
    (a.changes ?? []).some((c) => c.field === 'assignees' && [c.from, c.to].some((list) => (list ?? '').split(',').includes(sub))),
  );
}

/** Which conflict a change of `t` (as it is now) meets, for the reader `sub` who asked for `asked`. */
export function taskConflictKind(
  t: Pick<TaskItem, 'status' | 'assignees'>,
  sub: string,
  asked: { status?: TaskStatus },
  formerlyAssigned: boolean,
): keyof typeof TASK_PROBLEM_TYPES {
  if (t.status === 'cancelled' && asked.status !== undefined && asked.status !== 'cancelled') return 'cancelled';
  if (formerlyAssigned && !t.assignees.includes(sub)) return 'reassigned';
  if (asked.status === 'done' && t.status === 'done') return 'alreadyDone';
  return 'changed';
}

/** The 409 problem of that conflict: its type, words, and where the task stands (`currentVersion`/`currentStatus` kept for the staff app). */
export function taskConflict(
  t: Pick<TaskItem, 'status' | 'assignees' | 'version'>,
  sub: string,
  asked: { status?: TaskStatus },
  formerlyAssigned: boolean,
): HttpError {
  const kind = taskConflictKind(t, sub, asked, formerlyAssigned);
  const current: TaskConflictCurrent = { status: t.status, version: t.version, assignedToYou: t.assignees.includes(sub) };
  return new HttpError(409, DETAILS[kind], [], {
    type: TASK_PROBLEM_TYPES[kind],
    current,
    currentVersion: t.version,
    currentStatus: t.status,
  });
}
