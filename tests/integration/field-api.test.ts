/**
 * The field app's API against the real local stand-ins (docs/field-app.md): « Aujourd’hui » for a worker and for an
 * agent (bounded, mine and team, a work order with its report's photo), another commune refused, a report filed from
 * the field (idempotent, in the inbox with its badge's data and its photo, nobody named on its public page), the note
 * of « Terminer » written once, the conflicts a phone tells apart by their problem type, and an urgent task told to
 * its assignees (a notification of kind `urgent`, pushed).
 */
import { describe, expect, it } from 'vitest';
import { TASK_PROBLEM_TYPES } from '@tandem/shared/field/field-problems';
import { api, auth, sampleReport, signIn, tinyJpeg, uploadWithTicket } from './api-client.js';
import { demoPassword, eventually } from '../support/local-env.js';
import { C, as, key, newTask, subOf, tokenOf } from './task-fixtures.js';

const HOUR = 3_600_000;
const at = (ms: number) => new Date(Date.now() + ms).toISOString();

async function uploadPhoto(): Promise<string> {
  const bytes = tinyJpeg(4096);
  const t = await api('POST', `${C}/uploads`, { body: { contentType: 'image/jpeg', size: bytes.length } });
  expect(t.status).toBe(201);
  expect(await uploadWithTicket(t.body, bytes, 'image/jpeg')).toBeLessThan(300);
  return t.body.key;
}

const ids = (list: { id: string }[]) => list.map((t) => t.id);

describe('GET staff/today', () => {
  it('gives the worker their open tasks due by tomorrow, overdue or undated, and their team’s; an agent sees theirs', async () => {
    const worker = await subOf('worker');
    const overdue = (await newTask('agent', { title: 'Reboucher le trou', assignees: [worker], dueAt: at(-HOUR) })).body;
    const soon = (
      await newTask('agent', {
        title: 'Remplacer le panneau',
        assignees: [worker],
        dueAt: at(HOUR),
        checklist: [{ id: 'a', text: 'Prendre le panneau' }],
        place: { label: 'Rue de la Station 3', geometry: { type: 'Point', coordinates: [4.0724, 50.5799] } },
      })
    ).body;
    const undated = (await newTask('agent', { title: 'Ranger le dépôt', assignees: [worker] })).body;
    const far = (await newTask('agent', { title: 'Tailler les tilleuls', assignees: [worker], dueAt: at(10 * 24 * HOUR) })).body;
    const elsewhere = (await newTask('agent', { title: 'Arroser les bacs', department: 'espaces-verts', assignees: [worker] })).body;
    const team = (await newTask('agent', { title: 'Balayer la place', dueAt: at(2 * HOUR) })).body;
    const otherTeam = (await newTask('agent', { title: 'Vider les poubelles', department: 'environnement' })).body;
    const done = (await newTask('agent', { title: 'Déjà fait', assignees: [worker] })).body;
    expect((await as('agent', 'PATCH', `tasks/${done.id}`, { version: 1, status: 'done' })).status).toBe(200);

    const r = await as('worker', 'GET', 'today');
    expect(r.status).toBe(200);
    expect(r.headers['cache-control']).toBe('no-store');
    expect(Date.parse(r.body.at)).not.toBeNaN();
    const mine = ids(r.body.mine);
    expect(mine).toEqual(expect.arrayContaining([overdue.id, soon.id, undated.id, elsewhere.id]));
    expect(mine).not.toContain(far.id);
    expect(mine).not.toContain(done.id);
    // By due instant, undated last.
    expect(mine.indexOf(overdue.id)).toBeLessThan(mine.indexOf(soon.id));
    expect(mine.indexOf(soon.id)).toBeLessThan(mine.indexOf(undated.id));
    expect(ids(r.body.team)).toContain(team.id);
    expect(ids(r.body.team)).not.toContain(otherTeam.id);
    expect(ids(r.body.team)).not.toContain(overdue.id);
    const card = r.body.mine.find((t: { id: string }) => t.id === soon.id);
    expect(card).toMatchObject({
      mine: true,
      status: 'todo',
      overdue: false,
      version: 1,
      department: 'travaux',
      checklist: [{ id: 'a', text: 'Prendre le panneau', done: false }],
      place: { label: 'Rue de la Station 3' },
      photos: [],
    });
    expect(r.body.mine.find((t: { id: string }) => t.id === overdue.id).overdue).toBe(true);
    expect(r.body.team.find((t: { id: string }) => t.id === team.id).mine).toBe(false);

    // The agent (travaux and environnement): the worker's travaux tasks are their team's, not theirs.
    const a = await as('agent', 'GET', 'today');
    expect(a.status).toBe(200);
    expect(ids(a.body.team)).toEqual(expect.arrayContaining([overdue.id, team.id, otherTeam.id]));
    expect(ids(a.body.mine)).not.toContain(overdue.id);
    expect(ids(a.body.team)).not.toContain(elsewhere.id);
  });

  it('gives a work order with its report’s code and photo as a link', async () => {
    const photo = await uploadPhoto();
    const rep = await api('POST', `${C}/reports`, { body: sampleReport({ photos: [photo] }) });
    expect(rep.status).toBe(201);
    const worker = await subOf('worker');
    const order = await as('agent', 'POST', `reports/${rep.body.code}/work-orders`, { assignees: [worker] }, { 'idempotency-key': key() });
    expect(order.status).toBe(201);
    const r = await as('worker', 'GET', 'today');
    const card = r.body.mine.find((t: { id: string }) => t.id === order.body.id);
    expect(card).toMatchObject({ reportCode: rep.body.code, mine: true });
    expect(card.photos).toHaveLength(1);
    const got = await fetch(card.photos[0].url);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/jpeg');
  });

  it('refuses another commune’s token and no token', async () => {
    const r = await api('GET', '/api/braine-le-comte/staff/today', { headers: auth(await tokenOf('worker')) });
    expect(r.status).toBe(403);
    expect(r.headers['content-type']).toBe('application/problem+json');
    expect((await api('GET', `${C}/staff/today`)).status).toBe(401);
  });
});

