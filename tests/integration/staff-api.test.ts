import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../infra/local/provision/identity.js';
import { api, auth, sampleReport, signIn } from './api-client.js';

let agent: string;
let worker: string;
let braineAgent: string;

beforeAll(async () => {
  agent = await signIn('soignies', 'agent@soignies.example', DEMO_PASSWORD);
  worker = await signIn('soignies', 'ouvrier@soignies.example', DEMO_PASSWORD);
  braineAgent = await signIn('braine-le-comte', 'agent@braine-le-comte.example', DEMO_PASSWORD);
});

async function newReport(over: Record<string, unknown> = {}) {
  const r = await api('POST', '/api/soignies/reports', { body: sampleReport(over) });
  expect(r.status).toBe(201);
  return r.body.code as string;
}

describe('staff sign-in and access', () => {
  it('refuses a wrong password with 401 and no detail about which part was wrong', async () => {
    const r = await api('POST', '/api/soignies/auth/login', { body: { username: 'agent@soignies.example', password: 'Wrong-password-1' } });
    expect(r.status).toBe(401);
    expect(r.headers['content-type']).toBe('application/problem+json');
  });
  it('refreshes a session', async () => {
    const login = await api('POST', '/api/soignies/auth/login', { body: { username: 'agent@soignies.example', password: DEMO_PASSWORD } });
    const cookie = login.cookies![0].split(';')[0];
    const r = await api('POST', '/api/soignies/auth/refresh', { headers: { cookie, 'x-tandem-staff': '1' } });
    expect(r.status).toBe(200);
    expect(r.body.idToken).toBeTruthy();
  });
  it('needs a token (401), a valid one (401), and one of this commune (403)', async () => {
    expect((await api('GET', '/api/soignies/staff/reports')).status).toBe(401);
    expect((await api('GET', '/api/soignies/staff/reports', { headers: auth('not.a.token') })).status).toBe(401);
    const tampered = agent.slice(0, -4) + (agent.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect((await api('GET', '/api/soignies/staff/reports', { headers: auth(tampered) })).status).toBe(401);
    const cross = await api('GET', '/api/soignies/staff/reports', { headers: auth(braineAgent) });
    expect(cross.status).toBe(403);
    expect((await api('GET', '/api/braine-le-comte/staff/reports', { headers: auth(braineAgent) })).status).toBe(200);
  });
  it('lets field workers read but not change reports', async () => {
    const code = await newReport();
    expect((await api('GET', `/api/soignies/staff/reports/${code}`, { headers: auth(worker) })).status).toBe(200);
    const r = await api('POST', `/api/soignies/staff/reports/${code}/transitions`, {
      headers: auth(worker),
      body: { to: 'acknowledged', version: 1 },
    });
    expect(r.status).toBe(403);
  });
});

describe('inbox', () => {
  it('lists newest first, filters by state and category, and pages with a cursor', async () => {
    const a = await newReport({ category: 'arbre', answers: {} });
    const b = await newReport({ category: 'arbre', answers: {} });
    const c = await newReport({ category: 'arbre', answers: {} });
    const page1 = await api('GET', '/api/soignies/staff/reports?category=arbre&state=new&limit=2', { headers: auth(agent) });
    expect(page1.status).toBe(200);
    expect(page1.body.items.map((i: { code: string }) => i.code)).toEqual([c, b]);
    expect(page1.body.cursor).toBeTruthy();
    const page2 = await api('GET', `/api/soignies/staff/reports?category=arbre&state=new&limit=2&cursor=${page1.body.cursor}`, {
      headers: auth(agent),
    });
    expect(page2.body.items.map((i: { code: string }) => i.code)).toContain(a);
    expect(page2.body.items.map((i: { code: string }) => i.code)).not.toContain(b);
  });
  it('filters by department without state', async () => {
    const code = await newReport({ category: 'graffiti', answers: {} });
    const r = await api('GET', '/api/soignies/staff/reports?department=environnement&limit=50', { headers: auth(agent) });
    expect(r.body.items.every((i: { department: string }) => i.department === 'environnement')).toBe(true);
    expect(r.body.items.map((i: { code: string }) => i.code)).toContain(code);
  });
  it('answers filters that match nothing with an empty, finished list: no cursor to follow', async () => {
    await newReport();
    const r = await api('GET', '/api/soignies/staff/reports?category=voirie&department=nulle-part&limit=20', { headers: auth(agent) });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ items: [], partial: false });
    expect(r.body.cursor).toBeUndefined();
    expect(r.body.scanned).toBeGreaterThan(0);
  });
  it('refuses bad filters and forged cursors with 400 naming the parameter', async () => {
    const bad = await api('GET', '/api/soignies/staff/reports?state=teleported', { headers: auth(agent) });
    expect(bad.status).toBe(400);
    expect(bad.body['invalid-params'][0].name).toBe('state');
    const forged = Buffer.from(JSON.stringify({ pk: 'C#braine-le-comte#REPORT#X', sk: '#REPORT' })).toString('base64url');
    const r = await api('GET', `/api/soignies/staff/reports?cursor=${forged}`, { headers: auth(agent) });
    expect(r.status).toBe(400);
    expect(r.body['invalid-params'][0].name).toBe('cursor');
  });
});

