/**
 * What the API answers of a task: the whole view (with presigned file links, activity and `watching`) and the line a
 * list shows (task-summary.ts, re-exported here). `overdue` is computed from the clock at the time of the answer, never stored.
 */
import type { ActivityView, TaskView } from '@tandem/shared/schemas/work';
import type { TaskItem, WorkActivityItem } from '@tandem/shared';
import { signedReadUrls } from '../lib/stored-files.js';
import { toTaskSummary } from './task-summary.js';

export { toTaskSummary } from './task-summary.js';

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
