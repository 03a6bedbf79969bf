/**
 * Events, named once. Each new timeline item becomes one event on the bus (the stream carries it);
 * the rules below are deployed as EventBridge rules by CDK and applied by the local bus.
 */
import type { ReportState } from './report-states.js';
import type { PermitState } from './permits/permit-states.js';
import type { PermitTimelineEntry } from './permits/permit-api.js';
import type { BackgroundFunctionName } from './routes.js';
import type { WorkActivityKind } from './entities/work-activity.js';

export const REPORT_EVENT_SOURCE = 'tandem.reports';

export const REPORT_EVENT_TYPES = {
  created: 'Report created',
  state_changed: 'Report state changed',
  public_update: 'Report public update',
  private_note: 'Report private note',
  assigned: 'Report assigned',
  planned: 'Report planned',
} as const;
export type ReportEventType = (typeof REPORT_EVENT_TYPES)[keyof typeof REPORT_EVENT_TYPES];

/** An event carries ids and states, never personal data: the notifier reads the e-mail from the table. */
export interface ReportEventDetail {
  commune: string;
  code: string;
  kind: keyof typeof REPORT_EVENT_TYPES;
  at: string;
  public: boolean;
  from?: ReportState;
  to?: ReportState;
  message?: string;
  /** Timeline item sort key: makes the event id stable so a replay is recognised. */
  timelineId: string;
  /** The staff member who made the change (their Cognito sub: an id, never a name); absent for the citizen's and the platform's. */
  actorSub?: string;
}

export const PERMIT_EVENT_SOURCE = 'tandem.permits';

/** One detail-type per permit timeline kind. */
export const PERMIT_EVENT_TYPES: Record<PermitTimelineEntry['kind'], string> = {
  created: 'Permit draft created',
  state_changed: 'Permit state changed',
  opinion_requested: 'Permit opinion requested',
  opinion_given: 'Permit opinion given',
  opinion_reminder: 'Permit opinion reminder',
  documents_issued: 'Permit documents issued',
  public_update: 'Permit public update',
  private_note: 'Permit private note',
  edited: 'Permit edited by requester',
};

/** Like reports' events: ids, states and the department concerned, never personal data. */
export interface PermitEventDetail {
  commune: string;
  code: string;
  kind: PermitTimelineEntry['kind'];
  at: string;
  public: boolean;
  from?: PermitState;
  to?: PermitState;
  message?: string;
  /** The department asked for (or reminded of, or giving) an opinion. */
  department?: string;
  timelineId: string;
  /** The staff member who made the change (their Cognito sub); absent for the requester's and the platform's. */
  actorSub?: string;
}

/** Tasks' and projects' activity (entities/work-activity.ts): one event per activity item, for notifications (issue 11). */
export const WORK_EVENT_SOURCE = 'tandem.work';

export const WORK_EVENT_TYPES: Record<WorkActivityKind, string> = {
  created: 'Work item created',
  changed: 'Work item changed',
  status: 'Work item status changed',
  assigned: 'Work item assigned',
  comment: 'Work item comment',
  checklist: 'Work item checklist ticked',
  files: 'Work item files added',
  published: 'Works site published',
  progress: 'Works site progress update',
  'work-order': 'Work order created',
};

/**
 * Ids and codes only, never what people wrote (no comment text, no titles): a notifier reads the item. `mentions`
 * are subs and `dept:<code>`; `fields` the names of the fields a change touched; `to` a status moved to.
 */
export interface WorkEventDetail {
  commune: string;
  /** Reports and permits too: their staff comments (`comment` only); `id` is then the tracking code. */
  entity: 'task' | 'project' | 'report' | 'permit';
  id: string;
  kind: WorkActivityKind;
  at: string;
  public: boolean;
  actorSub?: string;
  fields?: string[];
  to?: string;
  mentions?: string[];
  /** Activity item sort key: makes the event id stable so a replay is recognised. */
  activityId: string;
}

export const WORKS_EVENT_SOURCE = 'tandem.worksites';
export const WORKS_EVENT_TYPES = { progress: 'Works site progress' } as const;

/**
 * A published works site's progress update (a public activity item of the project): ids only. A replay of the held
 * mail after a watcher confirms their address names that watcher (`addressHash`) and, for the sign-up's own mail,
 * carries `welcome`.
 */
export interface WorksEventDetail {
  commune: string;
  projectId: string;
  at: string;
  /** The activity item's sort key (or the sign-up's, for the welcome mail). */
  timelineId: string;
  addressHash?: string;
  welcome?: boolean;
}

/** The subset of EventBridge's pattern language that Tandem uses (see event-pattern.ts). */
export type PatternValue =
  | string
  | number
  | boolean
  | null
  | { prefix: string }
  | { 'anything-but': (string | number)[] }
  | { exists: boolean };
export interface EventPattern {
  [field: string]: PatternValue[] | EventPattern;
}

export interface EventRuleDef {
  name: string;
  description: string;
  pattern: EventPattern;
  target: BackgroundFunctionName;
}

