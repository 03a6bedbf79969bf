/**
 * A task, a project, a report or a permit as comments and watchers see it, whichever it is: its partition (where
 * activity, mention and watcher items go), its title (copied into the lists) and its subject for the role matrix.
 * Comments and watching are written once, over this, for all four.
 *
 * Reports and permits have no title typed by staff (a permit's own title is the requester's words, which the lists
 * must not keep after an erasure): theirs is the code and the category's (or the kind's) French name, as their staff
 * page's heading. A permit never
 * submitted is its author's draft, unknown to staff.
 */
import { TRACKING_CODE_PATTERN, findCategory, normaliseTrackingCode, type CommuneConfig, type Subject } from '@tandem/shared';
import { permitLabelsFr } from '@tandem/shared/i18n/permit-labels/fr';
import { getReport } from '../reports/report-store.js';
import { getPermit } from '../permits/permit-store.js';
import { permitSubject } from '../permits/permit-subject.js';
import { getProject, getTask } from './work-store.js';

export type WorkKind = 'task' | 'project' | 'report' | 'permit';

/** The path parameter naming the item: tasks and projects have an id, reports and permits a code. */
export const itemParam = (kind: WorkKind): 'id' | 'code' => (kind === 'task' || kind === 'project' ? 'id' : 'code');

export interface WorkRef {
  kind: WorkKind;
  id: string;
  pk: string;
  sk: string;
  title: string;
  subject: Subject;
}

/** The item, or undefined when this commune has none with this id (or code). */
export async function workItem(config: CommuneConfig, kind: WorkKind, rawId: string): Promise<WorkRef | undefined> {
  const commune = config.id;
  const id = normaliseTrackingCode(rawId);
  if (!TRACKING_CODE_PATTERN.test(id)) return undefined;
  switch (kind) {
    case 'task': {
      const t = await getTask(commune, id);
      return t && { kind, id, pk: t.pk, sk: t.sk, title: t.title, subject: { department: t.department, assignees: t.assignees } };
    }
    case 'project': {
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
    case 'report': {
      const r = await getReport(commune, id);
      const category = r && findCategory(config, r.category);
      // The subject the report's own GET line asks with (staff/get-staff-report.ts).
      return (
        r && { kind, id, pk: r.pk, sk: r.sk, title: `${id} — ${category?.label.fr ?? r.category}`, subject: { department: r.department } }
      );
    }
    case 'permit': {
      const p = await getPermit(commune, id);
      if (!p?.submittedAt) return undefined;
      return { kind, id, pk: p.pk, sk: p.sk, title: `${id} — ${permitLabelsFr[`permit.kind.${p.kind}`]}`, subject: permitSubject(p) };
    }
  }
}
