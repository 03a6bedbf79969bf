/**
 * The conflicts a field worker's phone must tell apart when it sends what it did offline (docs/field-app.md): each
 * is a 409 `application/problem+json` whose `type` names the case, with `current` saying where the task stands now
 * (its status, its version, whether the reader is still one of its assignees — never who is). The app explains them
 * in words (web/src/components/field/contract.ts `ConflictReason`). Type URIs are names, not links (RFC 9457 §3.1.1
 * allows that): clients compare them, they never fetch them.
 */
import * as z from 'zod';
import { TaskStatusSchema } from '../schemas/work.js';

export { TASK_PROBLEM_TYPES, type TaskProblemType } from './task-problem-types.js';

/** What a task conflict says of the task now (beside `currentVersion` and `currentStatus`, kept for the staff app). */
export const TaskConflictCurrent = z.object({
  status: TaskStatusSchema,
  version: z.number().int(),
  /** Whether the reader is one of its assignees now. */
  assignedToYou: z.boolean(),
});
export type TaskConflictCurrent = z.infer<typeof TaskConflictCurrent>;
