/**
 * A task or a project as comments and watchers see it, whichever it is: its partition (where activity, mention and
 * watcher items go), its title (copied into the lists) and its subject for the role matrix. Comments and watching
 * are written once, over this, for both.
 */
import { TRACKING_CODE_PATTERN, normaliseTrackingCode, type Subject } from '@tandem/shared';
import { getProject, getTask } from './work-store.js';

export type WorkKind = 'task' | 'project';

export interface WorkRef {
  kind: WorkKind;
  id: string;
  pk: string;
  sk: string;
  title: string;
  subject: Subject;
}

/** The item, or undefined when this commune has none with this id. */
export async function workItem(commune: string, kind: WorkKind, rawId: string): Promise<WorkRef | undefined> {
  const id = normaliseTrackingCode(rawId);
  if (!TRACKING_CODE_PATTERN.test(id)) return undefined;
  if (kind === 'task') {
    const t = await getTask(commune, id);
    return t && { kind, id, pk: t.pk, sk: t.sk, title: t.title, subject: { department: t.department, assignees: t.assignees } };
  }
  const p = await getProject(commune, id);
  // A project belongs to its first (leading) department; the others take part in it.
  return (
    p && {
      kind,
      id,
      pk: p.pk,
      sk: p.sk,
      title: p.title,
      subject: { department: p.departments[0], reviewers: p.departments.slice(1) },
    }
  );
}
