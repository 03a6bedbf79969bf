/**
 * A task as its form holds it (new task, edit), checked before sending with the API's own rules (TaskInput), and
 * turned into the API's body: the whole input for a new task, only what changed for an edit.
 */
import type { Position } from '@tandem/shared/permits/permit-details';
import { TaskInput, type TaskChange } from '@tandem/shared/schemas/work';
import type { TaskPriority } from '@tandem/shared/work/task-states';
import { geometryOf, pointsOf, type Shape } from '../../permits/request-draft';
import type { FieldErrors } from '../../report/form-errors';
import { tr } from '../../../lib/locale';
import type { TaskView } from './task-api';
import { dueFields, dueInstant } from './task-format';

export interface TaskDraft {
  title: string;
  description: string;
  department: string;
  priority: TaskPriority;
  dueDay: string;
  dueTime: string;
  assignees: string[];
  placeLabel: string;
  shape: Shape;
  points: Position[];
}

/** The form's field ids (the error summary links to them), in the form's order. */
export const TF = {
  title: 'tf-title',
  description: 'tf-description',
  department: 'tf-department',
  priority: 'tf-priority',
  dueDay: 'tf-due-day',
  dueTime: 'tf-due-time',
  assignees: 'tf-assignees',
  placeLabel: 'tf-place-label',
  geometry: 'pf-geometry',
} as const;
export const TF_ORDER = Object.values(TF);

export const emptyDraft = (department: string): TaskDraft => ({
  title: '',
  description: '',
  department,
  priority: 'normal',
  dueDay: '',
  dueTime: '',
  assignees: [],
  placeLabel: '',
  shape: 'Point',
  points: [],
});

export function draftOfTask(t: TaskView): TaskDraft {
  const due = dueFields(t.dueAt);
  const drawn = pointsOf(t.place?.geometry) ?? { shape: 'Point' as Shape, points: [] };
  return {
    title: t.title,
    description: t.description,
    department: t.department,
    priority: t.priority,
    dueDay: due.day,
    dueTime: due.time,
    assignees: [...t.assignees],
    placeLabel: t.place?.label ?? '',
    ...drawn,
  };
}

const placeOf = (d: TaskDraft) => {
  const geometry = geometryOf(d.shape, d.points);
  return geometry ? { ...(d.placeLabel.trim() ? { label: d.placeLabel.trim() } : {}), geometry } : undefined;
};

/** The new task's body (TaskInput). */
export const inputOf = (d: TaskDraft, links: TaskInput['links'] = []) => ({
  title: d.title.trim(),
  description: d.description.trim(),
  department: d.department,
  priority: d.priority,
  assignees: d.assignees,
  ...(d.dueDay ? { dueAt: dueInstant(d.dueDay, d.dueTime) } : {}),
  ...(placeOf(d) ? { place: placeOf(d) } : {}),
  links,
});

/** What an edit changes (only the fields that differ from the task); empty when nothing does. */
export function changeOf(d: TaskDraft, t: TaskView): Omit<TaskChange, 'version'> {
  const was = draftOfTask(t);
  const c: Omit<TaskChange, 'version'> = {};
  if (d.title.trim() !== was.title) c.title = d.title.trim();
  if (d.description.trim() !== was.description) c.description = d.description.trim();
  if (d.department !== was.department) c.department = d.department;
  if (d.priority !== was.priority) c.priority = d.priority;
  if (d.dueDay !== was.dueDay || (d.dueDay && d.dueTime !== was.dueTime)) c.dueAt = d.dueDay ? dueInstant(d.dueDay, d.dueTime) : null;
  if ([...d.assignees].sort().join() !== [...was.assignees].sort().join()) c.assignees = d.assignees;
  if (JSON.stringify(placeOf(d)) !== JSON.stringify(placeOf(was))) c.place = placeOf(d) ?? null;
  return c;
}

/** The form's problems, by the API's rules (so that the form says them before sending). */
export function checkDraft(d: TaskDraft): FieldErrors {
  const e: FieldErrors = {};
  if (d.title.trim().length < 3 || d.title.trim().length > 140) e[TF.title] = tr('workTasks.error.title');
  if (!d.department) e[TF.department] = tr('workTasks.error.department');
  if (d.dueTime && !d.dueDay) e[TF.dueDay] = tr('workTasks.error.dueDay');
  if (d.points.length && !geometryOf(d.shape, d.points)) e[TF.geometry] = tr('workTasks.error.place');
  if (!Object.keys(e).length) {
    const r = TaskInput.safeParse(inputOf(d));
    if (!r.success) for (const i of r.error.issues) e[fieldOf(String(i.path[0]))] ??= i.message;
  }
  return e;
}

function fieldOf(apiField: string): string {
  if (apiField === 'dueAt') return TF.dueDay;
  if (apiField === 'place') return TF.geometry;
  return (TF as Record<string, string>)[apiField] ?? TF.title;
}
