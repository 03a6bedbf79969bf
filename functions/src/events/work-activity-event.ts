/**
 * A task's or a project's new activity item (entities/work-activity.ts), or a staff comment on a report or a permit,
 * as a bus event (source `tandem.work`):
 * ids, the kind, the names of the fields changed, the status moved to and who was mentioned, never what people
 * wrote (no comment text, no title, no from/to values but a status). Notifications (issue 11) read the item.
 */
import type { PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { TIMELINE_PREFIX, WORK_EVENT_SOURCE, WORK_EVENT_TYPES, type WorkActivityItem, type WorkEventDetail } from '@tandem/shared';

const WORK_ENTITIES = new Set<string>(['task', 'project', 'report', 'permit'] satisfies WorkEventDetail['entity'][]);

export function workActivityEntry(item: Record<string, unknown>, busName: string): PutEventsRequestEntry | undefined {
  if (item.type !== 'activity' || !String(item.sk).startsWith(TIMELINE_PREFIX)) return undefined;
  const a = item as unknown as WorkActivityItem;
  if (!WORK_ENTITIES.has(a.entity) || !(a.kind in WORK_EVENT_TYPES)) return undefined;
  const status = a.changes?.find((c) => c.field === 'status')?.to;
  const detail: WorkEventDetail = {
    commune: a.commune,
    entity: a.entity,
    id: a.id,
    kind: a.kind,
    at: a.at,
    public: a.public,
    ...(a.actorSub ? { actorSub: a.actorSub } : {}),
    ...(a.changes?.length ? { fields: a.changes.map((c) => c.field) } : {}),
    ...(status ? { to: status } : {}),
    ...(a.mentions?.length ? { mentions: a.mentions } : {}),
    activityId: a.sk,
  };
  return {
    Source: WORK_EVENT_SOURCE,
    DetailType: WORK_EVENT_TYPES[a.kind],
    Detail: JSON.stringify(detail),
    EventBusName: busName,
    Time: new Date(a.at),
  };
}
