/**
 * What the API answers of a task: the whole view (with presigned file links, activity and `watching`) and the line a
 * list shows. `overdue` is computed from the clock at the time of the answer, never stored.
 */
import { isOpenTask } from '@tandem/shared/work/task-states';
import type { ActivityView, TaskSummaryView, TaskView } from '@tandem/shared/schemas/work';
import type { TaskItem, WorkActivityItem } from '@tandem/shared';
import { signedReadUrls } from '../lib/stored-files.js';

/** Open and due before now. */
export const isOverdue = (t: Pick<TaskItem, 'status' | 'dueAt'>, now: string) =>
  isOpenTask(t.status) && t.dueAt !== undefined && t.dueAt < now;

export function toTaskSummary(t: TaskItem, now: string): TaskSummaryView {
  return {
    id: t.id,
    title: t.title,
    department: t.department,
    assignees: t.assignees,
    status: t.status,
    priority: t.priority,
    ...(t.dueAt ? { dueAt: t.dueAt } : {}),
    overdue: isOverdue(t, now),
    ...(t.projectId ? { projectId: t.projectId } : {}),
    // The map of tasks draws the open ones that have a place (tasks-ui).
    ...(t.place ? { place: t.place } : {}),
    version: t.version,
  };
}

const fileName = (key: string) => key.slice(key.lastIndexOf('/') + 1);

/** Presigned read links for stored files, named by their key's last part. */
export async function fileLinks(keys: readonly string[]): Promise<{ name: string; url: string }[]> {
  const urls = await signedReadUrls([...keys]);
  return keys.map((k, i) => ({ name: fileName(k), url: urls[i] }));
}

export async function toActivityView(a: WorkActivityItem): Promise<ActivityView> {
  return {
    at: a.at,
    kind: a.kind,
    actor: a.actor,
    public: a.public,
    ...(a.text ? { text: a.text } : {}),
    ...(a.changes?.length ? { changes: a.changes } : {}),
    ...(a.mentions?.length ? { mentions: a.mentions } : {}),
    ...(a.files?.length ? { files: await fileLinks(a.files) } : {}),
  };
}

export async function toTaskView(
  t: TaskItem,
  now: string,
  extra: { activity?: WorkActivityItem[]; watching?: boolean } = {},
): Promise<TaskView> {
  return {
    ...toTaskSummary(t, now),
    description: t.description,
    checklist: t.checklist,
    ...(t.place ? { place: t.place } : {}),
    files: await fileLinks(t.files),
    links: t.links,
    ...(t.origin ? { origin: { ...t.origin } } : {}),
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    ...(t.closedAt ? { closedAt: t.closedAt } : {}),
    createdBy: t.createdBy,
    ...(extra.watching !== undefined ? { watching: extra.watching } : {}),
    ...(extra.activity ? { activity: await Promise.all(extra.activity.map(toActivityView)) } : {}),
  };
}
