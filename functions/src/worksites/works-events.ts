/**
 * The event of a works site's progress update, for the table's stream (events/stream-to-bus.ts): a public `progress`
 * activity item of a project becomes one `Works site progress` event carrying ids only (the notifier reads the rest).
 */
import type { PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { TIMELINE_PREFIX, WORKS_EVENT_SOURCE, WORKS_EVENT_TYPES, type WorkActivityItem, type WorksEventDetail } from '@tandem/shared';

export function worksProgressEntry(item: Record<string, unknown>, busName: string): PutEventsRequestEntry | undefined {
  const a = item as Partial<WorkActivityItem>;
  if (a.type !== 'activity' || a.entity !== 'project' || a.kind !== 'progress' || a.public !== true) return undefined;
  if (!String(a.sk).startsWith(TIMELINE_PREFIX) || !a.commune || !a.id || !a.at) return undefined;
  const detail: WorksEventDetail = { commune: a.commune, projectId: a.id, at: a.at, timelineId: String(a.sk) };
  return {
    Source: WORKS_EVENT_SOURCE,
    DetailType: WORKS_EVENT_TYPES.progress,
    Detail: JSON.stringify(detail),
    EventBusName: busName,
    Time: new Date(a.at),
  };
}
