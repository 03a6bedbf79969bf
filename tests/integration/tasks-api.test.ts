/**
 * Tasks through the API against the real local stand-ins: create (UTC due instant, checks naming the field,
 * idempotent retry), read (activity, watching), change (activity listing the fields, 409 on a stale version,
 * idempotent retry, illegal moves), the people directory, other communes and what workers may not do.
 */
import { describe, expect, it } from 'vitest';
import { api, auth, signIn } from './api-client.js';
import { demoPassword } from '../support/local-env.js';
import { C, as, key, newTask, subOf, tokenOf } from './task-fixtures.js';

describe('the people directory', () => {
  it('lists every enabled staff member with role and departments, for every staff role', async () => {
    const r = await as('worker', 'GET', 'people');
    expect(r.status).toBe(200);
    const worker = r.body.items.find((p: { name: string }) => p.name === 'Ouvrier démo');
    expect(worker).toMatchObject({ role: 'worker', departments: ['travaux'] });
    expect(worker.id).toMatch(/^[0-9a-f-]{36}$/);
    const agent = r.body.items.find((p: { name: string }) => p.name === 'Agent démo');
    expect(agent).toMatchObject({ role: 'agent', departments: ['environnement', 'travaux'] });
    expect(r.body.items.find((p: { name: string }) => p.name === 'Admin démo')).toMatchObject({ role: 'admin' });
    expect((await as('police', 'GET', 'people')).status).toBe(200);
  });
});

