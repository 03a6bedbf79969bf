/**
 * What one bus event means for notifications, read from the table: the bus carries ids only, so the activity or
 * timeline item (who acted, the assignees or department given), the item's watchers and, for a task just made, its
 * assignees are read here by key. The plan (shared/notifications/notification-plan.ts) then decides who is told.
 */
import type { EventBridgeEvent } from 'aws-lambda';
import {
  PERMIT_EVENT_SOURCE,
  REPORT_EVENT_SOURCE,
  WATCHER_PREFIX,
  WORK_EVENT_SOURCE,
  keys,
  type FollowedKind,
  type PermitEventDetail,
  type PermitTimelineItem,
  type ReportEventDetail,
  type TimelineItem,
  type WatcherItem,
  type WorkActivityItem,
  type WorkEventDetail,
} from '@tandem/shared';
import type { EventFacts } from '@tandem/shared/notifications/notification-plan';
import { getItem, getTask, partitionItems } from '../work/work-store.js';

export type StaffEvent = EventBridgeEvent<string, WorkEventDetail | PermitEventDetail | ReportEventDetail>;

/** The partition of a followed item (tasks and projects now; reports' and permits' comments may come as work events too). */
function followedPk(commune: string, kind: FollowedKind, id: string): string {
  switch (kind) {
    case 'task':
      return keys.taskPk(commune, id);
    case 'project':
      return keys.projectPk(commune, id);
    case 'report':
      return keys.reportPk(commune, id);
    case 'permit':
      return keys.permitPk(commune, id);
  }
}

const watchersOf = async (pk: string) => (await partitionItems<WatcherItem>(pk, WATCHER_PREFIX)).map((w) => w.sub);
const splitSubs = (v?: string) => (v ? v.split(',').filter(Boolean) : []);

/** The facts of an event, or undefined when it tells nobody anything (a kind nobody hears of, an item gone). */
export async function eventFacts(event: StaffEvent): Promise<EventFacts | undefined> {
  if (event.source === WORK_EVENT_SOURCE) return workFacts(event.detail as WorkEventDetail);
  if (event.source === PERMIT_EVENT_SOURCE) return permitFacts(event.detail as PermitEventDetail);
  if (event.source === REPORT_EVENT_SOURCE) return reportFacts(event.detail as ReportEventDetail);
  return undefined;
}

async function workFacts(d: WorkEventDetail): Promise<EventFacts | undefined> {
  const pk = followedPk(d.commune, d.entity, d.id);
  const base: EventFacts = {
    commune: d.commune,
    item: { kind: d.entity, id: d.id },
    at: d.at,
    cause: `${pk}|${d.activityId}`,
    ...(d.actorSub ? { actorSub: d.actorSub } : {}),
  };
  const fields = d.fields ?? [];
  const facts: EventFacts = { ...base };
  if (d.mentions?.length) facts.mentions = d.mentions;
  if (d.kind === 'comment') facts.watched = { change: 'comment' };
  else if (d.to !== undefined || fields.includes('status')) facts.watched = { change: 'state', ...(d.to ? { state: d.to } : {}) };
  if (d.entity === 'task' && d.kind === 'created') {
    const task = await getTask(d.commune, d.id);
    if (task) facts.assignedTo = task.assignees;
    if (task?.priority === 'urgent') facts.urgentFor = task.assignees;
  } else if (d.entity === 'task' && (fields.includes('assignees') || fields.includes('priority'))) {
    const activity = await getItem<WorkActivityItem>({ pk, sk: d.activityId });
    const change = activity?.changes?.find((c) => c.field === 'assignees');
    if (change) {
      const before = new Set(splitSubs(change.from));
      facts.assignedTo = splitSubs(change.to).filter((s) => !before.has(s));
    }
    // Made urgent: every assignee hears of it (as the change left them: its `to`, else the task's).
    const priority = activity?.changes?.find((c) => c.field === 'priority');
    if (priority?.to === 'urgent' && priority.from !== 'urgent')
      facts.urgentFor = change ? splitSubs(change.to) : ((await getTask(d.commune, d.id))?.assignees ?? []);
  }
  if (facts.watched) facts.watchers = await watchersOf(pk);
  return facts;
}

async function permitFacts(d: PermitEventDetail): Promise<EventFacts | undefined> {
  const pk = keys.permitPk(d.commune, d.code);
  const tl = await getItem<PermitTimelineItem>({ pk, sk: d.timelineId });
  const facts: EventFacts = {
    commune: d.commune,
    item: { kind: 'permit', id: d.code },
    at: d.at,
    cause: `${pk}|${d.timelineId}`,
    ...(tl?.actorSub ? { actorSub: tl.actorSub } : {}),
  };
  if (d.kind === 'opinion_requested' && d.department) facts.opinionDepartment = d.department;
  else if (d.kind === 'state_changed') {
    facts.watched = { change: 'state', ...(d.to ? { state: d.to } : {}) };
    facts.watchers = await watchersOf(pk);
  } else return undefined;
  return facts;
}

async function reportFacts(d: ReportEventDetail): Promise<EventFacts | undefined> {
  const pk = keys.reportPk(d.commune, d.code);
  const tl = await getItem<TimelineItem>({ pk, sk: d.timelineId });
  const facts: EventFacts = {
    commune: d.commune,
    item: { kind: 'report', id: d.code },
    at: d.at,
    cause: `${pk}|${d.timelineId}`,
    ...(tl?.actorSub ? { actorSub: tl.actorSub } : {}),
  };
  if (d.kind === 'assigned' && tl?.department) facts.assignedDepartment = tl.department;
  else if (d.kind === 'planned' && typeof tl?.assignee === 'string') facts.assignedTo = [tl.assignee];
  else if (d.kind === 'state_changed') {
    facts.watched = { change: 'state', ...(d.to ? { state: d.to } : {}) };
    facts.watchers = await watchersOf(pk);
    // « Pas réparé » from the reporter: the department hears of it as of a report given to it (docs/reopen-and-satisfaction.md).
    if (tl?.byCitizen && tl.department) facts.assignedDepartment = tl.department;
  } else return undefined;
  return facts;
}
