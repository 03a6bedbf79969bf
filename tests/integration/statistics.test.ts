/**
 * Statistics and CSV exports against the running platform (docs/statistics.md). The handlers' clock is set, so that
 * every report, permit and task is filed, moved and closed at an instant the test chooses (March 2021, a period no
 * other test writes in), and the nightly rollup runs the night after each day, as the schedule would. Then the figures
 * must be exactly those of the data made here: received, closures (« fixed » then « closed » counts once), hours to
 * close with their median and 90th percentile, overdue, permits by kind with days to decide, tasks per week.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { newTaskItem, taskIndexes, type TaskItem } from '@tandem/shared';
import { clockFrom, setClock } from '../../functions/src/lib/clock.js';
import { invokeHandler } from '../../infra/local/handlers/load-handler.js';
import { api, auth, sampleReport, signIn } from './api-client.js';
import { readCsv } from './csv-reader.js';
import { demoPassword } from '../support/local-env.js';
import { occupationDetails, requester } from './permit-fixtures.js';

const C = '/api/soignies';
const PERIOD = 'from=2021-03-01&to=2021-03-10';
const INJECTION = '=HYPERLINK("http://evil.example","clic")';
const tokens: Record<'agent' | 'admin' | 'worker' | 'police' | 'braine', string> = {} as never;
const codes: Record<string, string> = {};
const permits: string[] = [];

afterEach(() => setClock());

const at = (instant: string) => setClock(clockFrom(instant));

async function file(name: string, instant: string, over: Record<string, unknown> = {}) {
  at(instant);
  const r = await api('POST', `${C}/reports`, { body: sampleReport(over) });
  expect(r.status).toBe(201);
  codes[name] = r.body.code;
}

async function move(name: string, to: string, instant: string) {
  at(instant);
  const current = await api('GET', `${C}/staff/reports/${codes[name]}`, { headers: auth(tokens.admin) });
  const r = await api('POST', `${C}/staff/reports/${codes[name]}/transitions`, {
    headers: auth(tokens.admin),
    body: { to, version: current.body.version },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
}

/** The nightly job, run at 01:00 on `day` (it rolls up the days before it that have no rollup yet). */
async function night(day: string) {
  at(`${day}T01:00:00+01:00`);
  return (await invokeHandler('stats/roll-up-stats', {})) as { rolledUp: number; unfinished: number };
}

