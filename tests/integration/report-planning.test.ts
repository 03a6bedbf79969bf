/**
 * The report inbox's planning (assignee, priority, due date) through PATCH /api/{commune}/staff/reports/{code}:
 * version-guarded (409), idempotent, audited, on the timeline; the assignee's assignment item (their "my work", gsi1
 * `MYWORK#<sub>`) appears, moves to the next assignee and keeps the report's state; the category's SLA flag; and
 * the staff search by code, address and words, limited to what the person may list.
 */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { workFollowKeys } from '@tandem/shared';
import { ddb, env } from '../../functions/src/lib/aws.js';
import { clockFrom, setClock } from '../../functions/src/lib/clock.js';
import { api, auth, sampleReport, signIn } from './api-client.js';
import { demoPassword } from '../support/local-env.js';

const C = '/api/soignies';
let agent = '';
let worker = '';
let otherAgent = '';
let admin = '';
/** The Cognito sub in an ID token (its payload, unverified: the API verified it when it was issued). */
const subOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub as string;

beforeAll(async () => {
  [agent, worker, otherAgent, admin] = await Promise.all(
    ['agent', 'ouvrier', 'evenements', 'admin'].map((u) => signIn('soignies', `${u}@soignies.example`, demoPassword())),
  );
});
afterEach(() => setClock());

async function newReport(over: Record<string, unknown> = {}) {
  const r = await api('POST', `${C}/reports`, { body: sampleReport(over) });
  expect(r.status).toBe(201);
  return r.body.code as string;
}
const patch = (token: string, code: string, body: unknown, key?: string) =>
  api('PATCH', `${C}/staff/reports/${code}`, { headers: { ...auth(token), ...(key ? { 'idempotency-key': key } : {}) }, body });

/** The report assignments in a person's "my work", as the list's index holds them. */
async function myWork(sub: string) {
  const res = await ddb().send(
    new QueryCommand({
      TableName: env().tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': workFollowKeys.myWork('soignies', sub) },
    }),
  );
  return (res.Items ?? []).filter((i) => i.kind === 'report');
}

