import { describe, expect, it } from 'vitest';
import { newNotificationItem, NOTIFICATION_ID_PATTERN, notificationKeys } from '../entities/notification.js';
import { planDueNotifications, planNotifications, type EventFacts } from './notification-plan.js';

const members: Record<string, string[]> = { travaux: ['ann', 'bob', 'actor'], police: ['pol'] };
const membersOf = (d: string) => members[d] ?? [];
const base: EventFacts = {
  commune: 'soignies',
  item: { kind: 'task', id: 'ABCD-1234' },
  at: '2031-06-11T08:00:00.000Z',
  cause: 'C#soignies#TASK#ABCD-1234|TL#2031-06-11T08:00:00.000Z#abc123',
  actorSub: 'actor',
};
const who = (list: { sub: string; kind: string }[]) => Object.fromEntries(list.map((n) => [n.sub, n.kind]));

describe('notification plan: who hears of an event', () => {
  it('tells the people and departments mentioned, never the author, and watchers of a comment once', () => {
    const plan = planNotifications(
      { ...base, mentions: ['ann', 'dept:police', 'actor'], watched: { change: 'comment' }, watchers: ['ann', 'carl', 'actor'] },
      membersOf,
    );
    expect(who(plan)).toEqual({ ann: 'mention', pol: 'mention', carl: 'watched_comment' });
    expect(plan.every((n) => n.cause === base.cause && n.actorSub === 'actor')).toBe(true);
  });

  it('a department mention reaches each of its members but the author', () => {
    expect(who(planNotifications({ ...base, mentions: ['dept:travaux'] }, membersOf))).toEqual({ ann: 'mention', bob: 'mention' });
  });

  it('tells a task’s assignees it is urgent (over an assignment, under a mention), never the author', () => {
    const plan = planNotifications({ ...base, urgentFor: ['ann', 'bob', 'actor'], assignedTo: ['bob'], mentions: ['ann'] }, membersOf);
    expect(who(plan)).toEqual({ ann: 'mention', bob: 'urgent' });
  });

  it('tells new assignees, a department given a report and one asked for an opinion', () => {
    expect(who(planNotifications({ ...base, assignedTo: ['bob', 'actor'] }, membersOf))).toEqual({ bob: 'assignment' });
    expect(
      who(planNotifications({ ...base, item: { kind: 'report', id: 'WXYZ-5678' }, assignedDepartment: 'travaux' }, membersOf)),
    ).toEqual({
      ann: 'assignment',
      bob: 'assignment',
    });
    expect(who(planNotifications({ ...base, item: { kind: 'permit', id: 'WXYZ-5678' }, opinionDepartment: 'police' }, membersOf))).toEqual({
      pol: 'opinion_requested',
    });
  });

  it('tells watchers of a state change with the state, and nobody when nothing concerns anyone', () => {
    const plan = planNotifications({ ...base, watched: { change: 'state', state: 'done' }, watchers: ['carl'] }, membersOf);
    expect(plan).toEqual([expect.objectContaining({ sub: 'carl', kind: 'watched_state', state: 'done' })]);
    expect(planNotifications(base, membersOf)).toEqual([]);
    expect(planNotifications({ ...base, watchers: ['carl'] }, membersOf)).toEqual([]);
  });

  it('a replay plans the same keys: the id is derived from the cause, per person', () => {
    const once = planNotifications({ ...base, mentions: ['ann'] }, membersOf).map(newNotificationItem);
    const again = planNotifications({ ...base, mentions: ['ann'] }, membersOf).map(newNotificationItem);
    expect(again.map((n) => [n.pk, n.sk])).toEqual(once.map((n) => [n.pk, n.sk]));
    expect(once[0].pk).toBe(notificationKeys.notificationsPk('soignies', 'ann'));
    expect(once[0].id).toMatch(NOTIFICATION_ID_PATTERN);
    expect(once[0]).toMatchObject({ read: false, gsi1pk: notificationKeys.unread('soignies', 'ann'), gsi1sk: once[0].id });
    expect(once[0].expiresAt).toBe(Date.parse(base.at) / 1000 + 90 * 86_400);
    const other = newNotificationItem({ ...planNotifications({ ...base, mentions: ['ann'] }, membersOf)[0], cause: 'other' });
    expect(other.sk).not.toBe(once[0].sk);
    // No title, no text anyone typed: ids and kinds only.
    expect(Object.keys(once[0]).sort()).toEqual(
      ['actorSub', 'at', 'commune', 'expiresAt', 'gsi1pk', 'gsi1sk', 'id', 'item', 'kind', 'pk', 'read', 'sk', 'sub', 'type'].sort(),
    );
  });
});

describe('notification plan: due dates', () => {
  const now = '2031-06-11T08:00:00.000Z';
  const task = (id: string, dueAt: string | undefined, status = 'todo') =>
    ({ commune: 'soignies', id, status, dueAt, assignees: ['ann', 'ann', 'bob'] }) as never;

  it('tells each assignee of an open task due within a day, or past due, once per task, kind and due instant', () => {
    const plan = planDueNotifications(
      [
        task('SOON-0001', '2031-06-12T07:00:00.000Z'),
        task('LATE-0001', '2031-06-10T08:00:00.000Z'),
        task('FAR0-0001', '2031-06-13T08:00:00.000Z'),
        task('OLD0-0001', '2031-05-01T08:00:00.000Z'),
        task('DONE-0001', '2031-06-10T08:00:00.000Z', 'done'),
        task('NONE-0001', undefined),
      ],
      now,
    );
    expect(plan.map((n) => `${n.item.id} ${n.kind} ${n.sub} ${n.at}`)).toEqual([
      'SOON-0001 due_soon ann 2031-06-11T07:00:00.000Z',
      'SOON-0001 due_soon bob 2031-06-11T07:00:00.000Z',
      'LATE-0001 overdue ann 2031-06-10T08:00:00.000Z',
      'LATE-0001 overdue bob 2031-06-10T08:00:00.000Z',
    ]);
    // The next hourly run plans the very same notifications (same keys): nobody hears twice.
    const later = planDueNotifications([task('SOON-0001', '2031-06-12T07:00:00.000Z')], '2031-06-11T09:00:00.000Z');
    expect(later.map(newNotificationItem).map((n) => n.sk)).toEqual(
      plan
        .slice(0, 2)
        .map(newNotificationItem)
        .map((n) => n.sk),
    );
  });
});
