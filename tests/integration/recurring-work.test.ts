/**
 * Recurring work through the real handlers and DynamoDB Local: recurrences (API, role checks, bad input), the
 * scheduler making their tasks ahead — run twice, run three times at once, around the DST changes — a report
 * becoming a work order with its photos, and an event permit's filing starting its process.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { decodeJwt } from 'jose';
import { brusselsDate, keys, type ProjectItem, type TaskItem } from '@tandem/shared';
import { derivedIds } from '@tandem/shared/work/derived-id';
import { ddb, env } from '../../functions/src/lib/aws.js';
import { clockFrom, setClock } from '../../functions/src/lib/clock.js';
import { invokeHandler } from '../../infra/local/handlers/load-handler.js';
import { api, auth, sampleReport, signIn, tinyJpeg, uploadWithTicket } from './api-client.js';
import { demoPassword } from '../support/local-env.js';
import { eventDetails, occupationDetails, requester, tinyPdf, uploadDocument } from './permit-fixtures.js';

const C = '/api/soignies';
let agent = ''; // agent of travaux and environnement
let other = ''; // agent of evenements
let worker = '';
let agentSub = '';

beforeAll(async () => {
  const pw = demoPassword();
  [agent, other, worker] = await Promise.all([
    signIn('soignies', 'agent@soignies.example', pw),
    signIn('soignies', 'evenements@soignies.example', pw),
    signIn('soignies', 'ouvrier@soignies.example', pw),
  ]);
  agentSub = String(decodeJwt(agent).sub);
});
afterEach(() => setClock());

const table = () => env().tableName;
async function getItem<T>(key: { pk: string; sk: string }): Promise<T | undefined> {
  return (await ddb().send(new GetCommand({ TableName: table(), Key: key, ConsistentRead: true }))).Item as T | undefined;
}
/** Every item of a partition (a task with its activity and assignments, a report with its timeline). */
async function partition(pk: string): Promise<Record<string, unknown>[]> {
  const r = await ddb().send(
    new QueryCommand({
      TableName: table(),
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
      ConsistentRead: true,
    }),
  );
  return r.Items ?? [];
}
/** The commune's tasks due in [from, to) (the calendar index), made by one recurrence. */
async function tasksOf(recurrence: string, from: string, to: string): Promise<TaskItem[]> {
  const r = await ddb().send(
    new QueryCommand({
      TableName: table(),
      IndexName: 'gsi3',
      KeyConditionExpression: 'gsi3pk = :pk AND gsi3sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': keys.taskCalendar('soignies'), ':from': from, ':to': to },
    }),
  );
  return ((r.Items ?? []) as TaskItem[]).filter((t) => t.origin?.kind === 'recurrence' && t.origin.recurrence === recurrence);
}
const runScheduler = (today: string) =>
  invokeHandler('work/recurrence-scheduler', { today }) as Promise<{ recurrences: number; made: number; existing: number }>;

