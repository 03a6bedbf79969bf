/**
 * Who is told what, from the facts of one event (pure: the notifier reads the facts, this decides). Each person gets
 * at most one notification per event, the strongest reason winning (a mention over an urgent task over an assignment over an opinion
 * request over watching), and the person who acted never gets one for their own action. Each planned notification
 * carries its cause, from which its id is derived: a replayed event plans the same ids, and the store puts each once.
 */
import type { NewNotification } from '../entities/notification.js';
import { isOpenTask, type TaskStatus } from '../work/task-states.js';
import { DUE_SOON_HOURS, OVERDUE_LOOKBACK_DAYS, type NotificationKind, type NotifiedItemKind } from './notification-kinds.js';

/** What an event tells, once the notifier has read what the event only names. */
export interface EventFacts {
  commune: string;
  item: { kind: NotifiedItemKind; id: string };
  at: string;
  /** The event's own key (activity or timeline item's partition and sort key): unique per event. */
  cause: string;
  actorSub?: string;
  /** Subs and `dept:<code>` named in a comment. */
  mentions?: readonly string[];
  /** People newly given the item (a task's new assignees, a report's new assignee). */
  assignedTo?: readonly string[];
  /** A task's assignees when it is made urgent, or given to them urgent (told as `urgent`, over `assignment`). */
  urgentFor?: readonly string[];
  /** A department newly given the item (a report passed to it): each of its members. */
  assignedDepartment?: string;
  /** A department asked for its opinion (a permit): each of its members. */
  opinionDepartment?: string;
  /** Who watches the item, and what happened to it that watchers hear of. */
  watchers?: readonly string[];
  watched?: { change: 'state'; state?: string } | { change: 'comment' };
}

/** The subs of a department's staff members (from the staff directory). */
export type MembersOf = (department: string) => readonly string[];

export const DEPARTMENT_MENTION = 'dept:';

/** An instant so many hours later (or earlier), as stored (UTC ISO with Z). */
const addHours = (at: string, hours: number) => new Date(Date.parse(at) + hours * 3_600_000).toISOString();

export function planNotifications(f: EventFacts, membersOf: MembersOf): NewNotification[] {
  const chosen = new Map<string, NotificationKind>();
  const add = (subs: Iterable<string>, kind: NotificationKind) => {
    for (const sub of subs) if (sub && sub !== f.actorSub && !chosen.has(sub)) chosen.set(sub, kind);
  };
  const expand = (who: readonly string[]) =>
    who.flatMap((w) => (w.startsWith(DEPARTMENT_MENTION) ? membersOf(w.slice(DEPARTMENT_MENTION.length)) : [w]));

  add(expand(f.mentions ?? []), 'mention');
  add(f.urgentFor ?? [], 'urgent');
  add(f.assignedTo ?? [], 'assignment');
  if (f.assignedDepartment) add(membersOf(f.assignedDepartment), 'assignment');
  if (f.opinionDepartment) add(membersOf(f.opinionDepartment), 'opinion_requested');
  if (f.watched) add(f.watchers ?? [], f.watched.change === 'state' ? 'watched_state' : 'watched_comment');

  const state = f.watched?.change === 'state' ? f.watched.state : undefined;
  return [...chosen].map(([sub, kind]) => ({
    commune: f.commune,
    sub,
    kind,
    item: f.item,
    at: f.at,
    cause: f.cause,
    ...(f.actorSub ? { actorSub: f.actorSub } : {}),
    ...(kind === 'watched_state' && state ? { state } : {}),
  }));
}

/** What the due-date plan needs of a task. */
export interface DueTask {
  commune: string;
  id: string;
  status: TaskStatus;
  dueAt?: string;
  assignees: readonly string[];
}

/**
 * The scheduler's notifications: each assignee of an open task hears once that it is due within a day (dated when it
 * became so), and once that it is overdue (dated at its due instant). The cause names the task, the kind and the due
 * instant: once per task and kind, again only if the due date moves.
 */
export function planDueNotifications(tasks: readonly DueTask[], now: string): NewNotification[] {
  const out: NewNotification[] = [];
  const soonLimit = addHours(now, DUE_SOON_HOURS);
  const lookback = addHours(now, -24 * OVERDUE_LOOKBACK_DAYS);
  for (const t of tasks) {
    if (!t.dueAt || !isOpenTask(t.status)) continue;
    let kind: NotificationKind | undefined;
    let at = t.dueAt;
    if (t.dueAt <= now && t.dueAt >= lookback) kind = 'overdue';
    else if (t.dueAt > now && t.dueAt <= soonLimit) {
      kind = 'due_soon';
      at = addHours(t.dueAt, -DUE_SOON_HOURS);
    }
    if (!kind) continue;
    for (const sub of new Set(t.assignees))
      out.push({ commune: t.commune, sub, kind, item: { kind: 'task', id: t.id }, at, cause: `${kind}#task#${t.id}#${t.dueAt}` });
  }
  return out;
}
