import { describe, expect, it } from 'vitest';
import { newTaskItem, taskKeys, type NewTask } from '@tandem/shared';
import { isPlanError, planTaskChange, type TaskChangePlan } from './task-change-plan.js';

const NOW = '2031-06-11T08:00:00.000Z';
const task = (over: Partial<NewTask> = {}) =>
  newTaskItem({
    commune: 'soignies',
    id: 'ABCD-1234',
    title: 'Tailler la haie',
    department: 'travaux',
    createdAt: '2031-06-01T08:00:00.000Z',
    createdBy: 'sub-agent',
    checklist: [
      { id: 'a', text: 'Outils', done: false },
      { id: 'b', text: 'Camionnette', done: false },
    ],
    ...over,
  });
const plan = (p: ReturnType<typeof planTaskChange>): TaskChangePlan => {
  if (isPlanError(p)) throw new Error(`${p.field}: ${p.reason}`);
  return p;
};

describe('planTaskChange', () => {
  it('moves a task: the board column changes, closedAt is set when done and removed when reopened', () => {
    const done = plan(planTaskChange(task(), { status: 'done' }, NOW));
    expect(done.kind).toBe('status');
    expect(done.actions).toEqual(['move']);
    expect(done.set).toMatchObject({
      status: 'done',
      closedAt: NOW,
      gsi1pk: taskKeys.boardColumn('soignies', 'travaux', 'done'),
      gsi1sk: `${NOW}#ABCD-1234`,
    });
    const reopened = plan(planTaskChange(done.next, { status: 'doing' }, '2031-06-12T08:00:00.000Z'));
    expect(reopened.remove).toContain('closedAt');
    expect(reopened.set.gsi1pk).toBe(taskKeys.boardColumn('soignies', 'travaux', 'doing'));
    expect(reopened.set.gsi1sk).toBe('~#ABCD-1234');
  });

  it('refuses an illegal move and a change that changes nothing, naming the field', () => {
    const done = plan(planTaskChange(task(), { status: 'done' }, NOW)).next;
    expect(planTaskChange(done, { status: 'waiting' }, NOW)).toEqual({ field: 'status', reason: expect.stringContaining('done') });
    expect(planTaskChange(task(), { title: 'Tailler la haie', status: 'todo' }, NOW)).toMatchObject({ field: 'version' });
  });

  it('a due instant enters the calendar index and leaves it when removed; the board sorts by it', () => {
    const due = plan(planTaskChange(task(), { dueAt: '2031-06-20T07:00:00.000Z' }, NOW));
    expect(due.set).toMatchObject({
      dueAt: '2031-06-20T07:00:00.000Z',
      gsi1sk: '2031-06-20T07:00:00.000Z#ABCD-1234',
      gsi3pk: taskKeys.taskCalendar('soignies'),
      gsi3sk: '2031-06-20T07:00:00.000Z#ABCD-1234',
    });
    expect(due.changes).toEqual([{ field: 'dueAt', to: '2031-06-20T07:00:00.000Z' }]);
    const none = plan(planTaskChange(due.next, { dueAt: null }, NOW));
    expect(none.remove.sort()).toEqual(['dueAt', 'gsi3pk', 'gsi3sk']);
    expect(none.set.gsi1sk).toBe('~#ABCD-1234');
  });

  it('ticking the checklist is a tick; rewording it is an edit', () => {
    const ticked = plan(
      planTaskChange(
        task(),
        {
          checklist: [
            { id: 'a', text: 'Outils', done: true },
            { id: 'b', text: 'Camionnette', done: false },
          ],
        },
        NOW,
      ),
    );
    expect(ticked).toMatchObject({ kind: 'checklist', actions: ['tick'], changes: [{ field: 'checklist', from: '0/2', to: '1/2' }] });
    const reworded = plan(planTaskChange(task(), { checklist: [{ id: 'a', text: 'Les outils', done: false }] }, NOW));
    expect(reworded.actions.sort()).toEqual(['edit', 'tick']);
  });

  it('assignees compare as a set; a change lists every field, the description without its words', () => {
    const t = task({ assignees: ['s1', 's2'] });
    expect(planTaskChange(t, { assignees: ['s2', 's1'] }, NOW)).toMatchObject({ field: 'version' });
    const p = plan(planTaskChange(t, { assignees: ['s2', 's3'], description: 'Un texte', department: 'espaces-verts' }, NOW));
    expect(p.kind).toBe('changed');
    expect(p.actions).toEqual(['edit']);
    expect(p.changes).toEqual([
      { field: 'description' },
      { field: 'department', from: 'travaux', to: 'espaces-verts' },
      { field: 'assignees', from: 's1,s2', to: 's2,s3' },
    ]);
    expect(p.set.gsi1pk).toBe(taskKeys.boardColumn('soignies', 'espaces-verts', 'todo'));
  });

  it('files joined are a tick, added to those the task has', () => {
    const p = plan(
      planTaskChange(task({ files: ['tasks/soignies/ABCD-1234/x.jpg'] }), { addedFiles: ['tasks/soignies/ABCD-1234/y.jpg'] }, NOW),
    );
    expect(p).toMatchObject({ kind: 'files', actions: ['tick'], changes: [{ field: 'files', to: '1' }] });
    expect(p.set.files).toEqual(['tasks/soignies/ABCD-1234/x.jpg', 'tasks/soignies/ABCD-1234/y.jpg']);
  });

  it('a project joins the project index and leaves it', () => {
    const inProject = plan(planTaskChange(task(), { projectId: 'WXYZ-5678' }, NOW));
    expect(inProject.set).toMatchObject({ projectId: 'WXYZ-5678', gsi2pk: taskKeys.projectTasks('soignies', 'WXYZ-5678') });
    expect(plan(planTaskChange(inProject.next, { projectId: null }, NOW)).remove.sort()).toEqual(['gsi2pk', 'gsi2sk', 'projectId']);
  });
});
