/**
 * Projects through the API, against the real local stand-ins: a works project from its process template gets the
 * template's tasks due at the steps' Brussels times (across the spring DST change), a retried creation makes
 * nothing twice, a stale change is a 409, the PST objective and departments are the commune's (422), and a project
 * of one commune is nowhere in the other.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, auth, signIn } from './api-client.js';
import { demoPassword } from '../support/local-env.js';

const C = '/api/soignies';
let agent = '';
let admin = '';
let events = '';
let braineAgent = '';

const works = (over: Record<string, unknown> = {}) => ({
  kind: 'works',
  title: 'Réfection de la rue de la Station',
  departments: ['travaux', 'mobilite'],
  ...over,
});
const create = (body: unknown, token = agent, headers: Record<string, string> = {}) =>
  api('POST', `${C}/staff/projects`, { headers: { ...auth(token), ...headers }, body });

beforeAll(async () => {
  agent = await signIn('soignies', 'agent@soignies.example', demoPassword());
  admin = await signIn('soignies', 'admin@soignies.example', demoPassword());
  events = await signIn('soignies', 'evenements@soignies.example', demoPassword());
  braineAgent = await signIn('braine-le-comte', 'agent@braine-le-comte.example', demoPassword());
});

describe('a project from its template', () => {
  // Monday 29 March 2027: the clocks went forward the day before (Sunday 28 March, 02:00 → 03:00).
  const anchorDay = '2027-03-29';

  it('creates the template’s tasks, due at the steps’ Brussels times, on either side of the DST change', async () => {
    const r = await create(works({ template: { id: 'chantier-voirie', anchorDay } }));
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.headers.location).toBe(`/api/soignies/staff/projects/${r.body.id}`);
    expect(r.body).toMatchObject({
      kind: 'works',
      status: 'planned',
      health: 'on-track',
      start: anchorDay,
      template: { id: 'chantier-voirie', version: 1, anchorDay },
      progress: { done: 0, total: 9 },
      published: false,
      version: 1,
    });
    expect(r.body.activity.map((a: { kind: string }) => a.kind)).toEqual(['created']);

    const tasks = await api('GET', `${C}/staff/projects/${r.body.id}/tasks`, { headers: auth(agent) });
    expect(tasks.status).toBe(200);
    const byTitle = Object.fromEntries(tasks.body.items.map((t: { title: string }) => [t.title, t]));
    expect(tasks.body.items).toHaveLength(9);
    // J-3 at 08:00 on Friday 26 March: winter time (UTC+1).
    expect(byTitle['Poser l’affiche de chantier']).toMatchObject({
      dueAt: '2027-03-26T07:00:00.000Z',
      department: 'travaux',
      status: 'todo',
    });
    // J-1 at 08:00 on Sunday 28 March: summer time already (UTC+2).
    expect(byTitle['Placer la signalisation de déviation'].dueAt).toBe('2027-03-28T06:00:00.000Z');
    // J-14 at 09:00 on 15 March, and J+60 at 10:00 on 28 May.
    expect(byTitle['Envoyer la lettre aux riverains'].dueAt).toBe('2027-03-15T08:00:00.000Z');
    expect(byTitle['Réception provisoire des travaux'].dueAt).toBe('2027-05-28T08:00:00.000Z');
    expect(byTitle['Définir la déviation']).toMatchObject({ department: 'mobilite', projectId: r.body.id });
    // By due instant.
    const due = tasks.body.items.map((t: { dueAt: string }) => t.dueAt);
    expect(due).toEqual([...due].sort());
  });

  it('a retry with the same Idempotency-Key answers the same project and makes no task twice', async () => {
    const title = `Chantier ${crypto.randomUUID().slice(0, 8)}`;
    const body = works({ title, template: { id: 'chantier-voirie', anchorDay } });
    const key = `retry-${crypto.randomUUID()}`;
    const first = await create(body, agent, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    const again = await create(body, agent, { 'idempotency-key': key });
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.progress).toEqual({ done: 0, total: 9 });
    const list = await api('GET', `${C}/staff/projects?kind=works`, { headers: auth(agent) });
    expect(list.body.items.filter((p: { title: string }) => p.title === title)).toHaveLength(1);
    // The same key for another request is refused.
    const other = await create({ ...body, title: `${title} bis` }, agent, { 'idempotency-key': key });
    expect(other.status).toBe(422);
  });

  it('an event from its template starts its tasks with the police’s and the fire service’s opinions', async () => {
    const r = await create(
      {
        kind: 'event',
        title: 'Brocante du quartier Saint-Vincent',
        departments: ['evenements', 'travaux'],
        template: { id: 'evenement-voie-publique', anchorDay: '2027-06-12' },
      },
      events,
    );
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const tasks = await api('GET', `${C}/staff/projects/${r.body.id}/tasks`, { headers: auth(events) });
    const barrieres = tasks.body.items.find((t: { title: string }) => t.title === 'Livrer et poser les barrières');
    expect(barrieres).toMatchObject({ department: 'travaux', dueAt: '2027-06-10T06:00:00.000Z' });
    expect(tasks.body.items.map((t: { department: string }) => t.department)).toEqual(
      expect.arrayContaining(['police', 'secours', 'environnement']),
    );
  });

  it('refuses an unknown template, department or PST objective with a 422 naming the field', async () => {
    const names = (r: { body: { 'invalid-params'?: { name: string }[] } }) => (r.body['invalid-params'] ?? []).map((p) => p.name);
    const template = await create(works({ template: { id: 'nope', anchorDay } }));
    expect(template.status).toBe(422);
    expect(names(template)).toEqual(['template.id']);
    const department = await create(works({ departments: ['travaux', 'cuisine'] }));
    expect(department.status).toBe(422);
    expect(names(department)).toEqual(['departments']);
    const pst = await create(works({ pstObjective: 'oo99-nulle-part' }));
    expect(pst.status).toBe(422);
    expect(names(pst)).toEqual(['pstObjective']);
    // Braine-le-Comte's objective is not Soignies'.
    expect((await create(works({ pstObjective: 'oo23-energie' }))).status).toBe(422);
    const ends = await create(works({ start: '2027-05-01', end: '2027-04-01' }));
    expect(names(ends)).toEqual(['end']);
    const ok = await create(works({ pstObjective: 'oo13-voiries' }));
    expect(ok.status).toBe(201);
    expect(ok.body.pstObjective).toBe('oo13-voiries');
  });

  it('lets an agent start only projects led by one of their departments', async () => {
    const r = await create(works({ departments: ['evenements', 'travaux'] }));
    expect(r.status).toBe(403);
    expect((await create(works({ departments: ['evenements'] }), admin)).status).toBe(201);
  });
});

describe('changing a project', () => {
  it('writes the fields changed in its activity and the audit log; a stale version is a 409', async () => {
    const p = await create(works({ title: 'Égouttage de la rue Neuve' }));
    const id = p.body.id as string;
    const changed = await api('PATCH', `${C}/staff/projects/${id}`, {
      headers: { ...auth(agent), 'idempotency-key': `change-${id}` },
      body: { version: 1, status: 'active', health: 'at-risk', start: '2027-04-01' },
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body).toMatchObject({ status: 'active', health: 'at-risk', start: '2027-04-01', version: 2, kind: 'works' });
    const last = changed.body.activity.at(-1);
    expect(last.kind).toBe('changed');
    expect(last.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', from: 'planned', to: 'active' },
        { field: 'health', from: 'on-track', to: 'at-risk' },
        { field: 'start', to: '2027-04-01' },
      ]),
    );
    // The same request again (a retry): answered as it is now, nothing written twice.
    const retry = await api('PATCH', `${C}/staff/projects/${id}`, {
      headers: { ...auth(agent), 'idempotency-key': `change-${id}` },
      body: { version: 1, status: 'active', health: 'at-risk', start: '2027-04-01' },
    });
    expect(retry.status).toBe(200);
    expect(retry.body.version).toBe(2);
    expect(retry.body.activity).toHaveLength(2);
    // Another agent who saw version 1.
    const stale = await api('PATCH', `${C}/staff/projects/${id}`, { headers: auth(admin), body: { version: 1, title: 'Autre titre' } });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);
    // A description-only change leaves the rest as it is (no default resets the status).
    const desc = await api('PATCH', `${C}/staff/projects/${id}`, {
      headers: auth(agent),
      body: { version: 2, description: 'Deux phases.' },
    });
    expect(desc.body).toMatchObject({ status: 'active', health: 'at-risk', description: 'Deux phases.', version: 3 });
    const cleared = await api('PATCH', `${C}/staff/projects/${id}`, { headers: auth(agent), body: { version: 3, start: null } });
    expect(cleared.body.start).toBeUndefined();

    const audit = await api('GET', `${C}/staff/audit?item=${id}&limit=100`, { headers: auth(admin) });
    expect(audit.status).toBe(200);
    expect(audit.body.items.map((e: { action: string }) => e.action).sort()).toEqual([
      'project.create',
      'project.update',
      'project.update',
      'project.update',
    ]);
  });

  it('is refused to an agent of no department taking part', async () => {
    const p = await create(works());
    const r = await api('PATCH', `${C}/staff/projects/${p.body.id}`, { headers: auth(events), body: { version: 1, health: 'off-track' } });
    expect(r.status).toBe(403);
  });

  it('filters the list by status, kind and department', async () => {
    const tag = crypto.randomUUID().slice(0, 6);
    const a = await create(works({ title: `Parc ${tag}`, departments: ['environnement'] }));
    const b = await create({ kind: 'pst-action', title: `Plan ${tag}`, departments: ['travaux'], status: 'active' });
    expect([a.status, b.status]).toEqual([201, 201]);
    const titles = async (q: string) =>
      (await api('GET', `${C}/staff/projects?${q}`, { headers: auth(events) })).body.items
        .map((p: { title: string }) => p.title)
        .filter((t: string) => t.endsWith(tag));
    expect(await titles('department=environnement')).toEqual([`Parc ${tag}`]);
    expect(await titles('kind=pst-action')).toEqual([`Plan ${tag}`]);
    expect(await titles('status=active&kind=pst-action')).toEqual([`Plan ${tag}`]);
    expect(await titles('status=planned&kind=pst-action')).toEqual([]);
    expect((await api('GET', `${C}/staff/projects?status=nope`, { headers: auth(events) })).status).toBe(400);
  });
});

describe('between communes', () => {
  it('a project of Soignies is nowhere in Braine-le-Comte, and a Soignies token opens nothing there', async () => {
    const p = await create(works({ title: 'Projet soignégien' }));
    const id = p.body.id as string;
    const there = await api('GET', `/api/braine-le-comte/staff/projects/${id}`, { headers: auth(braineAgent) });
    expect(there.status).toBe(404);
    const tasks = await api('GET', `/api/braine-le-comte/staff/projects/${id}/tasks`, { headers: auth(braineAgent) });
    expect(tasks.status).toBe(404);
    const change = await api('PATCH', `/api/braine-le-comte/staff/projects/${id}`, {
      headers: auth(braineAgent),
      body: { version: 1, title: 'Détourné' },
    });
    expect(change.status).toBe(404);
    const list = await api('GET', '/api/braine-le-comte/staff/projects', { headers: auth(braineAgent) });
    expect(list.body.items.map((x: { id: string }) => x.id)).not.toContain(id);
    const foreign = await api('GET', `/api/braine-le-comte/staff/projects`, { headers: auth(agent) });
    expect(foreign.status).toBe(403);
    // Braine-le-Comte's own templates make its projects.
    const own = await api('POST', '/api/braine-le-comte/staff/projects', {
      headers: auth(braineAgent),
      body: works({ pstObjective: 'oo23-energie', template: { id: 'chantier-voirie', anchorDay: '2027-09-06' } }),
    });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    expect(own.body.progress.total).toBe(9);
    expect((await api('GET', `${C}/staff/projects/${own.body.id}`, { headers: auth(agent) })).status).toBe(404);
  });
});
