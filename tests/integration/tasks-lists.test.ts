/**
 * The lists of the staff workspace, all read by key: "my work" (assigned, overdue, this Brussels week, mentioned,
 * watching) follows a task's changes in the same transaction; a department's board has one column per status; the
 * calendar answers the tasks due in a range of Brussels days; the list filters by words. The clock is set to a
 * Wednesday in Brussels (no test depends on the hour it runs).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockFrom, setClock } from '../../functions/src/lib/clock.js';
import { as, key, newTask, subOf } from './task-fixtures.js';

// Wednesday 11 June 2031, 10:00 in Brussels (summer time): the week runs from Monday 9 to Sunday 15 June.
beforeAll(() => setClock(clockFrom('2031-06-11T10:00:00+02:00')));
afterAll(() => setClock());

const ids = (r: { body: { items: { id: string }[] } }) => r.body.items.map((i) => i.id);
const myWork = async (view: string) => {
  const r = await as('worker', 'GET', `my-work?view=${view}`);
  expect(r.status).toBe(200);
  return ids(r);
};
const patch = (id: string, body: Record<string, unknown>, by: 'agent' | 'admin' = 'agent') =>
  as(by, 'PATCH', `tasks/${id}`, body, { 'idempotency-key': key() });

describe('my work', () => {
  it('follows a task: assigned, overdue while its due instant is past, this week, gone when done or unassigned', async () => {
    const worker = await subOf('worker');
    const t = (await newTask('agent', { assignees: [worker], dueAt: '2031-06-10T16:00:00+02:00' })).body;
    expect(await myWork('assigned')).toContain(t.id);
    expect(await myWork('overdue')).toContain(t.id);
    expect(await myWork('week')).toContain(t.id);
    const assigned = (await as('worker', 'GET', 'my-work?view=assigned')).body.items.find((i: { id: string }) => i.id === t.id);
    expect(assigned).toMatchObject({ kind: 'task', status: 'todo', open: true, overdue: true, dueAt: '2031-06-10T14:00:00.000Z' });

    // Due next Monday (Brussels): no longer overdue, not this week.
    expect((await patch(t.id, { version: 1, dueAt: '2031-06-16T00:30:00+02:00' })).status).toBe(200);
    expect(await myWork('overdue')).not.toContain(t.id);
    expect(await myWork('week')).not.toContain(t.id);
    // Sunday 23:30 in Brussels is still this week.
    expect((await patch(t.id, { version: 2, dueAt: '2031-06-15T21:30:00Z' })).status).toBe(200);
    expect(await myWork('week')).toContain(t.id);

    expect((await patch(t.id, { version: 3, status: 'done' })).status).toBe(200);
    expect(await myWork('assigned')).not.toContain(t.id);
    expect((await patch(t.id, { version: 4, status: 'doing' })).status).toBe(200);
    expect(await myWork('assigned')).toContain(t.id);
    expect((await patch(t.id, { version: 5, assignees: [] })).status).toBe(200);
    expect(await myWork('assigned')).not.toContain(t.id);
  });

  it('a retitled task shows its new title in my work and in the watching list', async () => {
    const worker = await subOf('worker');
    const t = (await newTask('agent', { assignees: [worker] })).body;
    expect((await patch(t.id, { version: 1, title: 'Nouveau titre de la tâche' })).status).toBe(200);
    const lines = async (view: string) => (await as('worker', 'GET', `my-work?view=${view}`)).body.items;
    expect((await lines('assigned')).find((i: { id: string }) => i.id === t.id).title).toBe('Nouveau titre de la tâche');
    expect((await lines('watching')).find((i: { id: string }) => i.id === t.id).title).toBe('Nouveau titre de la tâche');
  });

  it('refuses an unknown view naming it', async () => {
    const r = await as('worker', 'GET', 'my-work?view=everything');
    expect(r.status).toBe(400);
    expect(r.body['invalid-params'][0].name).toBe('view');
  });
});

describe('watching', () => {
  it('PUT and DELETE …/watch add and remove a task from the reader’s list, twice being harmless', async () => {
    const t = (await newTask('agent', { department: 'environnement' })).body;
    const watching = async () => ids(await as('events', 'GET', 'my-work?view=watching'));
    expect(await watching()).not.toContain(t.id);
    expect((await as('events', 'PUT', `tasks/${t.id}/watch`)).status).toBe(204);
    expect((await as('events', 'PUT', `tasks/${t.id}/watch`)).status).toBe(204);
    expect(await watching()).toContain(t.id);
    expect((await as('events', 'GET', `tasks/${t.id}`)).body.watching).toBe(true);
    expect((await as('events', 'DELETE', `tasks/${t.id}/watch`)).status).toBe(204);
    expect((await as('events', 'DELETE', `tasks/${t.id}/watch`)).status).toBe(204);
    expect(await watching()).not.toContain(t.id);
    expect((await as('events', 'PUT', 'tasks/ZZZZ-9999/watch')).status).toBe(404);
  });
});

describe('comments and mentions', () => {
  it('a comment mentioning a person and a department lands in their "mentioned" lists and in the activity', async () => {
    const worker = await subOf('worker');
    // A worker reads the tasks assigned to them: the one mentioned here is theirs.
    const t = (await newTask('agent', { department: 'espaces-verts', assignees: [worker] })).body;
    const k = key();
    const body = { text: 'Peux-tu passer avec la nacelle ?', mentions: [worker, 'dept:mobilite'] };
    const c = await as('agent', 'POST', `tasks/${t.id}/comments`, body, { 'idempotency-key': k });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    expect(c.body).toMatchObject({ kind: 'comment', text: body.text, mentions: body.mentions, actor: 'Agent démo' });
    const again = await as('agent', 'POST', `tasks/${t.id}/comments`, body, { 'idempotency-key': k });
    expect(again.status).toBe(200);
    expect(again.body.at).toBe(c.body.at);
    const mentioned = (await as('worker', 'GET', 'my-work?view=mentioned')).body.items;
    expect(mentioned.filter((m: { id: string }) => m.id === t.id)).toHaveLength(1);
    expect(mentioned.find((m: { id: string }) => m.id === t.id)).toMatchObject({ kind: 'task', who: worker, by: await subOf('agent') });
    // The department: an agent of another department (evenements) is not told, an admin reads the task's activity.
    expect(ids(await as('events', 'GET', 'my-work?view=mentioned'))).not.toContain(t.id);
    const read = await as('admin', 'GET', `tasks/${t.id}`);
    expect(read.body.activity.filter((a: { kind: string }) => a.kind === 'comment')).toHaveLength(1);
  });

  it('a mention of nobody of the commune is a 422 naming it; a worker comments on a task of their department', async () => {
    const t = (await newTask('agent')).body;
    const bad = await as('agent', 'POST', `tasks/${t.id}/comments`, { text: 'Hello', mentions: ['dept:boulangerie', 'nobody'] });
    expect(bad.status).toBe(422);
    expect(bad.body['invalid-params'].map((p: { name: string }) => p.name).sort()).toEqual(['mentions.0', 'mentions.1']);
    expect((await as('worker', 'POST', `tasks/${t.id}/comments`, { text: 'Fait ce matin.' })).status).toBe(201);
    expect((await as('police', 'POST', `tasks/${t.id}/comments`, { text: 'Vu.' })).status).toBe(201);
  });
});

describe('boards, calendar and lists', () => {
  it('the board has one column per status and a task moves between them', async () => {
    const t = (await newTask('agent', { department: 'mobilite', dueAt: '2031-06-12T09:00:00+02:00' })).body;
    const board = async () => {
      const r = await as('agent', 'GET', 'boards/mobilite');
      expect(r.status).toBe(200);
      return Object.fromEntries(Object.entries(r.body.columns).map(([s, col]) => [s, (col as { id: string }[]).map((x) => x.id)]));
    };
    const before = await board();
    expect(Object.keys(before)).toEqual(['todo', 'doing', 'waiting', 'done', 'cancelled']);
    expect(before.todo).toContain(t.id);
    // Agents of travaux do not move the mobilite team's tasks; an admin does.
    expect((await patch(t.id, { version: 1, status: 'done' })).status).toBe(403);
    expect((await patch(t.id, { version: 1, status: 'done' }, 'admin')).status).toBe(200);
    const after = await board();
    expect(after.todo).not.toContain(t.id);
    expect(after.done[0]).toBe(t.id);
    expect((await as('agent', 'GET', 'boards/boulangerie')).status).toBe(404);
    expect((await as('worker', 'GET', 'boards/mobilite')).status).toBe(403);
    expect((await as('worker', 'GET', 'boards/travaux')).status).toBe(200);
  });

  it('the calendar answers the tasks due in a range of Brussels days, and not those just outside', async () => {
    const inside = (await newTask('agent', { department: 'environnement', dueAt: '2031-06-20T23:30:00+02:00' })).body;
    const outside = (await newTask('agent', { department: 'environnement', dueAt: '2031-06-21T00:30:00+02:00' })).body;
    const before = (await newTask('agent', { department: 'environnement', dueAt: '2031-06-17T23:59:00+02:00' })).body;
    const r = await as('agent', 'GET', 'tasks?from=2031-06-18&to=2031-06-20');
    expect(r.status).toBe(200);
    expect(ids(r)).toContain(inside.id);
    expect(ids(r)).not.toContain(outside.id);
    expect(ids(r)).not.toContain(before.id);
    expect((await as('agent', 'GET', 'tasks?from=2031-06-20&to=2031-06-18')).status).toBe(400);
    expect((await as('agent', 'GET', 'tasks?from=2031-01-01&to=2031-12-31')).status).toBe(400);
  });

  it('the list filters by department, status, assignee and words; a worker sees their department and their own', async () => {
    const worker = await subOf('worker');
    const hedge = (await newTask('agent', { department: 'espaces-verts', title: 'Élaguer les tilleuls de l’église' })).body;
    const mine = (await newTask('agent', { department: 'espaces-verts', title: 'Arroser les bacs', assignees: [worker] })).body;
    const words = await as('agent', 'GET', `tasks?department=espaces-verts&q=${encodeURIComponent('eglise tilleul')}`);
    expect(ids(words)).toEqual([hedge.id]);
    expect(ids(await as('agent', 'GET', `tasks?assignee=${worker}`))).toContain(mine.id);
    const forWorker = ids(await as('worker', 'GET', 'tasks'));
    expect(forWorker).toContain(mine.id);
    expect(forWorker).not.toContain(hedge.id);
    expect((await patch(hedge.id, { version: 1, status: 'cancelled' }, 'admin')).status).toBe(200);
    expect(ids(await as('agent', 'GET', 'tasks?department=espaces-verts'))).not.toContain(hedge.id);
    expect(ids(await as('agent', 'GET', 'tasks?department=espaces-verts&status=cancelled'))).toContain(hedge.id);
  });
});
