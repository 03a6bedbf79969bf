/**
 * Who follows a work item, as items in the item's own partition, each in a person's list (gsi1):
 *   assignment  `ASSIGNEE#<sub>` → "my work" (`C#c#MYWORK#<sub>`), open first, by due instant; it copies what the list
 *               shows, so my work is one Query (the change that alters those fields rewrites the copies in its transaction);
 *   watcher     `WATCHER#<sub>` → "watching" (`C#c#WATCHING#<sub>`);
 *   mention     `MENTION#<at>#<who>` → "mentioned" (`C#c#MENTIONS#<who>`), newest first; `who` is a sub or `dept:<code>`.
 * Tasks and reports are assigned; tasks, projects, reports and permits are watched and mentioned.
 */
import type { TaskPriority } from '../work/task-states.js';
import { communePrefix } from './key-parts.js';
import { NO_DUE } from './task.js';

export type FollowedKind = 'task' | 'project' | 'report' | 'permit';

export const ASSIGNEE_PREFIX = 'ASSIGNEE#';
export const WATCHER_PREFIX = 'WATCHER#';
export const MENTION_PREFIX = 'MENTION#';

export const workFollowKeys = {
  assignment: (itemPk: string, sub: string) => ({ pk: itemPk, sk: `${ASSIGNEE_PREFIX}${sub}` }),
  watcher: (itemPk: string, sub: string) => ({ pk: itemPk, sk: `${WATCHER_PREFIX}${sub}` }),
  mention: (itemPk: string, at: string, who: string) => ({ pk: itemPk, sk: `${MENTION_PREFIX}${at}#${who}` }),
  /** gsi1: what is assigned to a person, open first, by due instant. */
  myWork: (commune: string, sub: string) => `${communePrefix(commune)}MYWORK#${sub}`,
  /** gsi1: what a person watches. */
  watching: (commune: string, sub: string) => `${communePrefix(commune)}WATCHING#${sub}`,
  /** gsi1: where a person or a department (`dept:<code>`) was mentioned, newest last. */
  mentions: (commune: string, who: string) => `${communePrefix(commune)}MENTIONS#${who}`,
};

/** What "my work" shows of an assigned item without reading it. */
export interface AssignedSummary {
  kind: 'task' | 'report';
  id: string;
  title: string;
  status: string;
  /** Whether the item is still to do (open tasks, reports not closed). */
  open: boolean;
  department: string;
  priority?: TaskPriority;
  dueAt?: string;
}

export interface AssignmentItem extends AssignedSummary {
  pk: string;
  sk: string;
  type: 'assignment';
  commune: string;
  sub: string;
  assignedAt: string;
  gsi1pk: string;
  gsi1sk: string;
}

export function assignmentItem(commune: string, itemPk: string, sub: string, assignedAt: string, s: AssignedSummary): AssignmentItem {
  return {
    ...workFollowKeys.assignment(itemPk, sub),
    type: 'assignment',
    commune,
    sub,
    assignedAt,
    ...s,
    ...assignmentIndex(commune, sub, s),
  };
}

/** The assignment's place in "my work": open items first, then by due instant. */
export function assignmentIndex(commune: string, sub: string, s: Pick<AssignedSummary, 'open' | 'dueAt' | 'kind' | 'id'>) {
  return { gsi1pk: workFollowKeys.myWork(commune, sub), gsi1sk: `${s.open ? 0 : 1}#${s.dueAt ?? NO_DUE}#${s.kind}#${s.id}` };
}

export interface WatcherItem {
  pk: string;
  sk: string;
  type: 'watcher';
  commune: string;
  sub: string;
  kind: FollowedKind;
  id: string;
  title: string;
  since: string;
  gsi1pk: string;
  gsi1sk: string;
}

export function watcherItem(
  commune: string,
  itemPk: string,
  sub: string,
  since: string,
  what: { kind: FollowedKind; id: string; title: string },
): WatcherItem {
  return {
    ...workFollowKeys.watcher(itemPk, sub),
    type: 'watcher',
    commune,
    sub,
    since,
    ...what,
    gsi1pk: workFollowKeys.watching(commune, sub),
    gsi1sk: `${what.kind}#${what.id}`,
  };
}

export interface MentionItem {
  pk: string;
  sk: string;
  type: 'mention';
  commune: string;
  who: string;
  kind: FollowedKind;
  id: string;
  title: string;
  at: string;
  by: string;
  gsi1pk: string;
  gsi1sk: string;
}

export function mentionItem(
  commune: string,
  itemPk: string,
  who: string,
  at: string,
  what: { kind: FollowedKind; id: string; title: string; by: string },
): MentionItem {
  return {
    ...workFollowKeys.mention(itemPk, at, who),
    type: 'mention',
    commune,
    who,
    at,
    ...what,
    gsi1pk: workFollowKeys.mentions(commune, who),
    gsi1sk: `${at}#${what.kind}#${what.id}`,
  };
}
