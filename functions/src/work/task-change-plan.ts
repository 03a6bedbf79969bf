/**
 * What a task change does, as a pure function of the task as read and the change asked (tested on its own): the
 * attributes to set and remove (closedAt and the index attributes recomputed from the task as it will be), the
 * FieldChanges the activity item lists, its kind, and the role-matrix actions it takes (a worker may move a task and
 * tick its checklist, not rename it).
 */
import { canMoveTask, isOpenTask } from '@tandem/shared/work/task-states';
import type { TaskChange } from '@tandem/shared/schemas/work';
import { taskIndexes, type FieldChange, type TaskItem, type WorkActivityKind } from '@tandem/shared';

/** The actions of PATCH tasks/{id} in the role matrix. */
export type TaskAction = 'edit' | 'move' | 'tick';

/** A change as the handler passes it: dueAt already in UTC (Z), files already adopted. */
export type PlannedChange = Omit<TaskChange, 'addFiles' | 'version'> & { addedFiles?: string[] };

export interface TaskChangePlan {
  set: Partial<TaskItem>;
  remove: (keyof TaskItem)[];
  changes: FieldChange[];
  kind: WorkActivityKind;
  actions: TaskAction[];
  /** The task as it will be (before the version bump). */
  next: TaskItem;
}
export type PlanError = { field: string; reason: string };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const ticks = (list: TaskItem['checklist']) => `${list.filter((e) => e.done).length}/${list.length}`;
/** A checklist change that only ticks or unticks entries (same entries, same order, same words). */
const onlyTicks = (a: TaskItem['checklist'], b: TaskItem['checklist']) =>
  a.length === b.length && a.every((e, i) => e.id === b[i].id && e.text === b[i].text);

export function planTaskChange(t: TaskItem, c: PlannedChange, now: string): TaskChangePlan | PlanError {
  const next: TaskItem = { ...t };
  const changes: FieldChange[] = [];
  const actions = new Set<TaskAction>();
  const unset = new Set<keyof TaskItem>();

  if (c.title !== undefined && c.title !== t.title) {
    next.title = c.title;
    changes.push({ field: 'title', from: t.title, to: c.title });
  }
  if (c.description !== undefined && c.description !== t.description) {
    next.description = c.description;
    changes.push({ field: 'description' });
  }
  if (c.department !== undefined && c.department !== t.department) {
    next.department = c.department;
    changes.push({ field: 'department', from: t.department, to: c.department });
  }
  if (c.assignees !== undefined) {
    const wanted = [...new Set(c.assignees)];
    if (!same([...wanted].sort(), [...t.assignees].sort())) {
      next.assignees = wanted;
      changes.push({ field: 'assignees', from: t.assignees.join(','), to: wanted.join(',') });
    }
  }
  if (c.priority !== undefined && c.priority !== t.priority) {
    next.priority = c.priority;
    changes.push({ field: 'priority', from: t.priority, to: c.priority });
  }
  if (c.dueAt !== undefined && c.dueAt !== (t.dueAt ?? null)) {
    if (c.dueAt === null) unset.add('dueAt');
    next.dueAt = c.dueAt ?? undefined;
    changes.push({ field: 'dueAt', ...(t.dueAt ? { from: t.dueAt } : {}), ...(c.dueAt ? { to: c.dueAt } : {}) });
  }
  if (c.checklist !== undefined && !same(c.checklist, t.checklist)) {
    next.checklist = c.checklist;
    changes.push({ field: 'checklist', from: ticks(t.checklist), to: ticks(c.checklist) });
    if (!onlyTicks(t.checklist, c.checklist)) actions.add('edit');
  }
  if (c.place !== undefined && !same(c.place, t.place)) {
    if (c.place === null) unset.add('place');
    next.place = c.place ?? undefined;
    changes.push({ field: 'place', ...(t.place?.label ? { from: t.place.label } : {}), ...(c.place?.label ? { to: c.place.label } : {}) });
  }
  if (c.links !== undefined && !same(c.links, t.links)) {
    next.links = c.links;
    changes.push({ field: 'links', from: String(t.links.length), to: String(c.links.length) });
  }
  if (c.projectId !== undefined && c.projectId !== (t.projectId ?? null)) {
    if (c.projectId === null) unset.add('projectId');
    next.projectId = c.projectId ?? undefined;
    changes.push({ field: 'projectId', ...(t.projectId ? { from: t.projectId } : {}), ...(c.projectId ? { to: c.projectId } : {}) });
  }
  if (c.addedFiles?.length) {
    next.files = [...t.files, ...c.addedFiles];
    changes.push({ field: 'files', to: String(c.addedFiles.length) });
  }
  if (c.status !== undefined && c.status !== t.status) {
    if (!canMoveTask(t.status, c.status)) return { field: 'status', reason: `a task cannot go from "${t.status}" to "${c.status}"` };
    next.status = c.status;
    changes.push({ field: 'status', from: t.status, to: c.status });
    if (!isOpenTask(c.status)) next.closedAt = now;
    else if (t.closedAt) {
      next.closedAt = undefined;
      unset.add('closedAt');
    }
  }
  if (!changes.length) return { field: 'version', reason: 'nothing changes: every field sent is as the task already is' };

  const fields = changes.map((f) => f.field);
  for (const f of fields) {
    if (f === 'status') actions.add('move');
    else if (f === 'checklist' || f === 'files') actions.add('tick');
    else actions.add('edit');
  }
  const idx = taskIndexes(next);
  for (const k of ['gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk'] as const) if (idx[k] === undefined && t[k] !== undefined) unset.add(k);
  const set: Partial<TaskItem> = {};
  for (const k of Object.keys(next) as (keyof TaskItem)[])
    if (!unset.has(k) && next[k] !== undefined && !same(next[k], t[k])) (set as Record<string, unknown>)[k] = next[k];
  for (const [k, v] of Object.entries(idx)) if (v !== undefined && v !== t[k as keyof TaskItem]) (set as Record<string, unknown>)[k] = v;
  Object.assign(next, idx);
  return { set, remove: [...unset], changes, kind: kindOf(fields), actions: [...actions], next };
}

function kindOf(fields: string[]): WorkActivityKind {
  if (fields.length === 1) {
    const only = { status: 'status', assignees: 'assigned', checklist: 'checklist', files: 'files' } as const;
    return only[fields[0] as keyof typeof only] ?? 'changed';
  }
  return 'changed';
}

export const isPlanError = (p: TaskChangePlan | PlanError): p is PlanError => 'field' in p && 'reason' in p;