describe('creating a task', () => {
  it('keeps the due instant in UTC, makes the creator and assignees watch, and reads back with its activity', async () => {
    const worker = await subOf('worker');
    const r = await newTask('agent', {
      assignees: [worker],
      dueAt: '2027-03-10T08:30:00+01:00',
      checklist: [{ id: 'a', text: 'Prévoir la camionnette' }],
      priority: 'high',
    });
    expect(r.body).toMatchObject({
      status: 'todo',
      department: 'travaux',
      assignees: [worker],
      dueAt: '2027-03-10T07:30:00.000Z',
      priority: 'high',
      version: 1,
      watching: true,
      overdue: false,
    });
    expect(r.body.id).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(r.headers.location).toBe(`${C}/staff/tasks/${r.body.id}`);
    const read = await as('worker', 'GET', `tasks/${r.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.watching).toBe(true);
    expect(read.body.activity).toHaveLength(1);
    expect(read.body.activity[0]).toMatchObject({ kind: 'created', actor: 'Agent démo' });
    expect(read.body.activity[0].changes).toContainEqual({ field: 'assignees', to: worker });
    expect((await as('events', 'GET', `tasks/${r.body.id}`)).body.watching).toBe(false);
  });

  it('names the field when the department, an assignee or the project is unknown', async () => {
    const bad = async (over: Record<string, unknown>) => {
      const r = await as('agent', 'POST', 'tasks', { title: 'Une tâche', department: 'travaux', ...over });
      expect(r.status).toBe(422);
      expect(r.headers['content-type']).toContain('application/problem+json');
      return r.body['invalid-params'].map((p: { name: string }) => p.name);
    };
    expect(await bad({ department: 'boulangerie' })).toEqual(['department']);
    expect(await bad({ department: 'police' })).toEqual(['department']);
    expect(await bad({ assignees: [await subOf('agent'), 'not-a-sub'] })).toEqual(['assignees.1']);
    expect(await bad({ projectId: 'ZZZZ-9999' })).toEqual(['projectId']);
  });

  it('answers a retry with the same Idempotency-Key with the first task, and refuses the key for another request', async () => {
    const k = key();
    const body = { title: 'Remplacer un banc', department: 'espaces-verts' };
    const first = await as('agent', 'POST', 'tasks', body, { 'idempotency-key': k });
    expect(first.status).toBe(201);
    const again = await as('agent', 'POST', 'tasks', body, { 'idempotency-key': k });
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    const other = await as('agent', 'POST', 'tasks', { ...body, title: 'Remplacer deux bancs' }, { 'idempotency-key': k });
    expect(other.status).toBe(422);
  });
});

describe('changing a task', () => {
  it('records one activity item listing the fields, guards by version (409) and answers a retry as applied', async () => {
    const t = (await newTask('agent')).body;
    const k = key();
    const change = { version: 1, status: 'doing', priority: 'urgent', title: 'Tailler la haie du parc (urgent)' };
    const r = await as('agent', 'PATCH', `tasks/${t.id}`, change, { 'idempotency-key': k });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ version: 2, status: 'doing', priority: 'urgent', title: change.title });
    const last = r.body.activity.at(-1);
    expect(last.kind).toBe('changed');
    expect(last.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', from: 'todo', to: 'doing' },
        { field: 'priority', from: 'normal', to: 'urgent' },
        { field: 'title', from: t.title, to: change.title },
      ]),
    );
    const retry = await as('agent', 'PATCH', `tasks/${t.id}`, change, { 'idempotency-key': k });
    expect(retry.status).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body.version).toBe(2);
    expect(retry.body.activity).toHaveLength(2);
    const stale = await as('agent', 'PATCH', `tasks/${t.id}`, { version: 1, status: 'waiting' }, { 'idempotency-key': key() });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);
  });

  it('sets closedAt when done, removes it when reopened, and refuses an illegal move naming status', async () => {
    const t = (await newTask('agent')).body;
    const done = await as('agent', 'PATCH', `tasks/${t.id}`, { version: 1, status: 'done' }, { 'idempotency-key': key() });
    expect(done.body.closedAt).toBeDefined();
    expect(done.body.activity.at(-1)).toMatchObject({ kind: 'status', changes: [{ field: 'status', from: 'todo', to: 'done' }] });
    const illegal = await as('agent', 'PATCH', `tasks/${t.id}`, { version: 2, status: 'waiting' }, { 'idempotency-key': key() });
    expect(illegal.status).toBe(422);
    expect(illegal.body['invalid-params'][0].name).toBe('status');
    const reopened = await as('agent', 'PATCH', `tasks/${t.id}`, { version: 2, status: 'todo' }, { 'idempotency-key': key() });
    expect(reopened.status).toBe(200);
    expect(reopened.body.closedAt).toBeUndefined();
    const nothing = await as('agent', 'PATCH', `tasks/${t.id}`, { version: 3, status: 'todo' }, { 'idempotency-key': key() });
    expect(nothing.status).toBe(422);
  });
});

describe('who may', () => {
  it('a worker moves and ticks the tasks of their department but renames none and creates none', async () => {
    const t = (await newTask('agent', { checklist: [{ id: 'a', text: 'Outils' }] })).body;
    expect((await as('worker', 'POST', 'tasks', { title: 'Ma tâche', department: 'travaux' })).status).toBe(403);
    const rename = await as('worker', 'PATCH', `tasks/${t.id}`, { version: 1, title: 'Autre titre' }, { 'idempotency-key': key() });
    expect(rename.status).toBe(403);
    const tick = await as(
      'worker',
      'PATCH',
      `tasks/${t.id}`,
      { version: 1, checklist: [{ id: 'a', text: 'Outils', done: true }], status: 'doing' },
      { 'idempotency-key': key() },
    );
    expect(tick.status, JSON.stringify(tick.body)).toBe(200);
    expect(tick.body.checklist[0].done).toBe(true);
  });

  it('a worker reads a task of another department only when assigned to it', async () => {
    const other = (await newTask('agent', { department: 'espaces-verts' })).body;
    expect((await as('worker', 'GET', `tasks/${other.id}`)).status).toBe(403);
    const mine = (await newTask('agent', { department: 'espaces-verts', assignees: [await subOf('worker')] })).body;
    expect((await as('worker', 'GET', `tasks/${mine.id}`)).status).toBe(200);
    const moved = await as('worker', 'PATCH', `tasks/${mine.id}`, { version: 1, status: 'doing' }, { 'idempotency-key': key() });
    expect(moved.status).toBe(200);
  });

  it('an agent of another department creates a task for travaux but does not edit it; its team does', async () => {
    const t = (await newTask('events', { department: 'travaux' })).body;
    const edit = await as('events', 'PATCH', `tasks/${t.id}`, { version: 1, title: 'Autre titre' }, { 'idempotency-key': key() });
    expect(edit.status).toBe(403);
    const team = await as('agent', 'PATCH', `tasks/${t.id}`, { version: 1, title: 'Autre titre' }, { 'idempotency-key': key() });
    expect(team.status).toBe(200);
  });

  it('another commune: its token is refused, and a task id of Soignies is not found in Braine-le-Comte', async () => {
    const t = (await newTask('agent')).body;
    const braine = await signIn('braine-le-comte', 'admin@braine-le-comte.example', demoPassword());
    expect((await api('GET', `${C}/staff/tasks/${t.id}`, { headers: auth(braine) })).status).toBe(403);
    expect((await api('GET', `/api/braine-le-comte/staff/tasks/${t.id}`, { headers: auth(braine) })).status).toBe(404);
    expect((await api('GET', `/api/braine-le-comte/staff/tasks/${t.id}`, { headers: auth(await tokenOf('admin')) })).status).toBe(403);
  });
});
