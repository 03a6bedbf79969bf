/**
 * The activity of a task or a project: append-only TL# items in the item's partition, written in the same transaction
 * as the change they tell of (functions/src/lib/versioned-write.ts). The stream carries them, as it carries report
 * and permit timelines, so they are also the source of notifications; public ones (a works site's progress updates)
 * show on its public page.
 *
 * Staff comments on a report or a permit are activity items too, in the report's or permit's partition beside its
 * timeline items: same `TL#` prefix (so the stream carries them), told apart by `type: 'activity'` — every reader of
 * a report's or permit's timeline keeps `type: 'timeline'` only, so a comment never reaches the public or requester.
 */
import { timelineSk } from './timeline.js';

export type WorkActivityKind =
  | 'created'
  | 'changed'
  | 'status'
  | 'assigned'
  | 'comment'
  | 'checklist'
  | 'files'
  | 'published'
  | 'progress'
  | 'work-order';

/** One field's change, as people read it (values as stored: codes, subs, instants). */
export interface FieldChange {
  field: string;
  from?: string;
  to?: string;
}

export interface WorkActivityItem {
  pk: string;
  sk: string;
  type: 'activity';
  entity: 'task' | 'project' | 'report' | 'permit';
  commune: string;
  id: string;
  at: string;
  kind: WorkActivityKind;
  /** Shown to the public (a published works site's progress updates only). */
  public: boolean;
  actor: string;
  actorSub?: string;
  text?: string;
  changes?: FieldChange[];
  /** Subs and `dept:<code>` mentioned in a comment. */
  mentions?: string[];
  /** S3 keys of the photos and documents joined to a comment or an update. */
  files?: string[];
}

export function newWorkActivityItem(
  itemPk: string,
  entity: WorkActivityItem['entity'],
  commune: string,
  id: string,
  at: string,
  entry: Omit<WorkActivityItem, 'pk' | 'sk' | 'type' | 'entity' | 'commune' | 'id' | 'at'>,
): WorkActivityItem {
  return { pk: itemPk, sk: timelineSk(at), type: 'activity', entity, commune, id, at, ...entry };
}