describe('planning a report', () => {
  it('sets assignee, priority and due date once (idempotent), refuses a stale version (409), and puts it on the timeline and in the audit log', async () => {
    const code = await newReport();
    const me = subOf(agent);
    const key = crypto.randomUUID();
    const body = { assignee: me, priority: 'high', dueAt: '2027-03-04T10:00:00+01:00', version: 1 };
    const first = await patch(agent, code, body, key);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ assignee: me, priority: 'high', dueAt: '2027-03-04T09:00:00.000Z', version: 2 });
    const retry = await patch(agent, code, body, key);
    expect(retry.status).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body.version).toBe(2);
    const planned = retry.body.timeline.filter((t: { kind: string }) => t.kind === 'planned');
    expect(planned).toHaveLength(1);
    expect(planned[0]).toMatchObject({ public: false, assignee: me, priority: 'high' });

    const stale = await patch(agent, code, { priority: 'low', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.headers['content-type']).toBe('application/problem+json');
    expect(stale.body.currentVersion).toBe(2);

    // Two agents at once on the same version: one wins.
    const both = await Promise.all([
      patch(agent, code, { priority: 'urgent', version: 2 }),
      patch(admin, code, { priority: 'low', version: 2 }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);

    // The citizen's tracking page never shows the planning.
    const pub = await api('GET', `${C}/reports/${code}`);
    expect(pub.status).toBe(200);
    expect(pub.body.timeline.some((t: { kind: string }) => t.kind === 'planned')).toBe(false);
    expect(pub.body).not.toHaveProperty('assignee');

    const audit = await api('GET', `${C}/staff/audit?item=${code}&action=report.plan`, { headers: auth(admin) });
    expect(audit.status).toBe(200);
    expect(audit.body.items.filter((e: { action: string }) => e.action === 'report.plan')).toHaveLength(2);
  });

  it('refuses a change that changes nothing (422), bad values (422) and an agent of another department or a worker (403)', async () => {
    const code = await newReport();
    const same = await patch(agent, code, { priority: 'normal', version: 1 });
    expect(same.status).toBe(422);
    expect(same.body['invalid-params'][0].name).toBe('priority');
    const bad = await patch(agent, code, { priority: 'asap', dueAt: 'tomorrow', assignee: 5, version: 1 });
    expect(bad.status).toBe(422);
    const names = bad.body['invalid-params'].map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['priority', 'dueAt', 'assignee']));
    expect((await patch(agent, code, { version: 1 })).status).toBe(422);
    expect((await patch(otherAgent, code, { priority: 'high', version: 1 })).status).toBe(403);
    expect((await patch(worker, code, { assignee: subOf(worker), version: 1 })).status).toBe(403);
  });

  it("puts the report in the assignee's « my work », moves it to the next assignee, and keeps its state and due date true", async () => {
    const code = await newReport();
    const first = subOf(worker);
    const second = subOf(agent);
    let r = await patch(agent, code, { assignee: first, dueAt: '2027-05-01T08:00:00Z', version: 1 });
    expect(r.status).toBe(200);
    const mine = (await myWork(first)).find((i) => i.id === code);
    expect(mine).toMatchObject({ kind: 'report', status: 'new', open: true, department: 'travaux', dueAt: '2027-05-01T08:00:00.000Z' });
    expect(mine?.gsi1sk).toBe(`0#2027-05-01T08:00:00.000Z#report#${code}`);

    // Every change rewrites the copy: the state, the department.
    r = await api('POST', `${C}/staff/reports/${code}/transitions`, { headers: auth(agent), body: { to: 'in_progress', version: 2 } });
    expect(r.status).toBe(200);
    expect((await myWork(first)).find((i) => i.id === code)).toMatchObject({ status: 'in_progress', open: true });

    // Passed to the next person: gone from the first one's list, in the second one's.
    r = await patch(agent, code, { assignee: second, priority: 'urgent', version: 3 });
    expect(r.status).toBe(200);
    expect((await myWork(first)).some((i) => i.id === code)).toBe(false);
    expect((await myWork(second)).find((i) => i.id === code)).toMatchObject({ priority: 'urgent', status: 'in_progress' });

    // Closed: still listed, after the open ones.
    r = await api('POST', `${C}/staff/reports/${code}/transitions`, { headers: auth(agent), body: { to: 'fixed', version: 4 } });
    expect(r.status).toBe(200);
    const closed = (await myWork(second)).find((i) => i.id === code);
    expect(closed).toMatchObject({ status: 'fixed', open: false });
    expect(closed?.gsi1sk.startsWith('1#')).toBe(true);

    // Nobody: gone.
    r = await patch(agent, code, { assignee: null, version: 5 });
    expect(r.status).toBe(200);
    expect(r.body).not.toHaveProperty('assignee');
    expect((await myWork(second)).some((i) => i.id === code)).toBe(false);
  });

  it("flags an open report past its category's SLA (voirie: 5 days), not before and not once closed", async () => {
    // Filed on Monday 3 March 2025, 10:00 in Brussels (in the past: the inbox's newest-first lists stay as other tests expect).
    setClock(clockFrom('2025-03-03T10:00:00+01:00'));
    const late = await newReport();
    const closed = await newReport();
    const noSla = await newReport({ category: 'trottoir', answers: {} });
    setClock();
    const done = await api('POST', `${C}/staff/reports/${closed}/transitions`, { headers: auth(agent), body: { to: 'fixed', version: 1 } });
    expect(done.status).toBe(200);

    // Due at the end of Saturday 8 March in Brussels.
    setClock(clockFrom('2025-03-08T23:59:00+01:00'));
    let r = await api('GET', `${C}/staff/reports/${late}`, { headers: auth(agent) });
    expect(r.body).toMatchObject({ slaDueAt: '2025-03-08T23:00:00.000Z', slaLate: false });

    setClock(clockFrom('2025-03-09T00:00:30+01:00'));
    r = await api('GET', `${C}/staff/reports/${late}`, { headers: auth(agent) });
    expect(r.body.slaLate).toBe(true);
    expect((await api('GET', `${C}/staff/reports/${closed}`, { headers: auth(agent) })).body.slaLate).toBe(false);
    const pavement = await api('GET', `${C}/staff/reports/${noSla}`, { headers: auth(agent) });
    expect(pavement.body).not.toHaveProperty('slaLate');

    // The inbox row says it too (the search finds the row by its code).
    const row = await api('GET', `${C}/staff/search?q=${late}`, { headers: auth(agent) });
    expect(row.body.reports[0]).toMatchObject({ code: late, slaLate: true, version: 1 });
    const inbox = await api('GET', `${C}/staff/reports?limit=5`, { headers: auth(agent) });
    expect(inbox.status).toBe(200);
    expect(inbox.body.items[0]).toHaveProperty('version');
  });
});

