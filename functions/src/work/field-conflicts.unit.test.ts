import { describe, expect, it } from 'vitest';
import type { WorkActivityItem } from '@tandem/shared';
import { TASK_PROBLEM_TYPES } from '@tandem/shared/field/field-problems';
import { taskConflict, taskConflictKind, wasEverAssigned } from './field-conflicts.js';

const activity = (changes: WorkActivityItem['changes']): WorkActivityItem =>
  ({
    pk: 'p',
    sk: 's',
    type: 'activity',
    entity: 'task',
    commune: 'c',
    id: 'ABCD-1234',
    at: '2031-01-01T00:00:00.000Z',
    kind: 'changed',
    public: false,
    actor: 'A',
    changes,
  }) as WorkActivityItem;

describe('wasEverAssigned', () => {
  it('finds the person in a created or reassigned list, not in another field nor as a prefix of a sub', () => {
    expect(wasEverAssigned([activity([{ field: 'assignees', to: 'sub-a,sub-b' }])], 'sub-b')).toBe(true);
    expect(wasEverAssigned([activity([{ field: 'assignees', from: 'sub-a', to: 'sub-c' }])], 'sub-a')).toBe(true);
    expect(wasEverAssigned([activity([{ field: 'assignees', to: 'sub-ab' }])], 'sub-a')).toBe(false);
    expect(wasEverAssigned([activity([{ field: 'title', from: 'sub-a', to: 'x' }])], 'sub-a')).toBe(false);
    expect(wasEverAssigned([], 'sub-a')).toBe(false);
  });
});

describe('taskConflictKind', () => {
  const t = (status: 'todo' | 'done' | 'cancelled', assignees: string[]) => ({ status, assignees });
  it('says cancelled when a move meets a cancelled task, before anything else', () => {
    expect(taskConflictKind(t('cancelled', []), 'me', { status: 'done' }, true)).toBe('cancelled');
    expect(taskConflictKind(t('cancelled', []), 'me', {}, true)).toBe('reassigned');
  });
  it('says reassigned only to someone once assigned who no longer is', () => {
    expect(taskConflictKind(t('todo', ['other']), 'me', { status: 'doing' }, true)).toBe('reassigned');
    expect(taskConflictKind(t('todo', ['other']), 'me', { status: 'doing' }, false)).toBe('changed');
    expect(taskConflictKind(t('todo', ['me']), 'me', { status: 'doing' }, true)).toBe('changed');
  });
  it('says already done when finishing a finished task', () => {
    expect(taskConflictKind(t('done', ['me']), 'me', { status: 'done' }, true)).toBe('alreadyDone');
  });
  it('answers a 409 problem with its type and where the task stands for the reader', () => {
    const e = taskConflict({ status: 'done', assignees: ['me'], version: 4 }, 'me', { status: 'done' }, true);
    const p = e.toProblem();
    expect(p).toMatchObject({
      status: 409,
      type: TASK_PROBLEM_TYPES.alreadyDone,
      current: { status: 'done', version: 4, assignedToYou: true },
    });
    expect(p).toMatchObject({ currentVersion: 4, currentStatus: 'done' });
  });
});
