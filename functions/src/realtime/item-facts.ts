/**
 * What the socket needs to know of a changed item that its event does not carry: who may see it (its subject for the
 * role matrix, as the item's own routes compute it), its board, its people and its project. One read by key.
 */
import type { ChangedItemFacts, CommuneConfig, ItemEntity, Subject } from '@tandem/shared';
import { getReport } from '../reports/report-store.js';
import { getPermit } from '../permits/permit-store.js';
import { getTask } from '../work/work-store.js';
import { workItem } from '../work/work-item-ref.js';
import { permitSubject } from '../permits/permit-subject.js';

/** The item's facts, or undefined when it does not exist (or is a permit draft, which staff do not see). */
export async function itemFacts(config: CommuneConfig, entity: ItemEntity, ref: string): Promise<ChangedItemFacts | undefined> {
  const commune = config.id;
  switch (entity) {
    case 'report': {
      const r = await getReport(commune, ref);
      return r && { subject: { department: r.department }, ...(r.assignee ? { assignees: [r.assignee] } : {}) };
    }
    case 'permit': {
      const p = await getPermit(commune, ref);
      return p?.submittedAt ? { subject: permitSubject(p) } : undefined;
    }
    case 'task': {
      const t = await getTask(commune, ref);
      return (
        t && {
          // As workItem's (work/work-item-ref.ts): its team, and the people assigned.
          subject: { department: t.department, assignees: t.assignees },
          board: t.department,
          assignees: t.assignees,
          ...(t.projectId ? { projectId: t.projectId } : {}),
        }
      );
    }
    case 'project': {
      const p = await workItem(config, 'project', ref);
      return p && { subject: p.subject };
    }
  }
}

/** The subject of an item a client wants to follow (subscribe to `report:<code>`…), undefined when there is none. */
export async function itemSubject(config: CommuneConfig, entity: ItemEntity, ref: string): Promise<Subject | undefined> {
  return (await itemFacts(config, entity, ref))?.subject;
}
