/**
 * DynamoDB stream → event bus. Every new timeline item is published as one event, so the timeline is at
 * once the audit trail, the citizen's tracking history and the event source (no dual write); so is every new
 * activity item of a task or a project (work-activity-event.ts).
 */
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import {
  PERMIT_EVENT_SOURCE,
  PERMIT_EVENT_TYPES,
  REPORT_EVENT_SOURCE,
  REPORT_EVENT_TYPES,
  keys,
  parseEntityPk,
  type PermitEventDetail,
  type ReportEventDetail,
  type TimelineItem,
  type PermitTimelineItem,
} from '@tandem/shared';
import { env, eventBridge } from '../lib/aws.js';
import { messageShownTo } from '../permits/permit-item.js';
import { backgroundHandler } from '../lib/background-handler.js';
import { workActivityEntry } from './work-activity-event.js';
import { worksProgressEntry } from '../worksites/works-events.js';

/** The event for one stream record, or undefined when the record is not a new timeline item. */
export function eventEntryFor(record: DynamoDBStreamEvent['Records'][number], busName: string): PutEventsRequestEntry | undefined {
  if (record.eventName !== 'INSERT' || !record.dynamodb?.NewImage) return undefined;
  const image = unmarshall(record.dynamodb.NewImage as Record<string, AttributeValue>);
  // A published works site's progress update is its own event (its watchers are mailed); other activity is `tandem.work`.
  if (image.type === 'activity') return worksProgressEntry(image, busName) ?? workActivityEntry(image, busName);
  const item = image as TimelineItem | PermitTimelineItem;
  if (item.type !== 'timeline' || !String(item.sk).startsWith(keys.timelinePrefix)) return undefined;
  const entity = parseEntityPk(String(item.pk))?.entity;
  const common = {
    commune: item.commune,
    code: item.code,
    at: item.at,
    public: item.public,
    timelineId: item.sk,
    ...(item.from ? { from: item.from } : {}),
    ...(item.to ? { to: item.to } : {}),
    ...(item.public && item.message ? { message: item.message } : {}),
    // Staff only (the timeline sets it for staff changes): the socket says who changed it, the app names them.
    ...(item.actorSub ? { actorSub: item.actorSub } : {}),
  };
  if (entity === 'permit') {
    const p = item as PermitTimelineItem;
    // Events carry no personal text: not the requester's words, not a department's opinion.
    const { message: _m, ...rest } = common;
    const detail = {
      ...rest,
      ...(p.message && messageShownTo(p, 'public') ? { message: p.message } : {}),
      kind: p.kind,
      ...(p.department ? { department: p.department } : {}),
    } as PermitEventDetail;
    return {
      Source: PERMIT_EVENT_SOURCE,
      DetailType: PERMIT_EVENT_TYPES[p.kind],
      Detail: JSON.stringify(detail),
      EventBusName: busName,
      Time: new Date(item.at),
    };
  }
  if (entity !== 'report') return undefined;
  const detail = { ...common, kind: (item as TimelineItem).kind } as ReportEventDetail;
  return {
    Source: REPORT_EVENT_SOURCE,
    DetailType: REPORT_EVENT_TYPES[detail.kind],
    Detail: JSON.stringify(detail),
    EventBusName: busName,
    Time: new Date(item.at),
  };
}

export const handler = backgroundHandler('events/stream-to-bus', async (event: DynamoDBStreamEvent): Promise<{ published: number }> => {
  const entries = event.Records.map((r) => eventEntryFor(r, env().eventBusName)).filter((e): e is PutEventsRequestEntry => Boolean(e));
  for (let i = 0; i < entries.length; i += 10) {
    const batch = entries.slice(i, i + 10);
    const res = await eventBridge().send(new PutEventsCommand({ Entries: batch }));
    // Failing the batch makes Lambda retry it (bisecting on error); the notifier ignores replays.
    if (res.FailedEntryCount) throw new Error(`event bus refused ${res.FailedEntryCount} of ${batch.length} events`);
  }
  return { published: entries.length };
});