describe('POST staff/reports (« signalé par le service »)', () => {
  const body = async () => ({
    category: 'voirie',
    lat: 50.5794,
    lng: 4.0714,
    accuracy: 8,
    description: 'Avaloir bouché',
    photos: [await uploadPhoto()],
  });

  it('files one report for retries of one key, new in the inbox with who filed it and its photo, nobody named in public', async () => {
    const b = await body();
    const k = key();
    const first = await as('worker', 'POST', 'reports', b, { 'idempotency-key': k });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ state: 'new', category: 'voirie', department: 'travaux', photos: 1 });
    const code = first.body.code;
    expect(first.headers.location).toBe(`${C}/staff/reports/${code}`);
    const again = await as('worker', 'POST', 'reports', b, { 'idempotency-key': k });
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.code).toBe(code);

    const inbox = await as('agent', 'GET', 'reports?state=new&limit=50');
    const line = inbox.body.items.find((r: { code: string }) => r.code === code);
    expect(line).toMatchObject({ state: 'new', reportedBy: { name: 'Ouvrier démo', department: 'travaux' } });
    expect(inbox.body.items.filter((r: { code: string }) => r.code === code)).toHaveLength(1);

    const staff = await as('agent', 'GET', `reports/${code}`);
    expect(staff.status).toBe(200);
    expect(staff.body.reportedBy).toMatchObject({ name: 'Ouvrier démo', sub: await subOf('worker') });
    expect(staff.body.email).toBeUndefined();
    expect(staff.body.photos).toHaveLength(1);
    expect((await fetch(staff.body.photos[0])).status).toBe(200);

    // Filed once, audited once (in the report's transaction).
    const audit = await as('admin', 'GET', `audit?item=${code}&limit=100`);
    expect(audit.status).toBe(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['report.service']);

    const pub = await api('GET', `${C}/reports/${code}`);
    expect(pub.status).toBe(200);
    expect(pub.body.reportedBy).toBeUndefined();
    expect(JSON.stringify(pub.body)).not.toContain('Ouvrier');
  });

  it('names the fields: an unknown category, a position outside the commune, no photo', async () => {
    const b = await body();
    const bad = await as('worker', 'POST', 'reports', { ...b, category: 'boulangerie', lat: 50.85, lng: 4.35 });
    expect(bad.status).toBe(422);
    expect(bad.body['invalid-params'].map((p: { name: string }) => p.name).sort()).toEqual(['category', 'lat', 'lng']);
    const ctl = await as('worker', 'POST', 'reports', { ...b, description: 'Avaloir\u001b[2J bouché' });
    expect(ctl.status).toBe(422);
    expect(ctl.body['invalid-params'].map((p: { name: string }) => p.name)).toEqual(['description']);
    const none = await as('worker', 'POST', 'reports', { ...b, photos: [] });
    expect(none.status).toBe(422);
    expect(none.body['invalid-params'].map((p: { name: string }) => p.name)).toEqual(['photos']);
  });

  it('is for the staff only', async () => {
    expect((await api('POST', `${C}/staff/reports`, { body: await body() })).status).toBe(401);
    const other = await signIn('braine-le-comte', 'ouvrier@braine-le-comte.example', demoPassword());
    expect((await api('POST', `${C}/staff/reports`, { headers: auth(other), body: await body() })).status).toBe(403);
  });
});

