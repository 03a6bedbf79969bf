import { describe, expect, it } from 'vitest';
import { marshall } from '@aws-sdk/util-dynamodb';
import { EVENT_RULES, PERMIT_EVENT_SOURCE, REPORT_EVENT_SOURCE, WORK_EVENT_SOURCE, matchesPattern } from '@tandem/shared';
import { eventEntryFor } from './stream-to-bus.js';

const record = (eventName: 'INSERT' | 'MODIFY', item: Record<string, unknown>) =>
  ({ eventName, dynamodb: { NewImage: marshall(item, { removeUndefinedValues: true }) } }) as never;

const tl = {
  pk: 'C#soignies#REPORT#ABCD-1234',
  sk: 'TL#2026-11-25T10:00:00.000Z#abc',
  type: 'timeline',
  commune: 'soignies',
  code: 'ABCD-1234',
  at: '2026-11-25T10:00:00.000Z',
  kind: 'state_changed',
  public: true,
  from: 'new',
  to: 'fixed',
  message: 'Réparé',
  actor: 'Agent',
  actorSub: 'u1',
};

describe('stream to bus', () => {
  it('publishes new timeline items as report events without personal data', () => {
    const e = eventEntryFor(record('INSERT', tl), 'bus')!;
    expect(e.Source).toBe(REPORT_EVENT_SOURCE);
    expect(e.DetailType).toBe('Report state changed');
    const detail = JSON.parse(e.Detail!);
    expect(detail).toMatchObject({ commune: 'soignies', code: 'ABCD-1234', from: 'new', to: 'fixed', public: true, timelineId: tl.sk });
    expect(JSON.stringify(detail)).not.toContain('Agent');
    // The staff member's id (not their name): the live screens name them from the people directory.
    expect(detail.actorSub).toBe('u1');
  });
  it('ignores report items, modifications and private messages’ text', () => {
    expect(eventEntryFor(record('INSERT', { ...tl, sk: '#REPORT', type: 'report' }), 'bus')).toBeUndefined();
    expect(eventEntryFor(record('MODIFY', tl), 'bus')).toBeUndefined();
    const note = eventEntryFor(record('INSERT', { ...tl, kind: 'private_note', public: false, message: 'secret' }), 'bus')!;
    expect(JSON.parse(note.Detail!).message).toBeUndefined();
  });
  it('publishes permit timeline items as permit events, with the department of an opinion task', () => {
    const ptl = {
      ...tl,
      pk: 'C#soignies#PERMIT#WXYZ-2345',
      code: 'WXYZ-2345',
      entity: 'permit',
      kind: 'opinion_requested',
      public: false,
      department: 'police',
      from: undefined,
      to: undefined,
      message: undefined,
    };
    const e = eventEntryFor(record('INSERT', ptl), 'bus')!;
    expect(e.Source).toBe(PERMIT_EVENT_SOURCE);
    expect(e.DetailType).toBe('Permit opinion requested');
    const event = { source: e.Source, 'detail-type': e.DetailType, detail: JSON.parse(e.Detail!) };
    expect(event.detail).toMatchObject({ code: 'WXYZ-2345', department: 'police', kind: 'opinion_requested' });
    // The same rules as the cloud's route it to the department's notifier, the staff notifications and the real-time
    // fan-out (which takes every permit event) only.
    expect(EVENT_RULES.filter((r) => matchesPattern(event, r.pattern)).map((r) => r.target)).toEqual([
      'notify/notify-department',
      'notifications/notify-staff',
      'realtime/fan-out',
    ]);
    const changed = eventEntryFor(
      record('INSERT', { ...ptl, kind: 'state_changed', public: true, department: undefined, from: 'opinions', to: 'approved' }),
      'bus',
    )!;
    const ev2 = { source: changed.Source, 'detail-type': changed.DetailType, detail: JSON.parse(changed.Detail!) };
    expect(EVENT_RULES.filter((r) => matchesPattern(ev2, r.pattern)).map((r) => r.target)).toEqual([
      'notify/notify-requester',
      'notifications/notify-staff',
      'realtime/fan-out',
    ]);
  });
});