const recurrence = (over: Record<string, unknown> = {}) => ({
  title: 'Balayage de la Grand-Place',
  description: 'Avant le marché',
  department: 'travaux',
  assignees: [agentSub],
  checklist: ['Souffleur', 'Sacs'],
  rule: 'FREQ=WEEKLY;BYDAY=MO,TH',
  start: '2027-03-15',
  time: '07:30',
  ...over,
});
async function newRecurrence(over: Record<string, unknown> = {}, token = agent) {
  const r = await api('POST', `${C}/staff/recurrences`, { headers: auth(token), body: recurrence(over) });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

describe('recurrences', () => {
  it('are set up with their rule in one form, said in French, with their next days; a retry makes no second one', async () => {
    setClock(clockFrom('2026-12-01T10:00:00Z'));
    const key = `rec-${crypto.randomUUID()}`;
    const body = recurrence({ rule: 'freq=monthly;byday=2tu', start: '2026-12-01', time: '08:00' });
    const first = await api('POST', `${C}/staff/recurrences`, { headers: { ...auth(agent), 'idempotency-key': key }, body });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      rule: 'FREQ=MONTHLY;BYDAY=2TU',
      ruleInWords: 'chaque 2e mardi du mois à 08:00',
      next: ['2026-12-08', '2027-01-12', '2027-02-09', '2027-03-09', '2027-04-13'],
      version: 1,
      active: true,
    });
    const again = await api('POST', `${C}/staff/recurrences`, { headers: { ...auth(agent), 'idempotency-key': key }, body });
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    const list = await api('GET', `${C}/staff/recurrences`, { headers: auth(worker) });
    expect(list.status).toBe(200);
    expect(list.body.items.filter((r: { id: string }) => r.id === first.body.id)).toHaveLength(1);
    expect(list.body.items.every((r: { department: string }) => r.department === 'travaux')).toBe(true);
  });

  it('refuse a rule they cannot read with a 422 naming the rule and its faulty part, and departments that take no work', async () => {
    const bad = await api('POST', `${C}/staff/recurrences`, {
      headers: auth(agent),
      body: recurrence({ rule: 'FREQ=MONTHLY;BYDAY=6TU;COUNT=0' }),
    });
    expect(bad.status).toBe(422);
    const params = bad.body['invalid-params'] as { name: string; reason: string }[];
    expect(params.map((p) => p.name)).toEqual(['rule', 'rule']);
    expect(params[0].reason).toContain('BYDAY « 6TU »');
    expect(params[1].reason).toContain('COUNT');
    const unknown = await api('POST', `${C}/staff/recurrences`, { headers: auth(agent), body: recurrence({ department: 'nulle-part' }) });
    expect(unknown.status).toBe(422);
    expect(unknown.body['invalid-params'][0].name).toBe('department');
    const police = await api('POST', `${C}/staff/recurrences`, { headers: auth(agent), body: recurrence({ department: 'police' }) });
    expect(police.status).toBe(422);
    const time = await api('POST', `${C}/staff/recurrences`, {
      headers: auth(agent),
      body: recurrence({ time: '25:00', start: '2027-02-30' }),
    });
    expect(time.status).toBe(422);
    expect(time.body['invalid-params'].map((p: { name: string }) => p.name).sort()).toEqual(['start', 'time']);
    // Another department's agent may not set one up for travaux.
    expect((await api('POST', `${C}/staff/recurrences`, { headers: auth(other), body: recurrence() })).status).toBe(403);
  });

  it('change with one winner: a stale version is a 409; deleted with its version', async () => {
    const r = await newRecurrence({ active: false });
    const a = await api('PATCH', `${C}/staff/recurrences/${r.id}`, { headers: auth(agent), body: { version: 1, rule: 'FREQ=DAILY' } });
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ version: 2, rule: 'FREQ=DAILY', ruleInWords: 'chaque jour à 07:30' });
    const b = await api('PATCH', `${C}/staff/recurrences/${r.id}`, { headers: auth(agent), body: { version: 1, title: 'Autre' } });
    expect(b.status).toBe(409);
    expect(b.body.currentVersion).toBe(2);
    const bad = await api('PATCH', `${C}/staff/recurrences/${r.id}`, {
      headers: auth(agent),
      body: { version: 2, rule: 'FREQ=SOMETIMES' },
    });
    expect(bad.status).toBe(422);
    expect((await api('DELETE', `${C}/staff/recurrences/${r.id}?version=1`, { headers: auth(agent) })).status).toBe(409);
    expect((await api('DELETE', `${C}/staff/recurrences/${r.id}?version=2`, { headers: auth(agent) })).status).toBe(204);
    expect((await api('PATCH', `${C}/staff/recurrences/${r.id}`, { headers: auth(agent), body: { version: 2, title: 'x' } })).status).toBe(
      404,
    );
  });
});