describe('« Terminer » in one request', () => {
  it('writes the status, the checklist, the photo and the note once, the note as a comment right after the change', async () => {
    const worker = await subOf('worker');
    const t = (await newTask('agent', { assignees: [worker], checklist: [{ id: 'a', text: 'Balai' }] })).body;
    const photo = await uploadPhoto();
    const change = {
      version: 1,
      status: 'done',
      checklist: [{ id: 'a', text: 'Balai', done: true }],
      addFiles: [photo],
      note: 'Fait, RAS.',
    };
    const k = key();
    const first = await as('worker', 'PATCH', `tasks/${t.id}`, change, { 'idempotency-key': k });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const again = await as('worker', 'PATCH', `tasks/${t.id}`, change, { 'idempotency-key': k });
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const read = await as('worker', 'GET', `tasks/${t.id}`);
    expect(read.body).toMatchObject({ status: 'done', version: 2, checklist: [{ id: 'a', done: true }] });
    expect(read.body.files).toHaveLength(1);
    const kinds = read.body.activity.map((a: { kind: string }) => a.kind);
    const comments = read.body.activity.filter((a: { kind: string }) => a.kind === 'comment');
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ text: 'Fait, RAS.', actor: 'Ouvrier démo' });
    expect(kinds.indexOf('comment')).toBe(kinds.indexOf('changed') + 1);
  });

  it('refuses a note alone (a comment has its own route) and control characters in it', async () => {
    const t = (await newTask('agent')).body;
    expect((await as('agent', 'PATCH', `tasks/${t.id}`, { version: 1, note: 'Juste un mot' })).status).toBe(422);
    const ctl = await as('agent', 'PATCH', `tasks/${t.id}`, { version: 1, status: 'doing', note: 'Fait\u0007' });
    expect(ctl.status).toBe(422);
    expect(ctl.body['invalid-params'].map((p: { name: string }) => p.name)).toEqual(['note']);
  });
});

