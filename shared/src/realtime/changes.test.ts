import { describe, expect, it } from 'vitest';
import { MESSAGE_ID_PATTERN, changedItem, messageId, realtimeChange } from './changes.js';
import {
  PERMIT_EVENT_SOURCE,
  PERMIT_EVENT_TYPES,
  REPORT_EVENT_SOURCE,
  REPORT_EVENT_TYPES,
  WORK_EVENT_SOURCE,
  WORK_EVENT_TYPES,
  WORKS_EVENT_SOURCE,
  EVENT_RULES,
} from '../event-catalogue.js';
import { matchesPattern } from '../event-pattern.js';

const at = '2026-12-01T09:30:00.000Z';
const reportEvent = {
  source: REPORT_EVENT_SOURCE,
  'detail-type': REPORT_EVENT_TYPES.public_update,
  detail: {
    commune: 'soignies',
    code: 'ABCD-1234',
    kind: 'state_changed',
    at,
    public: true,
    from: 'new',
    to: 'in_progress',
    message: 'Une équipe passe jeudi chez Mme Dupont.',
    timelineId: `TL#${at}#abc123`,
  },
};

describe('bus event → real-time change', () => {
  it('a report’s change: its list and item topics and its assignee’s, ids and states only', () => {
    const c = realtimeChange(reportEvent, { subject: { department: 'travaux' }, assignees: ['sub-1'] })!;
    expect(c.topics).toEqual(['reports', 'report:ABCD-1234', 'user:sub-1']);
    expect(c.message).toEqual({
      id: messageId(at, 'report', 'ABCD-1234', `TL#${at}#abc123`),
      entity: 'report',
      ref: 'ABCD-1234',
      kind: 'state_changed',
      at,
      from: 'new',
      to: 'in_progress',
    });
    // What people wrote never travels on the socket.
    expect(JSON.stringify(c)).not.toContain('Dupont');
    expect(c.subject).toEqual({ department: 'travaux' });
  });

  it('a staff member’s change of a report or a permit names them by their sub (`by`), never by name', () => {
    const staff = { ...reportEvent, detail: { ...reportEvent.detail, actorSub: 'sub-marie' } };
    expect(realtimeChange(staff, { subject: { department: 'travaux' } })!.message.by).toBe('sub-marie');
    // A citizen's or the platform's change has no actor id: the client says « un·e collègue » or nothing.
    expect(realtimeChange(reportEvent, { subject: { department: 'travaux' } })!.message).not.toHaveProperty('by');
    const permit = realtimeChange(
      {
        source: PERMIT_EVENT_SOURCE,
        'detail-type': PERMIT_EVENT_TYPES.state_changed,
        detail: {
          commune: 'soignies',
          code: 'EFGH-5678',
          kind: 'state_changed',
          at,
          public: true,
          timelineId: 'TL#2',
          actorSub: 'sub-paul',
        },
      },
      { subject: { department: 'evenements' } },
    )!;
    expect(permit.message.by).toBe('sub-paul');
  });

  it('a permit’s opinion names its department; the requester’s words do not travel', () => {
    const c = realtimeChange(
      {
        source: PERMIT_EVENT_SOURCE,
        'detail-type': PERMIT_EVENT_TYPES.opinion_requested,
        detail: {
          commune: 'soignies',
          code: 'EFGH-5678',
          kind: 'opinion_requested',
          at,
          public: false,
          department: 'police',
          message: 'x',
          timelineId: 'TL#1',
        },
      },
      { subject: { department: 'evenements', reviewers: ['police'] } },
    )!;
    expect(c.topics).toEqual(['permits', 'permit:EFGH-5678']);
    expect(c.message).toMatchObject({ entity: 'permit', ref: 'EFGH-5678', kind: 'opinion_requested', department: 'police' });
    expect(c.message).not.toHaveProperty('message');
  });

  it('a task’s change reaches its board, its project, its people and those mentioned (not departments)', () => {
    const c = realtimeChange(
      {
        source: WORK_EVENT_SOURCE,
        'detail-type': WORK_EVENT_TYPES.comment,
        detail: {
          commune: 'soignies',
          entity: 'task',
          id: 'TASK-0001',
          kind: 'comment',
          at,
          public: false,
          actorSub: 'sub-9',
          mentions: ['sub-2', 'dept:travaux', 'sub-1'],
          activityId: 'TL#2',
        },
      },
      { subject: { department: 'travaux', assignees: ['sub-1'] }, board: 'travaux', assignees: ['sub-1'], projectId: 'PROJ-0001' },
    )!;
    expect(c.topics).toEqual(['tasks', 'task:TASK-0001', 'board:travaux', 'project:PROJ-0001', 'user:sub-1', 'user:sub-2']);
    expect(c.message).toEqual({
      id: messageId(at, 'task', 'TASK-0001', 'TL#2'),
      entity: 'task',
      ref: 'TASK-0001',
      kind: 'comment',
      at,
      by: 'sub-9',
    });
  });

  it('a project’s status change carries the status and the fields changed', () => {
    const c = realtimeChange(
      {
        source: WORK_EVENT_SOURCE,
        'detail-type': WORK_EVENT_TYPES.status,
        detail: {
          commune: 'soignies',
          entity: 'project',
          id: 'PROJ-0001',
          kind: 'status',
          at,
          public: false,
          fields: ['status'],
          to: 'active',
          activityId: 'TL#3',
        },
      },
      { subject: { department: 'travaux', reviewers: ['mobilite'] } },
    )!;
    expect(c.topics).toEqual(['projects', 'project:PROJ-0001']);
    expect(c.message).toMatchObject({ entity: 'project', kind: 'status', to: 'active', fields: ['status'] });
  });

  it('a comment on a report (a work event) reaches the report’s topics and the colleagues mentioned, not its text', () => {
    const c = realtimeChange(
      {
        source: WORK_EVENT_SOURCE,
        'detail-type': WORK_EVENT_TYPES.comment,
        detail: {
          commune: 'soignies',
          entity: 'report',
          id: 'ABCD-1234',
          kind: 'comment',
          at,
          public: false,
          actorSub: 'sub-author',
          mentions: ['sub-2', 'dept:travaux'],
          activityId: `TL#${at}#c1`,
        },
      },
      { subject: { department: 'travaux' } },
    )!;
    expect(c.topics).toEqual(['reports', 'report:ABCD-1234', 'user:sub-2']);
    expect(c.message).toEqual({
      id: messageId(at, 'report', 'ABCD-1234', `TL#${at}#c1`),
      entity: 'report',
      ref: 'ABCD-1234',
      kind: 'comment',
      at,
      by: 'sub-author',
    });
  });

  it('other events are not carried; ids are stable, sortable by instant, and differ per item', () => {
    expect(
      changedItem({ source: WORKS_EVENT_SOURCE, 'detail-type': 'Works site progress', detail: { commune: 'soignies', projectId: 'X' } }),
    ).toBeUndefined();
    expect(changedItem({ source: REPORT_EVENT_SOURCE, 'detail-type': 'x', detail: null })).toBeUndefined();
    const a = messageId(at, 'report', 'ABCD-1234', 'TL#1');
    expect(a).toMatch(MESSAGE_ID_PATTERN);
    expect(messageId(at, 'report', 'ABCD-1234', 'TL#1')).toBe(a);
    expect(messageId(at, 'permit', 'ABCD-1234', 'TL#1')).not.toBe(a);
    expect(messageId('2026-12-01T09:30:00.001Z', 'report', 'AAAA-AAAA', 'TL#0') > a).toBe(true);
  });

  it('the fan-out’s rule takes every report, permit and work event, and nothing else', () => {
    const rule = EVENT_RULES.find((r) => r.target === 'realtime/fan-out')!;
    expect(matchesPattern(reportEvent, rule.pattern)).toBe(true);
    expect(matchesPattern({ source: WORK_EVENT_SOURCE, 'detail-type': WORK_EVENT_TYPES.created, detail: {} }, rule.pattern)).toBe(true);
    expect(matchesPattern({ source: WORKS_EVENT_SOURCE, 'detail-type': 'Works site progress', detail: {} }, rule.pattern)).toBe(false);
  });
});
