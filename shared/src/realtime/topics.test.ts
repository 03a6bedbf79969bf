import { describe, expect, it } from 'vitest';
import { mayReceive, maySubscribe, parseTopic, type ParsedTopic } from './topics.js';
import type { StaffActor } from '../role-matrix.js';

const commune = { departments: [{ code: 'travaux' }, { code: 'environnement' }, { code: 'police', reviewOnly: true }] };
const agent: StaffActor = { roles: ['agent'], departments: ['travaux'], sub: 'agent-1' };
const worker: StaffActor = { roles: ['worker'], departments: ['travaux'], sub: 'worker-1' };
const police: StaffActor = { roles: ['agent'], departments: ['police'], sub: 'police-1' };
const topic = (t: string) => parseTopic(t) as ParsedTopic;

describe('topics', () => {
  it('parses lists, items, boards and people; anything else is not a topic', () => {
    expect(parseTopic('reports')).toEqual({ kind: 'list', topic: 'reports', entity: 'report' });
    expect(parseTopic('permit:ABCD-1234')).toEqual({ kind: 'item', topic: 'permit:ABCD-1234', entity: 'permit', ref: 'ABCD-1234' });
    expect(parseTopic('board:travaux')).toEqual({ kind: 'board', topic: 'board:travaux', department: 'travaux' });
    expect(parseTopic('user:0b8f-11aa')).toEqual({ kind: 'user', topic: 'user:0b8f-11aa', sub: '0b8f-11aa' });
    for (const bad of [
      'report',
      'everything',
      'report:abcd',
      'task:ABCD-123',
      'board:TRAVAUX',
      'board:',
      'user:a@b.c',
      'user:',
      ':x',
      'reports:x',
    ])
      expect(parseTopic(bad), bad).toBeUndefined();
  });

  it('a list is followed by whoever may list it; each change then only if they may list that item', () => {
    expect(maySubscribe(worker, commune, topic('reports'))).toBe(true);
    expect(maySubscribe(worker, commune, topic('permits'))).toBe(false);
    // Workers list their departments' reports only: a change of another department's report does not reach them.
    expect(mayReceive(worker, commune, topic('reports'), 'report', { department: 'travaux' })).toBe(true);
    expect(mayReceive(worker, commune, topic('reports'), 'report', { department: 'environnement' })).toBe(false);
    expect(mayReceive(agent, commune, topic('reports'), 'report', { department: 'environnement' })).toBe(true);
    // Permits: the departments that handle or review them.
    expect(mayReceive(agent, commune, topic('permits'), 'permit', { department: 'environnement', reviewers: ['travaux'] })).toBe(true);
    expect(mayReceive(agent, commune, topic('permits'), 'permit', { department: 'environnement', reviewers: [] })).toBe(false);
  });

  it('an item is followed by whoever may read it, and needs the item to exist', () => {
    expect(maySubscribe(agent, commune, topic('permit:ABCD-1234'), { department: 'travaux' })).toBe(true);
    expect(maySubscribe(agent, commune, topic('permit:ABCD-1234'), { department: 'environnement' })).toBe(false);
    expect(maySubscribe(agent, commune, topic('permit:ABCD-1234'))).toBe(false);
    // A worker reads tasks of their team or assigned to them.
    expect(maySubscribe(worker, commune, topic('task:ABCD-1234'), { department: 'environnement', assignees: ['worker-1'] })).toBe(true);
    expect(maySubscribe(worker, commune, topic('task:ABCD-1234'), { department: 'environnement', assignees: [] })).toBe(false);
  });

  it('a board is its department’s; a person’s topic is theirs alone, and shows only what they may read', () => {
    expect(maySubscribe(worker, commune, topic('board:travaux'))).toBe(true);
    expect(maySubscribe(worker, commune, topic('board:environnement'))).toBe(false);
    expect(maySubscribe(police, commune, topic('board:police'))).toBe(true);
    expect(maySubscribe(agent, commune, topic('board:nowhere'))).toBe(false);
    expect(maySubscribe(worker, commune, topic('user:worker-1'))).toBe(true);
    expect(maySubscribe(agent, commune, topic('user:worker-1'))).toBe(false);
    // Mentioned on a task of another team, not assigned: the mention does not open the task.
    expect(mayReceive(worker, commune, topic('user:worker-1'), 'task', { department: 'environnement', assignees: [] })).toBe(false);
    expect(mayReceive(worker, commune, topic('user:worker-1'), 'task', { department: 'environnement', assignees: ['worker-1'] })).toBe(
      true,
    );
  });
});