export const EVENT_RULES: readonly EventRuleDef[] = [
  {
    name: 'notify-reporter',
    description: 'E-mail the reporter when their report is filed, changes state or gets a public update',
    pattern: {
      source: [REPORT_EVENT_SOURCE],
      'detail-type': [REPORT_EVENT_TYPES.created, REPORT_EVENT_TYPES.state_changed, REPORT_EVENT_TYPES.public_update],
      detail: { public: [true] },
    },
    target: 'notify/notify-reporter',
  },
  {
    name: 'notify-permit-requester',
    description: 'E-mail the requester when their permit request changes state or gets a public update',
    pattern: {
      source: [PERMIT_EVENT_SOURCE],
      'detail-type': [PERMIT_EVENT_TYPES.state_changed, PERMIT_EVENT_TYPES.public_update],
      detail: { public: [true] },
    },
    target: 'notify/notify-requester',
  },
  {
    name: 'notify-permit-department',
    description: 'E-mail a department when its opinion on a permit request is asked for, and remind it before the due date',
    pattern: {
      source: [PERMIT_EVENT_SOURCE],
      'detail-type': [PERMIT_EVENT_TYPES.opinion_requested, PERMIT_EVENT_TYPES.opinion_reminder],
      detail: { department: [{ exists: true }] },
    },
    target: 'notify/notify-department',
  },
  {
    name: 'notify-works-watchers',
    description: 'E-mail the confirmed watchers of a works site each progress update',
    pattern: { source: [WORKS_EVENT_SOURCE], 'detail-type': [WORKS_EVENT_TYPES.progress] },
    target: 'worksites/notify-watchers',
  },
  {
    name: 'notify-staff',
    // Ids only on the bus: the target reads the activity or timeline item, the watchers and the departments' members.
    description:
      'Staff notifications: mentions and assignments on tasks, projects and reports, opinion requests to a department, state changes and comments on watched items',
    pattern: {
      source: [WORK_EVENT_SOURCE, PERMIT_EVENT_SOURCE, REPORT_EVENT_SOURCE],
      'detail-type': [
        WORK_EVENT_TYPES.created,
        WORK_EVENT_TYPES.changed,
        WORK_EVENT_TYPES.status,
        WORK_EVENT_TYPES.assigned,
        WORK_EVENT_TYPES.comment,
        PERMIT_EVENT_TYPES.opinion_requested,
        PERMIT_EVENT_TYPES.state_changed,
        REPORT_EVENT_TYPES.assigned,
        REPORT_EVENT_TYPES.planned,
        REPORT_EVENT_TYPES.state_changed,
      ],
    },
    target: 'notifications/notify-staff',
  },
  {
    name: 'start-permit-process',
    // Events carry no permit kind (ids and states only): the target reads the permit and starts events' processes only.
    description:
      'When a permit request is filed, start its process if it is an event: a project from the commune’s template, with its tasks',
    pattern: {
      source: [PERMIT_EVENT_SOURCE],
      'detail-type': [PERMIT_EVENT_TYPES.state_changed],
      detail: { to: ['submitted'] },
    },
    target: 'work/permit-process',
  },
  {
    name: 'realtime-fan-out',
    // Every change of a report, a permit, a task or a project (REALTIME_EVENT_SOURCES in realtime/changes.ts).
    description: 'Post each report, permit, task and project change to the live connections following it, and keep it for catch-up',
    pattern: { source: [REPORT_EVENT_SOURCE, PERMIT_EVENT_SOURCE, WORK_EVENT_SOURCE] },
    target: 'realtime/fan-out',
  },
];

/** Scheduled functions, defined once: CDK creates a schedule rule for each, the local runtime a timer. */
export interface ScheduleDef {
  name: string;
  description: string;
  target: BackgroundFunctionName;
  /** Every so many minutes. */
  everyMinutes: number;
}
export const SCHEDULES: readonly ScheduleDef[] = [
  {
    name: 'advance-permits',
    description: 'Issued permits become active on their first day and end after their last; opinion reminders',
    target: 'permits/advance-permits',
    everyMinutes: 60,
  },
  {
    name: 'erase-expired-personal-data',
    description: 'Requests closed longer ago than the commune’s retention lose their requester’s personal data',
    target: 'privacy/erase-expired-personal-data',
    everyMinutes: 24 * 60,
  },
  {
    name: 'generate-recurring-tasks',
    description: 'Each recurrence’s tasks are made three weeks ahead (never twice: ids derived from the recurrence and the day)',
    target: 'work/recurrence-scheduler',
    everyMinutes: 60,
  },
  {
    name: 'staff-notifications',
    description: 'Staff notifications of tasks due within a day or overdue (once per task and kind), and the daily e-mail digest',
    target: 'notifications/notify-staff',
    everyMinutes: 60,
  },
  {
    name: 'collection-reminders',
    description:
      'From 18:00 Brussels, the evening-before e-mail of tomorrow’s collections to each confirmed address of the zones collected (once a day)',
    target: 'collections/send-reminders',
    everyMinutes: 60,
  },
  {
    name: 'appointment-reminders',
    description:
      'From 10:00 Brussels, the reminder e-mail of each of tomorrow’s appointments still booked, with its invitation (once each)',
    target: 'appointments/send-reminders',
    everyMinutes: 60,
  },
  {
    name: 'roll-up-stats',
    description: 'Each finished day’s report statistics, rolled up once per commune (the hourly run finds the days still missing)',
    target: 'stats/roll-up-stats',
    everyMinutes: 60,
  },
];
