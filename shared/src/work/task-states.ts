/**
 * A task's short workflow, defined once: à faire → en cours → en attente → fait, or annulé. Any open status may move
 * to any other status (a board is free to drag); a closed task (fait, annulé) may only be reopened to « à faire » or
 * « en cours ». The API checks moves with `canMoveTask`, the board offers only legal columns.
 */
export const TASK_STATUSES = ['todo', 'doing', 'waiting', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** The statuses a board shows as columns, in order. */
export const BOARD_COLUMNS: readonly TaskStatus[] = TASK_STATUSES;

export const OPEN_TASK_STATUSES: readonly TaskStatus[] = ['todo', 'doing', 'waiting'];
export const isOpenTask = (s: TaskStatus) => OPEN_TASK_STATUSES.includes(s);

export function canMoveTask(from: TaskStatus, to: TaskStatus): boolean {
  if (from === to) return false;
  if (isOpenTask(from)) return true;
  return to === 'todo' || to === 'doing';
}

export const TASK_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

/** Project statuses (a works site, an event's organisation, a PST action) and their health. */
export const PROJECT_STATUSES = ['planned', 'active', 'paused', 'done', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PROJECT_HEALTH = ['on-track', 'at-risk', 'off-track'] as const;
export type ProjectHealth = (typeof PROJECT_HEALTH)[number];
export const PROJECT_KINDS = ['works', 'event', 'pst-action', 'service', 'other'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];