describe('stream to bus: tasks and projects', () => {
  const activity = {
    pk: 'C#soignies#TASK#ABCD-1234',
    sk: 'TL#2031-06-11T08:00:00.000Z#abc123',
    type: 'activity',
    entity: 'task',
    commune: 'soignies',
    id: 'ABCD-1234',
    at: '2031-06-11T08:00:00.000Z',
    kind: 'comment',
    public: false,
    actor: 'Agent démo',
    actorSub: 'sub-agent',
    text: 'Le code de la barrière est 1234',
    mentions: ['sub-worker', 'dept:mobilite'],
  };

  it('publishes a comment with its ids and mentions, never its text nor the actor’s name', () => {
    const e = eventEntryFor(record('INSERT', activity), 'bus')!;
    expect(e.Source).toBe(WORK_EVENT_SOURCE);
    expect(e.DetailType).toBe('Work item comment');
    const detail = JSON.parse(e.Detail!);
    expect(detail).toEqual({
      commune: 'soignies',
      entity: 'task',
      id: 'ABCD-1234',
      kind: 'comment',
      at: activity.at,
      public: false,
      actorSub: 'sub-agent',
      mentions: ['sub-worker', 'dept:mobilite'],
      activityId: activity.sk,
    });
    expect(e.Detail).not.toContain('barrière');
    expect(e.Detail).not.toContain('Agent démo');
  });

  it('publishes a change with the fields it touched and the status moved to, not the values written', () => {
    const changed = {
      ...activity,
      pk: 'C#soignies#PROJECT#WXYZ-5678',
      entity: 'project',
      id: 'WXYZ-5678',
      kind: 'changed',
      text: undefined,
      mentions: undefined,
      changes: [
        { field: 'title', from: 'Rue Neuve', to: 'Rue Neuve (phase 2)' },
        { field: 'status', from: 'todo', to: 'doing' },
      ],
    };
    const detail = JSON.parse(eventEntryFor(record('INSERT', changed), 'bus')!.Detail!);
    expect(detail).toMatchObject({ entity: 'project', id: 'WXYZ-5678', kind: 'changed', fields: ['title', 'status'], to: 'doing' });
    expect(JSON.stringify(detail)).not.toContain('Rue Neuve');
  });

  it('publishes a staff comment on a report or a permit as work activity, never as a report or permit event', () => {
    for (const [entity, pk] of [
      ['report', 'C#soignies#REPORT#ABCD-1234'],
      ['permit', 'C#soignies#PERMIT#ABCD-1234'],
    ] as const) {
      const e = eventEntryFor(record('INSERT', { ...activity, pk, entity }), 'bus')!;
      // Not the reporter's or requester's event: no rule mails the public about it; staff notifications and the socket take it.
      expect(e.Source).toBe(WORK_EVENT_SOURCE);
      expect(JSON.parse(e.Detail!)).toMatchObject({ entity, id: 'ABCD-1234', kind: 'comment', mentions: activity.mentions });
      expect(e.Detail).not.toContain('barrière');
      const ev = { source: e.Source, 'detail-type': e.DetailType, detail: JSON.parse(e.Detail!) };
      expect(EVENT_RULES.filter((r) => matchesPattern(ev, r.pattern)).map((r) => r.target)).toEqual([
        'notifications/notify-staff',
        'realtime/fan-out',
      ]);
    }
  });

  it('ignores changed activity items and follow items', () => {
    expect(eventEntryFor(record('MODIFY', activity), 'bus')).toBeUndefined();
    expect(eventEntryFor(record('INSERT', { ...activity, sk: 'WATCHER#x', type: 'watcher' }), 'bus')).toBeUndefined();
  });
});