describe('conflicts a phone tells apart', () => {
  const problem = (r: { status: number; headers: Record<string, string>; body: Record<string, unknown> }) => {
    expect(r.headers['content-type']).toBe('application/problem+json');
    return { status: r.status, type: r.body.type, current: r.body.current };
  };

  it('a stale version: task-changed, with where the task stands', async () => {
    const worker = await subOf('worker');
    const t = (await newTask('agent', { assignees: [worker] })).body;
    expect((await as('agent', 'PATCH', `tasks/${t.id}`, { version: 1, title: 'Tailler la haie du parc (urgent)' })).status).toBe(200);
    const r = await as('worker', 'PATCH', `tasks/${t.id}`, { version: 1, status: 'doing' });
    expect(problem(r)).toEqual({
      status: 409,
      type: TASK_PROBLEM_TYPES.changed,
      current: { status: 'todo', version: 2, assignedToYou: true },
    });
  });

  it('given to someone else: task-reassigned to the former assignee, a plain 403 to someone never assigned', async () => {
    const [worker, agent] = [await subOf('worker'), await subOf('agent')];
    // Outside the worker's department: once taken off it, they may not act on it at all.
    const t = (await newTask('admin', { department: 'espaces-verts', assignees: [worker] })).body;
    expect((await as('admin', 'PATCH', `tasks/${t.id}`, { version: 1, assignees: [agent] })).status).toBe(200);
    const r = await as('worker', 'PATCH', `tasks/${t.id}`, { version: 1, status: 'doing' });
    expect(problem(r)).toEqual({
      status: 409,
      type: TASK_PROBLEM_TYPES.reassigned,
      current: { status: 'todo', version: 2, assignedToYou: false },
    });
    expect(JSON.stringify(r.body)).not.toContain(agent);
    const never = await as('events', 'PATCH', `tasks/${t.id}`, { version: 1, status: 'doing' });
    expect(never.status).toBe(403);
    expect(never.body.type).toBe('about:blank');
    // In their own department, still allowed, a stale change after it went to others says so too.
    const mine = (await newTask('admin', { assignees: [worker] })).body;
    expect((await as('admin', 'PATCH', `tasks/${mine.id}`, { version: 1, assignees: [agent] })).status).toBe(200);
    expect(problem(await as('worker', 'PATCH', `tasks/${mine.id}`, { version: 1, status: 'doing' })).type).toBe(
      TASK_PROBLEM_TYPES.reassigned,
    );
  });

  it('cancelled: task-cancelled when asked to move it, whether the version is stale or not', async () => {
    const worker = await subOf('worker');
    const t = (await newTask('agent', { assignees: [worker] })).body;
    expect((await as('agent', 'PATCH', `tasks/${t.id}`, { version: 1, status: 'cancelled' })).status).toBe(200);
    const stale = await as('worker', 'PATCH', `tasks/${t.id}`, { version: 1, status: 'done' });
    expect(problem(stale)).toEqual({
      status: 409,
      type: TASK_PROBLEM_TYPES.cancelled,
      current: { status: 'cancelled', version: 2, assignedToYou: true },
    });
    const fresh = await as('worker', 'PATCH', `tasks/${t.id}`, { version: 2, status: 'done' });
    expect(problem(fresh).type).toBe(TASK_PROBLEM_TYPES.cancelled);
  });

  it('finished meanwhile: task-already-done', async () => {
    const worker = await subOf('worker');
    const t = (await newTask('agent', { assignees: [worker] })).body;
    expect((await as('agent', 'PATCH', `tasks/${t.id}`, { version: 1, status: 'done' })).status).toBe(200);
    const r = await as('worker', 'PATCH', `tasks/${t.id}`, { version: 1, status: 'done', note: 'Fini' });
    expect(problem(r)).toMatchObject({ status: 409, type: TASK_PROBLEM_TYPES.alreadyDone });
  });
});

describe.runIf(process.env.TANDEM_IT_STREAMS !== 'off')('an urgent task', () => {
  type Notice = { kind: string; item: { id: string } };
  const urgentFor = async (id: string) => {
    const r = await as('worker', 'GET', 'notifications?limit=50');
    expect(r.status).toBe(200);
    return (r.body.items as Notice[]).find((n) => n.item.id === id && n.kind === 'urgent');
  };

  it('is told to its assignees as urgent when made so, and when given to them urgent', async () => {
    const worker = await subOf('worker');
    const made = (await newTask('agent', { assignees: [worker], priority: 'urgent' })).body;
    expect(await eventually(() => urgentFor(made.id), 20_000, 'the urgent notice of a new task')).toBeTruthy();
    const later = (await newTask('agent', { assignees: [worker] })).body;
    expect((await as('agent', 'PATCH', `tasks/${later.id}`, { version: 1, priority: 'urgent' })).status).toBe(200);
    expect(await eventually(() => urgentFor(later.id), 20_000, 'the urgent notice of a task made urgent')).toBeTruthy();
  });
});
