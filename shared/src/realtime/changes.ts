/**
 * From a bus event to what the socket says (docs/realtime.md): which item changed, the topics the change concerns,
 * and the message, with ids and states only, never what people wrote or who they are (no names, e-mails, texts,
 * titles). A client that wants more fetches the item through the API, which checks what it may see.
 */
import {
  PERMIT_EVENT_SOURCE,
  REPORT_EVENT_SOURCE,
  WORK_EVENT_SOURCE,
  type PermitEventDetail,
  type ReportEventDetail,
  type WorkEventDetail,
} from '../event-catalogue.js';
import type { Subject } from '../role-matrix.js';
import { boardTopic, itemTopic, listTopic, userTopic, type ItemEntity } from './topics.js';

/** The bus events the fan-out receives (the `realtime-fan-out` rule in EVENT_RULES). */
export const REALTIME_EVENT_SOURCES = [REPORT_EVENT_SOURCE, PERMIT_EVENT_SOURCE, WORK_EVENT_SOURCE] as const;

/** An EventBridge event as a rule target receives it (only what the mapping reads). */
export interface BusEvent {
  source: string;
  'detail-type': string;
  detail: unknown;
}

/** What the fan-out reads of the changed item (the event carries no departments): who may see it, and where it shows. */
export interface ChangedItemFacts {
  /** The item as the role matrix sees it (report: its department; permit: handling and reviewing departments; …). */
  subject: Subject;
  /** A task's team: its department's board shows it. */
  board?: string;
  /** The people it is assigned to (their `user:<sub>` topics). */
  assignees?: readonly string[];
  /** A task's project. */
  projectId?: string;
}

/** One message on the socket (and one entry of the catch-up feed). */
export interface RealtimeMessage {
  /** Sortable and stable: the change's instant, then a hash of the item and its timeline entry (a replay has the same id). */
  id: string;
  /** The topics of this connection (or this catch-up request) the change concerns. */
  topics: string[];
  entity: ItemEntity;
  /** The report's or permit's tracking code, the task's or project's id. */
  ref: string;
  /** The timeline or activity kind (state_changed, status, comment…). */
  kind: string;
  at: string;
  from?: string;
  to?: string;
  /** Work items: the names of the fields a change touched. */
  fields?: string[];
  /** Permits: the department an opinion concerns. */
  department?: string;
  /** The sub of the staff member who made the change (any item; absent for a citizen's or the platform's): the client names them from the people directory. */
  by?: string;
}

/** A change before it is addressed: the message without topics, every topic it concerns, and its subject. */
export interface RealtimeChange {
  message: Omit<RealtimeMessage, 'topics'>;
  topics: string[];
  subject: Subject;
}

const WORK_EVENT_ENTITIES: readonly string[] = ['task', 'project', 'report', 'permit'] satisfies WorkEventDetail['entity'][];

/** The item an event is about, or undefined for events the socket does not carry. */
export function changedItem(event: BusEvent): { commune: string; entity: ItemEntity; ref: string } | undefined {
  const d = event.detail as Partial<ReportEventDetail & PermitEventDetail & WorkEventDetail> | undefined;
  if (!d || typeof d.commune !== 'string') return undefined;
  if (event.source === REPORT_EVENT_SOURCE && d.code) return { commune: d.commune, entity: 'report', ref: d.code };
  if (event.source === PERMIT_EVENT_SOURCE && d.code) return { commune: d.commune, entity: 'permit', ref: d.code };
  // Work events: tasks' and projects' activity, and the comments on reports and permits (entities/work-activity.ts).
  if (event.source === WORK_EVENT_SOURCE && d.entity && WORK_EVENT_ENTITIES.includes(d.entity) && d.id)
    return { commune: d.commune, entity: d.entity, ref: d.id };
  return undefined;
}

/** FNV-1a, 32 bits, base 36: a short stable suffix (not a secret, only unique within one instant). */
function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

/** A message id: `<ISO instant>~<hash>`, so ids sort by the change's instant and `since=<id>` is a key range. */
export const messageId = (at: string, entity: ItemEntity, ref: string, sourceId: string) =>
  `${at}~${shortHash(`${entity}:${ref}:${sourceId}`)}`;
export const MESSAGE_ID_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z~[0-9a-z]{7}$/;

const uniq = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => Boolean(x)))];

/** The change an event makes, addressed to its topics; undefined for events the socket does not carry. */
export function realtimeChange(event: BusEvent, facts: ChangedItemFacts): RealtimeChange | undefined {
  const item = changedItem(event);
  if (!item) return undefined;
  const { entity, ref } = item;
  if (event.source !== WORK_EVENT_SOURCE) {
    const d = event.detail as ReportEventDetail | PermitEventDetail;
    const department = entity === 'permit' ? (d as PermitEventDetail).department : undefined;
    return {
      message: {
        id: messageId(d.at, entity, ref, d.timelineId),
        entity,
        ref,
        kind: d.kind,
        at: d.at,
        ...(d.from ? { from: d.from } : {}),
        ...(d.to ? { to: d.to } : {}),
        ...(department ? { department } : {}),
        ...(d.actorSub ? { by: d.actorSub } : {}),
      },
      topics: uniq([listTopic(entity), itemTopic(entity, ref), ...(facts.assignees ?? []).map(userTopic)]),
      subject: facts.subject,
    };
  }
  const d = event.detail as WorkEventDetail;
  const mentioned = (d.mentions ?? []).filter((m) => !m.startsWith('dept:'));
  return {
    message: {
      id: messageId(d.at, entity, ref, d.activityId),
      entity,
      ref,
      kind: d.kind,
      at: d.at,
      ...(d.to ? { to: d.to } : {}),
      ...(d.fields?.length ? { fields: d.fields } : {}),
      ...(d.actorSub ? { by: d.actorSub } : {}),
    },
    topics: uniq([
      listTopic(entity),
      itemTopic(entity, ref),
      facts.board && boardTopic(facts.board),
      facts.projectId && itemTopic('project', facts.projectId),
      ...[...(facts.assignees ?? []), ...mentioned].map(userTopic),
    ]),
    subject: facts.subject,
  };
}