function tables() {
  const client = new DynamoDBClient({
    region: 'eu-west-1',
    endpoint: process.env.DYNAMODB_ENDPOINT,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return DynamoDBDocumentClient.from(client);
}

/** A task closed at `closedAt` (the tasks API is another engineer's: the test writes the item as the entity defines it). */
async function closedTask(id: string, department: string, status: 'done' | 'cancelled', closedAt: string) {
  const t = newTaskItem({
    commune: 'soignies',
    id,
    title: `Tâche ${id}`,
    department,
    createdAt: '2021-02-20T08:00:00.000Z',
    createdBy: 'test',
  });
  const closed: TaskItem = { ...t, status, closedAt, updatedAt: closedAt };
  await tables().send(new PutCommand({ TableName: process.env.TABLE_NAME ?? 'tandem', Item: { ...closed, ...taskIndexes(closed) } }));
}

beforeAll(async () => {
  const pw = demoPassword();
  [tokens.agent, tokens.admin, tokens.worker, tokens.police, tokens.braine] = await Promise.all([
    signIn('soignies', 'evenements@soignies.example', pw),
    signIn('soignies', 'admin@soignies.example', pw),
    signIn('soignies', 'ouvrier@soignies.example', pw),
    signIn('soignies', 'police@soignies.example', pw),
    signIn('braine-le-comte', 'agent@braine-le-comte.example', pw),
  ]);

  // Open since 1 February: past its category's SLA (3 days) all through the period.
  await file('old', '2021-02-01T09:00:00+01:00', { category: 'depot-sauvage', answers: { volume: 'sac' } });
  // Open as long, in a category without slaDays: no SLA, never overdue (as the inbox shows no flag for it).
  await file('oldNoSla', '2021-02-01T09:00:00+01:00', { category: 'graffiti', answers: {} });
  // 1 March: A fixed after 4 hours; B filed.
  await file('A', '2021-03-01T09:00:00+01:00');
  await file('B', '2021-03-01T09:30:00+01:00');
  await move('A', 'fixed', '2021-03-01T13:00:00+01:00');
  await night('2021-03-02');
  // A permit submitted on 2 March, decided two days later; another one not decided.
  at('2021-03-02T10:00:00+01:00');
  for (let n = 0; n < 2; n++) {
    const p = await api('POST', `${C}/permits`, { body: { kind: 'occupation', details: occupationDetails(), requester: requester() } });
    expect(p.status).toBe(201);
    permits.push(p.body.code);
  }
  const review = await api('POST', `${C}/staff/permits/${permits[0]}/transitions`, {
    headers: auth(tokens.admin),
    body: { to: 'under_review', version: 1 },
  });
  expect(review.status).toBe(200);
  await move('B', 'in_progress', '2021-03-02T11:00:00+01:00');
  // 3 March: B fixed after 48 hours; A moves from « fixed » to « closed »: no second closure.
  await move('B', 'fixed', '2021-03-03T09:30:00+01:00');
  await move('A', 'closed', '2021-03-03T10:00:00+01:00');
  await night('2021-03-04');
  at('2021-03-04T10:00:00+01:00');
  const decided = await api('POST', `${C}/staff/permits/${permits[0]}/transitions`, {
    headers: auth(tokens.admin),
    body: { to: 'approved', version: 2 },
  });
  expect(decided.status, JSON.stringify(decided.body)).toBe(200);
  // 9 March: D filed; the rollup of 4–9 March runs the next night.
  await file('D', '2021-03-09T09:00:00+01:00', { category: 'trottoir', answers: {} });
  await night('2021-03-10');
  // 10 March (today, computed live): D closed after 26 hours; E filed, with a description a spreadsheet would run.
  await move('D', 'fixed', '2021-03-10T11:00:00+01:00');
  await file('E', '2021-03-10T08:00:00+01:00', { category: 'graffiti', answers: {}, description: `${INJECTION} tag sur le mur` });

  await closedTask('stats-t1', 'travaux', 'done', '2021-03-02T09:00:00.000Z');
  await closedTask('stats-t2', 'travaux', 'done', '2021-03-08T09:00:00.000Z');
  await closedTask('stats-t3', 'environnement', 'done', '2021-03-07T22:30:00.000Z'); // Sunday 23:30 in Brussels
  await closedTask('stats-t4', 'travaux', 'cancelled', '2021-03-03T09:00:00.000Z');
  await closedTask('stats-t5', 'travaux', 'done', '2021-02-26T09:00:00.000Z'); // before the period
}, 180_000);

describe('statistics of a period', () => {
  it('match the data filed, moved and closed in it', async () => {
    at('2021-03-10T12:00:00+01:00');
    const r = await api('GET', `${C}/staff/stats?${PERIOD}`, { headers: auth(tokens.agent) });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const v = r.body;
    expect(v).toMatchObject({ from: '2021-03-01', to: '2021-03-10', coverage: { rolledUp: 9, live: 1, missing: 0 } });
    expect(v.reports).toMatchObject({ received: 4, closed: 3, overdue: 1 });
    // 4, 26 and 48 hours: median 26, 90th percentile 26 + 0.8 × 22.
    expect(v.reports.hoursToClose).toEqual({ median: 26, p90: 43.6 });
    expect(v.reports.departments).toEqual([
      { department: 'environnement', received: 1, closed: 0, hoursToClose: {}, overdue: 1 },
      { department: 'travaux', received: 3, closed: 3, hoursToClose: { median: 26, p90: 43.6 }, overdue: 0 },
    ]);
    const day = (d: string) => v.reports.days.find((x: { day: string }) => x.day === d);
    expect(day('2021-03-01')).toEqual({ day: '2021-03-01', received: 2, closed: 1 });
    expect(day('2021-03-03')).toEqual({ day: '2021-03-03', received: 0, closed: 1 });
    expect(day('2021-03-10')).toEqual({ day: '2021-03-10', received: 1, closed: 1 });
    expect(v.permits.kinds).toEqual([
      { kind: 'event', submitted: 0, decided: 0, daysToDecide: {} },
      { kind: 'occupation', submitted: 2, decided: 1, daysToDecide: { median: 2, p90: 2 } },
    ]);
    expect(v.tasks).toEqual({
      done: 3,
      weeks: [
        { week: '2021-03-01', done: 2 },
        { week: '2021-03-08', done: 1 },
      ],
    });
  });

  it('for one department', async () => {
    at('2021-03-10T12:00:00+01:00');
    const r = await api('GET', `${C}/staff/stats?${PERIOD}&department=environnement`, { headers: auth(tokens.admin) });
    expect(r.status).toBe(200);
    expect(r.body.reports).toMatchObject({ received: 1, closed: 0, overdue: 1, hoursToClose: {} });
    expect(r.body.permits.kinds.map((k: { submitted: number }) => k.submitted)).toEqual([0, 0]);
    expect(r.body.tasks.done).toBe(1);
  });

  it('the nightly job rolls each day up once: a second run finds nothing to do', async () => {
    expect(await night('2021-03-10')).toEqual({ rolledUp: 0, unfinished: 0 });
  });

  it('as CSV, one table per file', async () => {
    at('2021-03-10T12:00:00+01:00');
    const r = await api('GET', `${C}/staff/stats.csv?${PERIOD}&table=departments`, { headers: auth(tokens.agent) });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(r.headers['content-disposition']).toBe('attachment; filename="stats-departments-soignies-2021-03-01-2021-03-10.csv"');
    const text = String(r.body);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(readCsv(text.slice(1))).toEqual([
      ['department', 'received', 'closed', 'median_hours_to_close', 'p90_hours_to_close', 'overdue'],
      ['environnement', '1', '0', '', '', '1'],
      ['travaux', '3', '3', '26', '43.6', '0'],
    ]);
    const weeks = await api('GET', `${C}/staff/stats.csv?${PERIOD}&table=tasks`, { headers: auth(tokens.agent) });
    expect(readCsv(String(weeks.body).slice(1))).toEqual([
      ['week', 'done'],
      ['2021-03-01', '2'],
      ['2021-03-08', '1'],
    ]);
  });

  it('refuses workers and outside reviewers, and bad periods and departments with a 400 naming the field', async () => {
    for (const t of [tokens.worker, tokens.police]) {
      for (const path of ['stats', 'stats.csv', 'reports.csv']) {
        const r = await api('GET', `${C}/staff/${path}?${PERIOD}`, { headers: auth(t) });
        expect(r.status).toBe(403);
        expect(r.headers['content-type']).toBe('application/problem+json');
      }
    }
    const cases: [string, string][] = [
      ['from=2021-03-10&to=2021-03-01', 'from'],
      ['from=2020-01-01&to=2021-03-01', 'from'],
      ['from=2021-02-30', 'from'],
      [`${PERIOD}&department=nulle-part`, 'department'],
      [`${PERIOD}&department=NOPE`, 'department'],
    ];
    for (const [q, field] of cases) {
      const r = await api('GET', `${C}/staff/stats?${q}`, { headers: auth(tokens.admin) });
      expect(r.status, q).toBe(400);
      expect(
        r.body['invalid-params'].map((p: { name: string }) => p.name),
        q,
      ).toContain(field);
    }
  });

  it('stay within their commune: another commune’s token is refused, and its figures hold none of these reports', async () => {
    at('2021-03-10T12:00:00+01:00');
    const cross = await api('GET', `${C}/staff/stats?${PERIOD}`, { headers: auth(tokens.braine) });
    expect([401, 403]).toContain(cross.status);
    const own = await api('GET', `/api/braine-le-comte/staff/stats?${PERIOD}`, { headers: auth(tokens.braine) });
    expect(own.status).toBe(200);
    expect(own.body.reports).toMatchObject({ received: 0, closed: 0 });
    expect(own.body.permits.kinds.every((k: { submitted: number }) => k.submitted === 0)).toBe(true);
    expect(own.body.tasks.done).toBe(0);
    const csv = await api('GET', `/api/braine-le-comte/staff/reports.csv?${PERIOD}`, { headers: auth(tokens.braine) });
    expect(readCsv(String(csv.body).slice(1))).toHaveLength(1);
  });
});

describe('CSV exports of the lists', () => {
  it('the reports inbox: the period’s reports, newest first, a formula written as text, no personal data', async () => {
    at('2021-03-10T12:00:00+01:00');
    const r = await api('GET', `${C}/staff/reports.csv?${PERIOD}`, { headers: auth(tokens.agent) });
    expect(r.status).toBe(200);
    expect(r.headers['content-disposition']).toBe('attachment; filename="reports-soignies-2021-03-01-2021-03-10.csv"');
    const text = String(r.body);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).not.toContain('citoyen@example.org');
    expect(text).not.toContain('Jeanne Citoyenne');
    const [header, ...rows] = readCsv(text.slice(1));
    expect(header).toEqual(['code', 'filed_at', 'state', 'category', 'department', 'address', 'description', 'closed_at', 'source']);
    expect(rows.map((row) => row[0])).toEqual([codes.E, codes.D, codes.B, codes.A]);
    const e = Object.fromEntries(header.map((h, i) => [h, rows[0][i]]));
    expect(e).toMatchObject({ filed_at: '2021-03-10T08:00:00+01:00', state: 'new', category: 'graffiti', department: 'environnement' });
    expect(e.description).toBe(`'${INJECTION} tag sur le mur`);
    // Filters: a state (read by state), a department.
    const fixed = await api('GET', `${C}/staff/reports.csv?${PERIOD}&state=fixed`, { headers: auth(tokens.agent) });
    expect(
      readCsv(String(fixed.body).slice(1))
        .slice(1)
        .map((row) => row[0]),
    ).toEqual([codes.D, codes.B]);
    const env = await api('GET', `${C}/staff/reports.csv?${PERIOD}&department=environnement`, { headers: auth(tokens.agent) });
    expect(
      readCsv(String(env.body).slice(1))
        .slice(1)
        .map((row) => row[0]),
    ).toEqual([codes.E]);
  });

  it('permit requests: the handling department’s and the admins’, without the requester', async () => {
    at('2021-03-10T12:00:00+01:00');
    const r = await api('GET', `${C}/staff/permits.csv?${PERIOD}`, { headers: auth(tokens.admin) });
    expect(r.status).toBe(200);
    const [header, ...rows] = readCsv(String(r.body).slice(1));
    expect(header).toContain('decided_at');
    expect(rows.map((row) => row[0]).sort()).toEqual([...permits].sort());
    const decided = Object.fromEntries(header.map((h, i) => [h, rows.find((row) => row[0] === permits[0])![i]]));
    expect(decided).toMatchObject({ kind: 'occupation', state: 'approved', decision: 'approved', decided_at: '2021-03-04T10:00:00+01:00' });
    expect(String(r.body)).not.toMatch(/Marie Dupont|@example\.org|\+32 470/);
    // The events department neither handles nor reviews these: its agent's export is empty (the header only).
    const other = await api('GET', `${C}/staff/permits.csv?${PERIOD}`, { headers: auth(tokens.agent) });
    expect(other.status).toBe(200);
    expect(readCsv(String(other.body).slice(1))).toHaveLength(1);
  });
});
