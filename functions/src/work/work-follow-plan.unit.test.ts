import { describe, expect, it } from 'vitest';
import { assignmentItem, newTaskItem, watcherItem, workFollowKeys, type TaskItem } from '@tandem/shared';
import { followWrites, taskSummary } from './work-follow-plan.js';

const NOW = '2031-06-11T08:00:00.000Z';
const base = newTaskItem({
  commune: 'soignies',
  id: 'ABCD-1234',
  title: 'Tailler la haie',
  department: 'travaux',
  createdAt: '2031-06-01T08:00:00.000Z',
  createdBy: 'creator',
  assignees: ['s1', 's2'],
  dueAt: '2031-06-20T07:00:00.000Z',
});
const assigned = (t: TaskItem, sub: string, at = '2031-06-01T08:00:00.000Z') => assignmentItem('soignies', t.pk, sub, at, taskSummary(t));
const watching = (t: TaskItem, sub: string) =>
  watcherItem('soignies', t.pk, sub, '2031-06-01T08:00:00.000Z', { kind: 'task', id: t.id, title: t.title });

describe('followWrites', () => {
  it('a new task: an assignment per assignee in their "my work", and the creator and assignees watch', () => {
    const w = followWrites(base, NOW, [], [], ['creator']);
    expect(w.deletes).toEqual([]);
    const types = w.puts.map((p) => `${p.type}:${p.sub}`).sort();
    expect(types).toEqual(['assignment:s1', 'assignment:s2', 'watcher:creator', 'watcher:s1', 'watcher:s2']);
    const a = w.puts.find((p) => p.type === 'assignment' && p.sub === 's1')!;
    expect(a).toMatchObject({ gsi1pk: workFollowKeys.myWork('soignies', 's1'), gsi1sk: '0#2031-06-20T07:00:00.000Z#task#ABCD-1234' });
  });

  it('nothing to write when what my work shows did not change', () => {
    const w = followWrites({ ...base, description: 'autre' }, NOW, [assigned(base, 's1'), assigned(base, 's2')], [watching(base, 's1')]);
    expect(w).toEqual({ puts: [], deletes: [] });
  });

  it('reassigning deletes the one taken off, adds the new one (who starts watching) and keeps when the others were assigned', () => {
    const next = { ...base, assignees: ['s2', 's3'] };
    const w = followWrites(next, NOW, [assigned(base, 's1'), assigned(base, 's2')], [watching(base, 's2')]);
    expect(w.deletes).toEqual([workFollowKeys.assignment(base.pk, 's1')]);
    expect(w.puts.map((p) => `${p.type}:${p.sub}`).sort()).toEqual(['assignment:s3', 'watcher:s3']);
  });

  it('closing rewrites every assignment as closed (out of the open part of my work), keeping when it was assigned', () => {
    const done = { ...base, status: 'done' as const };
    const w = followWrites(done, NOW, [assigned(base, 's1'), assigned(base, 's2')], []);
    expect(w.puts).toHaveLength(2);
    for (const p of w.puts) expect(p).toMatchObject({ open: false, status: 'done', assignedAt: '2031-06-01T08:00:00.000Z' });
    expect(w.puts[0].gsi1sk.startsWith('1#')).toBe(true);
  });

  it('a new title is copied to the watchers, keeping since when they watch', () => {
    const renamed = { ...base, title: 'Tailler la grande haie' };
    const w = followWrites(renamed, NOW, [assigned(base, 's1'), assigned(base, 's2')], [watching(base, 'creator')]);
    const watcher = w.puts.find((p) => p.type === 'watcher')!;
    expect(watcher).toMatchObject({ sub: 'creator', title: 'Tailler la grande haie', since: '2031-06-01T08:00:00.000Z' });
    expect(w.puts.filter((p) => p.type === 'assignment')).toHaveLength(2);
  });
});