describe('handling a report', () => {
  it('moves along the state machine with a timeline item per change, and shows the reporter only public ones', async () => {
    const code = await newReport();
    const staff = await api('GET', `/api/soignies/staff/reports/${code}`, { headers: auth(agent) });
    expect(staff.body).toMatchObject({ version: 1, email: 'citoyen@example.org', name: 'Jeanne Citoyenne' });
    const s1 = await api('POST', `/api/soignies/staff/reports/${code}/transitions`, {
      headers: auth(agent),
      body: { to: 'in_progress', version: 1, message: 'Une équipe passe demain.' },
    });
    expect(s1.status).toBe(200);
    expect(s1.body).toMatchObject({ state: 'in_progress', version: 2 });
    const note = await api('POST', `/api/soignies/staff/reports/${code}/updates`, {
      headers: auth(agent),
      body: { text: 'Voir avec le fournisseur', public: false, version: 2 },
    });
    expect(note.status).toBe(200);
    const assigned = await api('PATCH', `/api/soignies/staff/reports/${code}`, {
      headers: auth(agent),
      body: { department: 'environnement', version: 3 },
    });
    expect(assigned.body.department).toBe('environnement');
    const s2 = await api('POST', `/api/soignies/staff/reports/${code}/transitions`, {
      headers: auth(agent),
      body: { to: 'fixed', version: 4 },
    });
    expect(s2.body.state).toBe('fixed');
    expect(s2.body.timeline.map((t: { kind: string }) => t.kind)).toEqual([
      'created',
      'state_changed',
      'private_note',
      'assigned',
      'state_changed',
    ]);
    expect(s2.body.timeline[1].actor).toBe('Agent démo');

    const pub = await api('GET', `/api/soignies/reports/${code}`);
    expect(pub.body.timeline.map((t: { kind: string }) => t.kind)).toEqual(['created', 'state_changed', 'assigned', 'state_changed']);
    expect(JSON.stringify(pub.body)).not.toContain('fournisseur');
    expect(JSON.stringify(pub.body)).not.toContain('Agent démo');
  });

  it('refuses an illegal move (422) and a stale version (409), changing nothing', async () => {
    const code = await newReport();
    await api('POST', `/api/soignies/staff/reports/${code}/transitions`, { headers: auth(agent), body: { to: 'fixed', version: 1 } });
    const illegal = await api('POST', `/api/soignies/staff/reports/${code}/transitions`, {
      headers: auth(agent),
      body: { to: 'in_progress', version: 2 },
    });
    expect(illegal.status).toBe(422);
    expect(illegal.body['invalid-params'][0].name).toBe('to');
    const stale = await api('POST', `/api/soignies/staff/reports/${code}/transitions`, {
      headers: auth(agent),
      body: { to: 'closed', version: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);
    const now = await api('GET', `/api/soignies/staff/reports/${code}`, { headers: auth(agent) });
    expect(now.body).toMatchObject({ state: 'fixed', version: 2 });
    expect(now.body.timeline).toHaveLength(2);
  });

  it('lets exactly one of two agents acting at once win; the other gets 409', async () => {
    const code = await newReport();
    const [x, y] = await Promise.all([
      api('POST', `/api/soignies/staff/reports/${code}/transitions`, { headers: auth(agent), body: { to: 'in_progress', version: 1 } }),
      api('POST', `/api/soignies/staff/reports/${code}/transitions`, { headers: auth(agent), body: { to: 'not_responsible', version: 1 } }),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    const now = await api('GET', `/api/soignies/staff/reports/${code}`, { headers: auth(agent) });
    expect(now.body.version).toBe(2);
    expect(now.body.timeline).toHaveLength(2);
  });

  it('answers a retried change (same Idempotency-Key) with the result instead of a 409, and applies it once', async () => {
    const code = await newReport();
    const key = crypto.randomUUID();
    const send = () =>
      api('POST', `/api/soignies/staff/reports/${code}/transitions`, {
        headers: { ...auth(agent), 'idempotency-key': key },
        body: { to: 'planned', version: 1, message: 'Prévu lundi.' },
      });
    const first = await send();
    const retry = await send();
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toMatchObject({ state: 'planned', version: 2 });
    expect(retry.body.timeline.filter((t: { kind: string }) => t.kind === 'state_changed')).toHaveLength(1);

    const racing = await newReport();
    const key2 = crypto.randomUUID();
    const both = await Promise.all(
      [1, 2].map(() =>
        api('POST', `/api/soignies/staff/reports/${racing}/updates`, {
          headers: { ...auth(agent), 'idempotency-key': key2 },
          body: { text: 'Une seule fois', public: true, version: 1 },
        }),
      ),
    );
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    const after = await api('GET', `/api/soignies/staff/reports/${racing}`, { headers: auth(agent) });
    expect(after.body.timeline.filter((t: { message?: string }) => t.message === 'Une seule fois')).toHaveLength(1);

    const reused = await api('POST', `/api/soignies/staff/reports/${code}/updates`, {
      headers: { ...auth(agent), 'idempotency-key': key },
      body: { text: 'autre chose', public: false, version: 2 },
    });
    expect(reused.status).toBe(422);
  });

  it('merges a duplicate into an existing report and drops it from nearby suggestions', async () => {
    const spot = { lat: 50.5831, lng: 4.0652 };
    const original = await newReport({ location: spot });
    const dup = await newReport({ location: spot });
    const missing = await api('POST', `/api/soignies/staff/reports/${dup}/transitions`, {
      headers: auth(agent),
      body: { to: 'duplicate', version: 1 },
    });
    expect(missing.status).toBe(422);
    expect(missing.body['invalid-params'][0].name).toBe('duplicateOf');
    const unknown = await api('POST', `/api/soignies/staff/reports/${dup}/transitions`, {
      headers: auth(agent),
      body: { to: 'duplicate', version: 1, duplicateOf: 'ZZZZ-ZZZZ' },
    });
    expect(unknown.status).toBe(422);
    const ok = await api('POST', `/api/soignies/staff/reports/${dup}/transitions`, {
      headers: auth(agent),
      body: { to: 'duplicate', version: 1, duplicateOf: original },
    });
    expect(ok.body).toMatchObject({ state: 'duplicate', duplicateOf: original });
    const nearby = await api('GET', `/api/soignies/reports/nearby?lat=${spot.lat}&lng=${spot.lng}&category=voirie`);
    const codes = nearby.body.reports.map((r: { code: string }) => r.code);
    expect(codes).toContain(original);
    expect(codes).not.toContain(dup);
  });

  it('refuses an unknown department', async () => {
    const code = await newReport();
    const r = await api('PATCH', `/api/soignies/staff/reports/${code}`, {
      headers: auth(agent),
      body: { department: 'cosmos', version: 1 },
    });
    expect(r.status).toBe(422);
    expect(r.body['invalid-params'][0].name).toBe('department');
  });
});