describe('the scheduler', () => {
  it('makes three weeks of tasks, each due at the Brussels wall time across the spring change, and a second run makes none', async () => {
    setClock(clockFrom('2027-03-20T09:00:00Z'));
    const r = await newRecurrence();
    await runScheduler('2027-03-20');
    const made = await tasksOf(r.id, '2027-03-20', '2027-04-12');
    // Mondays and Thursdays from 20 March to 10 April; Brussels moves to summer time on Sunday 28 March 2027.
    expect(made.map((t) => t.dueAt).sort()).toEqual([
      '2027-03-22T06:30:00.000Z',
      '2027-03-25T06:30:00.000Z',
      '2027-03-29T05:30:00.000Z',
      '2027-04-01T05:30:00.000Z',
      '2027-04-05T05:30:00.000Z',
      '2027-04-08T05:30:00.000Z',
    ]);
    const monday = made.find((t) => t.origin?.kind === 'recurrence' && t.origin.day === '2027-03-29')!;
    expect(monday).toMatchObject({
      id: derivedIds.recurrenceTask(r.id, '2027-03-29'),
      title: 'Balayage de la Grand-Place',
      department: 'travaux',
      status: 'todo',
      assignees: [agentSub],
      checklist: [
        { id: 'c1', text: 'Souffleur', done: false },
        { id: 'c2', text: 'Sacs', done: false },
      ],
    });
    // Written with its first activity item and its assignment (my work).
    const items = await partition(keys.taskPk('soignies', monday.id));
    expect(items.filter((i) => i.type === 'activity').map((i) => i.kind)).toEqual(['created']);
    expect(items.filter((i) => i.type === 'assignment')).toMatchObject([
      { sub: agentSub, gsi1pk: keys.myWork('soignies', agentSub), kind: 'task', id: monday.id, open: true, dueAt: monday.dueAt },
    ]);
    expect((await getItem<{ generatedUntil: string }>(keys.recurrence('soignies', r.id)))?.generatedUntil).toBe('2027-04-10');

    // Run again, the same day and the next (11 April is a Sunday): nothing twice.
    await runScheduler('2027-03-20');
    await runScheduler('2027-03-21');
    const after = await tasksOf(r.id, '2027-03-20', '2027-04-30');
    expect(after.map((t) => t.origin?.kind === 'recurrence' && t.origin.day).sort()).toEqual([
      '2027-03-22',
      '2027-03-25',
      '2027-03-29',
      '2027-04-01',
      '2027-04-05',
      '2027-04-08',
    ]);
    expect(new Set(after.map((t) => t.id)).size).toBe(after.length);
  });

  it('three runs at once make each day once, each task with one creation', async () => {
    setClock(clockFrom('2026-12-01T09:00:00Z'));
    const r = await newRecurrence({ rule: 'FREQ=DAILY', start: '2026-12-01', time: '06:00', assignees: [] });
    await Promise.all([runScheduler('2026-12-01'), runScheduler('2026-12-01'), runScheduler('2026-12-01')]);
    const made = await tasksOf(r.id, '2026-12-01', '2026-12-31');
    expect(made.map((t) => t.origin?.kind === 'recurrence' && t.origin.day).sort()).toEqual(
      Array.from({ length: 22 }, (_, i) => `2026-12-${String(i + 1).padStart(2, '0')}`),
    );
    for (const t of made.slice(0, 5)) {
      const items = await partition(keys.taskPk('soignies', t.id));
      expect(items.filter((i) => i.type === 'activity')).toHaveLength(1);
    }
  });

  it('dates a task at 00:30 on its Brussels day around the autumn change, though UTC still says the day before', async () => {
    setClock(clockFrom('2026-10-20T09:00:00Z'));
    const r = await newRecurrence({ rule: 'FREQ=DAILY;COUNT=10', start: '2026-10-23', time: '00:30', assignees: [] });
    await runScheduler('2026-10-20');
    const made = await tasksOf(r.id, '2026-10-20', '2026-11-30');
    const byDay = Object.fromEntries(made.map((t) => [t.origin?.kind === 'recurrence' ? t.origin.day : '', t.dueAt]));
    expect(byDay['2026-10-24']).toBe('2026-10-23T22:30:00.000Z'); // summer time
    expect(byDay['2026-10-25']).toBe('2026-10-24T22:30:00.000Z'); // still summer time at 00:30 on the change day
    expect(byDay['2026-10-26']).toBe('2026-10-25T23:30:00.000Z'); // winter time
    expect(made).toHaveLength(10);
    for (const t of made) expect(brusselsDate(t.dueAt!)).toBe(t.origin?.kind === 'recurrence' && t.origin.day);
  });

  it('makes nothing for a paused recurrence, nor from a rule changed after it read it', async () => {
    setClock(clockFrom('2027-05-01T09:00:00Z'));
    const r = await newRecurrence({ active: false, start: '2027-05-01' });
    await runScheduler('2027-05-01');
    expect(await tasksOf(r.id, '2027-05-01', '2027-06-30')).toEqual([]);
    // Resumed: from today on, not back to its start.
    const resumed = await api('PATCH', `${C}/staff/recurrences/${r.id}`, { headers: auth(agent), body: { version: 1, active: true } });
    expect(resumed.status).toBe(200);
    await runScheduler('2027-05-10');
    const made = await tasksOf(r.id, '2027-05-01', '2027-06-30');
    expect(made.length).toBeGreaterThan(0);
    expect(made.every((t) => t.origin?.kind === 'recurrence' && t.origin.day >= '2027-05-10')).toBe(true);

    const { generateRecurrence } = await import('../../functions/src/work/recurrence-generate.js');
    const { serveCommune, inInvocation } = await import('../../functions/src/lib/tenant.js');
    const stale = (await getItem<Parameters<typeof generateRecurrence>[0]>(keys.recurrence('soignies', r.id)))!;
    await api('PATCH', `${C}/staff/recurrences/${r.id}`, { headers: auth(agent), body: { version: 2, rule: 'FREQ=YEARLY' } });
    const result = await inInvocation(() => {
      serveCommune('soignies');
      return generateRecurrence(stale, '2027-06-01', '2027-06-01T09:00:00.000Z');
    });
    expect(result.changed).toBe(true);
    expect(result.made).toBe(0);
  });
});

