/**
 * The work API as the tasks screens call it (contract: /work TEAM.md, views: shared/src/schemas/work.ts). Reads go
 * through staffFetch; changes carry an Idempotency-Key kept per intended change by the caller (see useTaskChange).
 */
import type { ActivityView, PersonView, TaskSummaryView, TaskView } from '@tandem/shared/schemas/work';
import type { TaskStatus } from '@tandem/shared/work/task-states';
import type { MyWorkView } from '@tandem/shared/schemas/work-lists';
import { staffFetch } from '../session';

export type { ActivityView, PersonView, TaskSummaryView, TaskView };

/** What "my work" lists: an assignment summary, a mention or a watched item (kind + id, and what the API copies). */
export interface MyWorkEntry {
  kind: 'task' | 'project' | 'report' | 'permit';
  id: string;
  title: string;
  status?: string;
  department?: string;
  priority?: string;
  dueAt?: string;
  open?: boolean;
  /** Open and due before now (assigned, overdue, week). */
  overdue?: boolean;
  /** Mentions: when, by whom, and who was named (the reader, or `dept:<code>`). */
  at?: string;
  by?: string;
  who?: string;
}

export { MY_WORK_VIEWS, type MyWorkView } from '@tandem/shared/schemas/work-lists';

/** An opinion a department owes on a permit (from the opinion queue). */
export interface OwedOpinion {
  /** The permit request's code. */
  permit: string;
  /** The day it is due (YYYY-MM-DD). */
  due: string;
  overdue?: boolean;
}

export interface Board {
  /** Each column's cards loaded so far: its first page, then the pages « Afficher plus » added. */
  columns: Record<TaskStatus, TaskSummaryView[]>;
  /** Per column holding more than is loaded: where its next page starts. */
  cursors?: Partial<Record<TaskStatus, string>>;
  opinions: OwedOpinion[];
}

/** The next page of one column (`?status=&cursor=`). */
export interface BoardColumnPage {
  status: TaskStatus;
  cards: TaskSummaryView[];
  cursor?: string;
}

export const listQuery = (q: Record<string, string>) => {
  const s = new URLSearchParams(Object.entries(q).filter(([, v]) => v)).toString();
  return s ? `?${s}` : '';
};

export const fetchPeople = (commune: string) => staffFetch<{ items: PersonView[] }>(commune, 'staff/people').then((r) => r.items);
export const fetchMyWork = (commune: string, view: MyWorkView) =>
  staffFetch<{ items: MyWorkEntry[] }>(commune, `staff/my-work?view=${view}`).then((r) => r.items);
export const fetchBoard = (commune: string, department: string) =>
  staffFetch<Board>(commune, `staff/boards/${encodeURIComponent(department)}`);
export const fetchBoardPage = (commune: string, department: string, status: TaskStatus, cursor: string) =>
  staffFetch<BoardColumnPage>(commune, `staff/boards/${encodeURIComponent(department)}${listQuery({ status, cursor })}`);
export const fetchTasks = (commune: string, q: Record<string, string>) =>
  staffFetch<{ items: TaskSummaryView[] }>(commune, `staff/tasks${listQuery(q)}`).then((r) => r.items);
export const fetchTask = (commune: string, id: string) => staffFetch<TaskView>(commune, `staff/tasks/${encodeURIComponent(id)}`);

/** A write with its Idempotency-Key (one per intended change: the caller keeps it while retrying the same change). */
export function sendJson<T>(commune: string, method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', rest: string, key: string, body?: unknown) {
  return staffFetch<T>(commune, rest, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { 'idempotency-key': key },
  });
}
