/**
 * A task: a versioned work item in its own partition (`C#c#TASK#<id>`), with its activity (TL# items, as reports and
 * permits keep their timelines), its assignment, watcher and mention items. Every list reads by key:
 *   gsi1  a department's board, one partition per department and status, by due date (closed: by closing instant);
 *   gsi2  a project's tasks, by due date (sparse: tasks in a project);
 *   gsi3  the commune's calendar of tasks with a due instant, by that instant (sparse).
 * "My work" reads the assignment items (entities/work-follow.ts), which copy what a list shows.
 */
import { brusselsDate } from '../brussels-time.js';
import type { PermitGeometry } from '../permits/permit-details.js';
import { isOpenTask, type TaskPriority, type TaskStatus } from '../work/task-states.js';
import { communePrefix } from './key-parts.js';

export const TASK_SK: '#TASK' = '#TASK';
/** Sort keys of items without a due instant: after every date. */
export const NO_DUE = '~';

const taskPk = (commune: string, id: string) => `${communePrefix(commune)}TASK#${id}`;

export const taskKeys = {
  task: (commune: string, id: string) => ({ pk: taskPk(commune, id), sk: TASK_SK }),
  taskPk,
  /** gsi1: one column of a department's board. */
  boardColumn: (commune: string, department: string, status: TaskStatus) => `${communePrefix(commune)}BOARD#${department}#${status}`,
  /** gsi2: a project's tasks. */
  projectTasks: (commune: string, projectId: string) => `${communePrefix(commune)}PROJECT-TASKS#${projectId}`,
  /** gsi3: tasks with a due instant, by that instant (the calendar; overdue = open ones before now). */
  taskCalendar: (commune: string) => `${communePrefix(commune)}TASK-CALENDAR`,
};

/** What a task points at: a report (by tracking code), a permit, a map item, another task. */
export interface WorkLink {
  kind: 'report' | 'permit' | 'map-item' | 'task' | 'project';
  id: string;
}

export interface ChecklistEntry {
  id: string;
  text: string;
  done: boolean;
}

/** A place: a GeoJSON point, line (e.g. a street to sweep) or area, as permits and map items have, with words for people. */
export interface WorkPlace {
  label?: string;
  geometry: PermitGeometry;
}

export interface TaskItem {
  pk: string;
  sk: typeof TASK_SK;
  type: 'task';
  commune: string;
  id: string;
  title: string;
  description: string;
  /** The team: the department that does it. */
  department: string;
  /** Staff members (Cognito subs) who do it. */
  assignees: string[];
  status: TaskStatus;
  priority: TaskPriority;
  /** Instant it is due, UTC ISO with Z (so that the indexes sort by it: normalise what clients send), if any. */
  dueAt?: string;
  checklist: ChecklistEntry[];
  place?: WorkPlace;
  /** S3 keys (photos and documents) under tasks/<commune>/<id>/. */
  files: string[];
  links: WorkLink[];
  projectId?: string;
  /** The process template step or recurrence that made it (never twice: its id is derived from it). */
  origin?: { kind: 'template'; template: string; version: number; step: string } | { kind: 'recurrence'; recurrence: string; day: string };
  createdAt: string;
  updatedAt: string;
  /** When it last reached fait or annulé. */
  closedAt?: string;
  createdBy: string;
  version: number;
  gsi1pk: string;
  gsi1sk: string;
  gsi2pk?: string;
  gsi2sk?: string;
  gsi3pk?: string;
  gsi3sk?: string;
}

/** The sort key of open items by due instant, then id. */
export const dueSortKey = (dueAt: string | undefined, id: string) => `${dueAt ?? NO_DUE}#${id}`;

/** The index attributes of a task, from what it is now: set them on every change. */
export function taskIndexes(t: Pick<TaskItem, 'commune' | 'id' | 'department' | 'status' | 'dueAt' | 'projectId' | 'closedAt'>) {
  const open = isOpenTask(t.status);
  return {
    gsi1pk: taskKeys.boardColumn(t.commune, t.department, t.status),
    gsi1sk: open ? dueSortKey(t.dueAt, t.id) : `${t.closedAt ?? ''}#${t.id}`,
    gsi2pk: t.projectId ? taskKeys.projectTasks(t.commune, t.projectId) : undefined,
    gsi2sk: t.projectId ? dueSortKey(t.dueAt, t.id) : undefined,
    gsi3pk: t.dueAt ? taskKeys.taskCalendar(t.commune) : undefined,
    gsi3sk: t.dueAt ? `${t.dueAt}#${t.id}` : undefined,
  };
}

/** The Brussels day a task is due, for calendars and "due this week". */
export const taskDueDay = (t: Pick<TaskItem, 'dueAt'>) => (t.dueAt ? brusselsDate(t.dueAt) : undefined);

/** What a new task is made of; the rest (keys, status, indexes, version) the builder sets. */
export type NewTask = Pick<TaskItem, 'commune' | 'id' | 'title' | 'department' | 'createdAt' | 'createdBy'> &
  Partial<
    Pick<TaskItem, 'description' | 'assignees' | 'priority' | 'dueAt' | 'checklist' | 'place' | 'files' | 'links' | 'projectId' | 'origin'>
  >;

/** A new task, à faire, version 1, with its index attributes. */
export function newTaskItem(t: NewTask): TaskItem {
  const item = {
    ...taskKeys.task(t.commune, t.id),
    type: 'task' as const,
    description: '',
    assignees: [],
    priority: 'normal' as const,
    checklist: [],
    files: [],
    links: [],
    ...t,
    status: 'todo' as const,
    updatedAt: t.createdAt,
    version: 1,
  };
  const idx = taskIndexes(item);
  return { ...item, gsi1pk: idx.gsi1pk, gsi1sk: idx.gsi1sk, ...defined(idx) };
}

function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