describe('staff search', () => {
  const search = (token: string, q: string) => api('GET', `${C}/staff/search?q=${encodeURIComponent(q)}`, { headers: auth(token) });

  it('finds a report by its code (any case, spaces), by words of its address or description, and only those the person may list', async () => {
    const word = `balise${Math.random().toString(36).slice(2, 8)}`;
    const street = `Rue ${word.replace('balise', 'Verte')}`;
    const pothole = await newReport({ address: `${street} 12`, description: `Un trou profond près de la ${word}` });
    const tree = await newReport({ category: 'arbre', answers: {}, description: `Branche cassée près de la ${word}` });

    const byCode = await search(agent, pothole.toLowerCase().replace('-', ' '));
    expect(byCode.status).toBe(200);
    expect(byCode.body.byCode).toBe(true);
    expect(byCode.body.reports.map((r: { code: string }) => r.code)).toEqual([pothole]);

    const byWords = await search(agent, word);
    expect(byWords.body.byCode).toBe(false);
    expect(byWords.body.searched.reports).toBeGreaterThan(0);
    expect(byWords.body.reports.map((r: { code: string }) => r.code).sort()).toEqual([pothole, tree].sort());

    // Words of the address, accents and case aside; every word must match.
    const byAddress = await search(agent, `${street.toUpperCase()} 12`);
    expect(byAddress.body.reports.map((r: { code: string }) => r.code)).toEqual([pothole]);
    expect((await search(agent, `${word} introuvable`)).body.reports).toEqual([]);

    // A worker of travaux: the pothole, not the tree (espaces-verts); no permits at all.
    const asWorker = await search(worker, word);
    expect(asWorker.status).toBe(200);
    expect(asWorker.body.reports.map((r: { code: string }) => r.code)).toEqual([pothole]);
    expect((await search(worker, tree)).body.reports).toEqual([]);
  });

  it('finds a permit by its code and by words of its title', async () => {
    const { occupationDetails, requester } = await import('./permit-fixtures.js');
    const created = await api('POST', `${C}/permits`, {
      body: { kind: 'occupation', details: occupationDetails(), requester: requester() },
    });
    expect(created.status).toBe(201);
    const code = created.body.code as string;
    const staff = await api('GET', `${C}/staff/permits/${code}`, { headers: auth(agent) });
    expect(staff.status).toBe(200);
    const byCode = await search(agent, code);
    expect(byCode.body.permits.map((p: { code: string }) => p.code)).toEqual([code]);
    const byTitle = await search(agent, `${staff.body.title} ${code}`);
    expect(byTitle.body.permits.map((p: { code: string }) => p.code)).toEqual([code]);
  });

  it('refuses an empty, short or long query with 400 naming q, and answers no one without a token', async () => {
    for (const q of ['', 'a', 'x'.repeat(101)]) {
      const r = await search(agent, q);
      expect(r.status).toBe(400);
      expect(r.body['invalid-params'][0].name).toBe('q');
    }
    expect((await api('GET', `${C}/staff/search?q=rue`)).status).toBe(401);
  });
});