describe('a report becomes a work order', () => {
  async function reportWithPhoto() {
    const bytes = tinyJpeg(4096);
    const t = await api('POST', `${C}/uploads`, { body: { contentType: 'image/jpeg', size: bytes.length } });
    expect(await uploadWithTicket(t.body, bytes, 'image/jpeg')).toBeLessThan(300);
    const r = await api('POST', `${C}/reports`, {
      body: sampleReport({ photos: [t.body.key], address: 'Rue de la Station 12', answers: { taille: 'grand', danger: true } }),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return { code: r.body.code as string, bytes };
  }

  it('makes a task with the report’s place, words, answers and photo copies, linked both ways; a retry makes no second', async () => {
    setClock(clockFrom('2026-12-01T09:00:00Z'));
    const { code, bytes } = await reportWithPhoto();
    const key = `wo-${crypto.randomUUID()}`;
    const body = { assignees: [agentSub], priority: 'high', dueAt: '2026-12-03T08:00:00+01:00', note: 'Reboucher à froid.' };
    // Two at once, with the same key: one task.
    const [a, b] = await Promise.all([
      api('POST', `${C}/staff/reports/${code}/work-orders`, { headers: { ...auth(agent), 'idempotency-key': key }, body }),
      api('POST', `${C}/staff/reports/${code}/work-orders`, { headers: { ...auth(agent), 'idempotency-key': key }, body }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    const task = a.status === 201 ? a.body : b.body;
    expect(b.body.id).toBe(a.body.id);
    expect(task).toMatchObject({
      department: 'travaux',
      assignees: [agentSub],
      priority: 'high',
      status: 'todo',
      dueAt: '2026-12-03T07:00:00.000Z',
      links: [{ kind: 'report', id: code }],
      place: { label: 'Rue de la Station 12', geometry: { type: 'Point' } },
    });
    const report = await api('GET', `${C}/staff/reports/${code}`, { headers: auth(agent) });
    expect(task.place.geometry.coordinates).toEqual([report.body.location.lng, report.body.location.lat]);
    expect(task.title).toContain('Rue de la Station 12');
    expect(task.description).toContain('Reboucher à froid.');
    expect(task.description).toContain('Quelle taille environ ? : Plus grand');
    expect(task.description).toContain(report.body.description);
    // The photo is the task's own copy, the same bytes.
    expect(task.files).toHaveLength(1);
    expect(task.files[0].name).toBe(`report-${code}-1.jpg`);
    const fetched = Buffer.from(await (await fetch(task.files[0].url)).arrayBuffer());
    expect(fetched.equals(bytes)).toBe(true);
    const stored = await getItem<TaskItem>(keys.task('soignies', task.id));
    expect(stored?.files[0]).toBe(`tasks/soignies/${task.id}/report-${code}-1.jpg`);
    // The report's staff timeline names the task, once, privately.
    const notes = report.body.timeline.filter((e: { message?: string }) => e.message?.includes(task.id));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: 'private_note', public: false });
    const pub = await api('GET', `${C}/reports/${code}`);
    expect(JSON.stringify(pub.body)).not.toContain(task.id);
    // The assignee has it in my work.
    const items = await partition(keys.taskPk('soignies', task.id));
    expect(items.filter((i) => i.type === 'assignment').map((i) => i.sub)).toEqual([agentSub]);
  });

  it('refuses what it cannot do: another department’s report, an unknown or reviewing department, a bad date', async () => {
    const { code } = await reportWithPhoto();
    const post = (token: string, body: unknown) => api('POST', `${C}/staff/reports/${code}/work-orders`, { headers: auth(token), body });
    expect((await post(other, {})).status).toBe(403);
    expect((await post(worker, {})).status).toBe(403);
    const unknown = await post(agent, { department: 'nulle-part' });
    expect(unknown.status).toBe(422);
    expect(unknown.body['invalid-params'][0].name).toBe('department');
    expect((await post(agent, { department: 'secours' })).status).toBe(422);
    const date = await post(agent, { dueAt: 'demain', assignees: 'moi' });
    expect(date.status).toBe(422);
    expect(date.body['invalid-params'].map((p: { name: string }) => p.name).sort()).toEqual(['assignees', 'dueAt']);
    expect((await api('POST', `${C}/staff/reports/ZZZZ-ZZZZ/work-orders`, { headers: auth(agent), body: {} })).status).toBe(404);
    // For another team: the report's department orders, espaces-verts does.
    const ok = await post(agent, { department: 'espaces-verts', dueDay: '2026-03-29' });
    expect(ok.status).toBe(201);
    expect(ok.body.department).toBe('espaces-verts');
    // Due on a Brussels day at 16:00: the spring change day is already summer time.
    expect(ok.body.dueAt).toBe('2026-03-29T14:00:00.000Z');
    expect((await post(agent, { dueDay: '2026-03-29', dueAt: '2026-03-29T10:00:00Z' })).status).toBe(422);
  });
});

describe('an event permit’s filing starts its process', () => {
  const permitEvent = (code: string) => ({
    source: 'tandem.permits',
    'detail-type': 'Permit state changed',
    detail: {
      commune: 'soignies',
      code,
      kind: 'state_changed',
      at: new Date().toISOString(),
      public: true,
      to: 'submitted',
      timelineId: 'TL#x',
    },
  });

  it('makes the project from the template, anchored on the first day, with its tasks, linked to the permit; twice makes it once', async () => {
    const insurance = await uploadDocument(tinyPdf());
    const details = eventDetails(insurance);
    const created = await api('POST', `${C}/permits`, { body: { kind: 'event', details, requester: requester() } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const code = created.body.code as string;
    const results = await Promise.all([
      invokeHandler('work/permit-process', permitEvent(code)),
      invokeHandler('work/permit-process', permitEvent(code)),
    ]);
    const outcomes = (results as { outcome: string }[]).map((r) => r.outcome);
    expect(outcomes).toContain('completed');
    const projectId = derivedIds.permitProject(code);
    const project = await getItem<ProjectItem>(keys.project('soignies', projectId));
    expect(project).toMatchObject({
      kind: 'event',
      title: details.title,
      start: details.period.start,
      departments: ['evenements', 'police', 'secours', 'mobilite', 'travaux', 'environnement'],
      links: [{ kind: 'permit', id: code }],
      template: { id: 'evenement-voie-publique', version: 1, anchorDay: details.period.start },
    });
    const tasks = await Promise.all(
      ['arrete-police', 'barrieres', 'nettoyage'].map((s) =>
        getItem<TaskItem>(keys.task('soignies', derivedIds.projectStepTask(projectId, s))),
      ),
    );
    expect(tasks.map((t) => t?.department)).toEqual(['mobilite', 'travaux', 'environnement']);
    expect(tasks.map((t) => t && brusselsDate(t.dueAt!))).toEqual([
      addDaysIso(details.period.start, -10),
      addDaysIso(details.period.start, -2),
      addDaysIso(details.period.start, 1),
    ]);
    expect(tasks.every((t) => t?.projectId === projectId && t.links.some((l) => l.kind === 'permit' && l.id === code))).toBe(true);
    // The permit's staff timeline names the project once (the bus may have run it too: still once).
    const events = await signIn('soignies', 'evenements@soignies.example', demoPassword());
    const permit = await api('GET', `${C}/staff/permits/${code}`, { headers: auth(events) });
    const notes = permit.body.timeline.filter((e: { message?: string }) => e.message?.includes(projectId));
    expect(notes).toHaveLength(1);
    // A replay later completes nothing more.
    expect(await invokeHandler('work/permit-process', permitEvent(code))).toEqual({ outcome: 'completed', project: projectId, tasks: 0 });
  });

  it('starts nothing for an occupation', async () => {
    const created = await api('POST', `${C}/permits`, {
      body: { kind: 'occupation', details: occupationDetails(), requester: requester() },
    });
    expect(created.status).toBe(201);
    expect(await invokeHandler('work/permit-process', permitEvent(created.body.code))).toEqual({ outcome: 'not_an_event' });
    expect(await getItem(keys.project('soignies', derivedIds.permitProject(created.body.code)))).toBeUndefined();
  });
});

function addDaysIso(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

describe('a change names only what it changes', () => {
  it('keeps the time, people, checklist and activity it did not name', async () => {
    const r = await newRecurrence({ time: '06:15', active: false });
    const c = await api('PATCH', `${C}/staff/recurrences/${r.id}`, {
      headers: auth(agent),
      body: { version: 1, title: 'Balayage du marché' },
    });
    expect(c.status).toBe(200);
    expect(c.body).toMatchObject({
      title: 'Balayage du marché',
      time: '06:15',
      active: false,
      assignees: [agentSub],
      checklist: ['Souffleur', 'Sacs'],
    });
  });
});
