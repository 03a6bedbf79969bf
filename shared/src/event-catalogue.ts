/**
 * Events, named once. Each new timeline item becomes one event on the bus (the stream carries it);
 * the rules below are deployed as EventBridge rules by CDK and applied by the local bus.
 */
import type { ReportState } from './report-states.js';
import type { BackgroundFunctionName } from './routes.js';

export const REPORT_EVENT_SOURCE = 'tandem.reports';

export const REPORT_EVENT_TYPES = {
  created: 'Report created',
  state_changed: 'Report state changed',
  public_update: 'Report public update',
  private_note: 'Report private note',
  assigned: 'Report assigned',
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
}

/** The subset of EventBridge's pattern language that Tandem uses (see event-pattern.ts). */
export type PatternValue = string | number | boolean | null | { prefix: string } | { 'anything-but': (string | number)[] } | { exists: boolean };
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
];
