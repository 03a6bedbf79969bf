/**
 * The `type` of each task conflict a field worker's phone tells apart (shared/src/field/field-problems.ts says what
 * comes with them). Apart from the schemas, without zod, so that the field app's outbox reads them at no weight.
 */
const PREFIX = 'urn:tandem:problem:';

export const TASK_PROBLEM_TYPES = {
  /** The version sent is stale: someone changed the task meanwhile (nothing else below applies). */
  changed: `${PREFIX}task-changed`,
  /**
   * The reader was one of the task's assignees and no longer is. Only said to a staff member of the commune who was
   * once assigned to it (its activity says so); to anyone else a task they may not act on is a plain 403.
   */
  reassigned: `${PREFIX}task-reassigned`,
  /** The task was cancelled meanwhile, and the change asked to move it. */
  cancelled: `${PREFIX}task-cancelled`,
  /** The change asked to finish a task someone else finished meanwhile. */
  alreadyDone: `${PREFIX}task-already-done`,
} as const;
export type TaskProblemType = (typeof TASK_PROBLEM_TYPES)[keyof typeof TASK_PROBLEM_TYPES];
