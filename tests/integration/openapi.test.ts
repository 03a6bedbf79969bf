/**
 * GET /api/openapi.json through the running local platform's server, and the document held to account:
 * real answers of the real handlers (successes and errors) validate against the schemas it documents for
 * their route and status, read by an independent JSON Schema validator (Ajv, draft 2020-12).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { buildOpenApiDocument } from '@tandem/shared/openapi/openapi-document';
import { api, auth, sampleReport, signIn, type ApiResponse } from './api-client.js';
import { demoPassword, localUrl } from '../support/local-env.js';
import { occupationDetails, requester, today } from './permit-fixtures.js';
import { addDays, matchRoute } from '@tandem/shared';
import { DEMO_OPEN311_KEY } from '../../infra/local/provision/open311-demo-key.js';

type Json = Record<string, any>;
const doc = buildOpenApiDocument() as Json;
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema({ $id: 'openapi', components: doc.components });

/** The schema the document gives for this route, status and media type (undefined: no body); fails when it documents none. */
function documentedSchema(method: string, path: string, status: number, contentType: string): Json | undefined {
  const match = matchRoute(method, path);
  if (!('route' in match)) throw new Error(`no route for ${method} ${path}`);
  const op = doc.paths[match.route.path]?.[method.toLowerCase()];
  let response = op?.responses?.[String(status)];
  if (response?.$ref) response = doc.components.responses[response.$ref.split('/').pop()];
  expect(response, `${match.routeKey} documents ${status}`).toBeDefined();
  if (!response.content) return undefined;
  const type = contentType.split(';')[0].trim();
  expect(Object.keys(response.content ?? {}), `${match.routeKey} ${status} media type`).toContain(type);
  return response.content[type].schema;
}

/** Checks an answer against the document and returns it. */
function conforms<T>(method: string, path: string, res: ApiResponse<T>): ApiResponse<T> {
  const schema = documentedSchema(method, path.split('?')[0], res.status, res.headers['content-type'] ?? '');
  if (!schema) {
    expect(res.body, `${method} ${path} → ${res.status} has no body`).toBe('');
    return res;
  }
  const resolved = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/'));
  const valid = ajv.validate(resolved, res.body);
  expect(ajv.errors ?? [], `${method} ${path} → ${res.status}`).toEqual([]);
  expect(valid).toBe(true);
  return res;
}
const call = async (method: string, path: string, opts: Parameters<typeof api>[2] = {}) =>
  conforms(method, path, await api(method, path, opts));

describe('GET /api/openapi.json', () => {
  it('answers the generated document through the local server, with an ETag and 304 when unchanged', async () => {
    const res = await fetch(`${localUrl()}/api/openapi.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toMatch(/public/);
    expect(await res.json()).toEqual(doc);
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(`${localUrl()}/api/openapi.json`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await fetch(`${localUrl()}/api/openapi.json`, { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
  });
});

describe('real answers match the document', () => {
  let token = '';
  let code = '';
  beforeAll(async () => {
    token = await signIn('soignies', 'agent@soignies.example', demoPassword());
  });

  it('communes, uploads and reports (citizen side)', async () => {
    await call('GET', '/api/communes');
    await call('GET', '/api/soignies/config');
    await call('GET', '/api/nowhere/config');
    await call('POST', '/api/soignies/uploads', { body: { contentType: 'image/jpeg', size: 2048 } });
    await call('POST', '/api/soignies/uploads', { body: { contentType: 'video/mp4', size: 2048 } });
    const created = await call('POST', '/api/soignies/reports', { body: sampleReport() });
    expect(created.status).toBe(201);
    code = created.body.code;
    await call('GET', `/api/soignies/reports/${code}`);
    await call('GET', '/api/soignies/reports/nearby?lat=50.5794&lng=4.0714');
    await call('GET', '/api/soignies/reports/nearby?lat=north');
    const bad = await call('POST', '/api/soignies/reports', { body: { category: 'voirie', description: 'court' } });
    expect(bad.status).toBe(422);
    expect((await call('POST', '/api/soignies/reports', { raw: '{', headers: { 'content-type': 'application/json' } })).status).toBe(400);
    expect((await call('POST', '/api/soignies/reports', { raw: 'a=b', headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    // The report page's form without a script (docs/report-form.md): 303 to the tracking page, a refusal as a page.
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const raw = 'category=graffiti&address=Rue%20Neuve%205&description=Un%20grand%20tag%20sur%20la%20gare';
    expect((await call('POST', '/api/soignies/reports/form', { raw, headers: form })).status).toBe(303);
    expect((await call('POST', '/api/soignies/reports/form', { raw: 'category=', headers: form })).status).toBe(422);
    const asked = await call('POST', '/api/soignies/reports/form', { raw: 'category=', headers: { ...form, accept: 'application/json' } });
    expect(asked.headers['content-type']).toBe('application/problem+json');
  });

  it('staff reports and sign-in', async () => {
    expect(
      (await call('POST', '/api/soignies/auth/login', { body: { username: 'agent@soignies.example', password: 'wrong password' } })).status,
    ).toBe(401);
    await call('GET', '/api/soignies/staff/reports', { headers: auth(token) });
    expect((await call('GET', '/api/soignies/staff/reports')).status).toBe(401);
    const seen = await call('GET', `/api/soignies/staff/reports/${code}`, { headers: auth(token) });
    await call('POST', `/api/soignies/staff/reports/${code}/transitions`, {
      headers: auth(token),
      body: { to: 'acknowledged', version: seen.body.version },
    });
    expect(
      (
        await call('POST', `/api/soignies/staff/reports/${code}/updates`, {
          headers: auth(token),
          body: { text: 'Vu', public: true, version: seen.body.version },
        })
      ).status,
    ).toBe(409);
  });

  it('permits', async () => {
    const created = await call('POST', '/api/soignies/permits', {
      body: { kind: 'occupation', details: occupationDetails(), requester: requester() },
    });
    expect(created.status).toBe(201);
    const path = `/api/soignies/permits/${created.body.code}`;
    await call('GET', path);
    await call('GET', path, { headers: { 'x-permit-key': created.body.key } });
    expect((await call('GET', path, { headers: { 'x-permit-key': 'not-the-key' } })).status).toBe(403);
    await call('GET', '/api/soignies/staff/permits?view=all', { headers: auth(token) });
    await call('GET', `/api/soignies/staff/permits/${created.body.code}`, { headers: auth(token) });
    await call('POST', `${path}/withdraw`, { headers: { 'x-permit-key': created.body.key }, body: { version: created.body.version } });
  });

  it('practical notices, staff and public (docs/news.md)', async () => {
    const written = await call('POST', '/api/soignies/staff/news', {
      headers: auth(token),
      body: {
        kind: 'travaux',
        title: 'Rue Neuve fermée',
        body: 'Du lundi au vendredi.',
        from: today(),
        place: { label: 'Rue Neuve', geometry: { type: 'Point', coordinates: [4.0714, 50.5794] } },
      },
    });
    expect(written.status).toBe(201);
    await call('GET', '/api/soignies/staff/news', { headers: auth(token) });
    const changed = await call('PATCH', `/api/soignies/staff/news/${written.body.id}`, {
      headers: auth(token),
      body: { until: today(), version: 1 },
    });
    expect(changed.status).toBe(200);
    expect(
      (await call('PATCH', `/api/soignies/staff/news/${written.body.id}`, { headers: auth(token), body: { until: today(), version: 1 } }))
        .status,
    ).toBe(409);
    expect((await call('POST', '/api/soignies/staff/news', { headers: auth(token), body: { title: 'x' } })).status).toBe(422);
    expect((await call('GET', '/api/soignies/news?current=true')).body.items.length).toBeGreaterThan(0);
    await call('GET', '/api/soignies/news');
  });

  it('a department board, one column’s next page and a bad cursor', async () => {
    const board = await call('GET', '/api/soignies/staff/boards/travaux', { headers: auth(token) });
    expect(board.status).toBe(200);
    await call('GET', '/api/soignies/staff/boards/travaux?status=todo&cursor=nope', { headers: auth(token) });
    const [status, cursor] = Object.entries(board.body.cursors as Record<string, string>)[0] ?? [];
    if (cursor)
      expect(
        (
          await call('GET', `/api/soignies/staff/boards/travaux?status=${status}&cursor=${encodeURIComponent(cursor)}`, {
            headers: auth(token),
          })
        ).status,
      ).toBe(200);
  });

  it('the field app: today, a report from the field, a task conflict', async () => {
    const worker = await signIn('soignies', 'ouvrier@soignies.example', demoPassword());
    expect((await call('GET', '/api/soignies/staff/today', { headers: auth(worker) })).status).toBe(200);
    const photo = await call('POST', '/api/soignies/uploads', { body: { contentType: 'image/jpeg', size: 2048 } });
    const body = { category: 'voirie', lat: 50.5794, lng: 4.0714, photos: [photo.body.key] };
    // Never uploaded: a 422 naming the photo, as documented.
    expect((await call('POST', '/api/soignies/staff/reports', { headers: auth(worker), body })).status).toBe(422);
    const task = await api('POST', '/api/soignies/staff/tasks', {
      headers: auth(token),
      body: { title: 'Balayer', department: 'travaux' },
    });
    await api('PATCH', `/api/soignies/staff/tasks/${task.body.id}`, { headers: auth(token), body: { version: 1, status: 'cancelled' } });
    const moved = await call('PATCH', `/api/soignies/staff/tasks/${task.body.id}`, {
      headers: auth(worker),
      body: { version: 1, status: 'doing' },
    });
    expect(moved.status).toBe(409);
  });

  it('an answer that breaks the document is caught', () => {
    const forged = { status: 200, headers: { 'content-type': 'application/json' }, body: { communes: [{ id: 'soignies' }] } };
    expect(() => conforms('GET', '/api/communes', forged)).toThrow();
    expect(() => conforms('GET', '/api/communes', { ...forged, status: 418 })).toThrow(/documents 418/);
  });

  it('map, feeds and staff map items', async () => {
    const day = addDays(today(), 1);
    const item = {
      kind: 'parking_ban',
      title: 'Déménagement, rue du Lombard',
      streets: ['Rue du Lombard'],
      geometry: { type: 'Point', coordinates: [4.0724, 50.5804] },
      period: { start: day, end: day, startTime: '07:00', endTime: '18:00' },
    };
    const published = await call('POST', '/api/soignies/staff/map/items', { headers: auth(token), body: item });
    expect(published.status).toBe(201);
    await call('PUT', `/api/soignies/staff/map/items/${published.body.id}`, {
      headers: auth(token),
      body: { ...item, title: 'Déménagement, rue du Lombard 8', version: 99 },
    });
    const map = await call('GET', `/api/soignies/map/items?date=${day}`);
    expect(map.body.features.map((f: { id: string }) => f.id)).toContain(published.body.id);
    await call('GET', '/api/soignies/map/items?bbox=0,0,10,10');
    await call('GET', '/api/feeds/soignies/map.geojson');
    await call('GET', '/api/feeds/soignies/waze-cifs.json');
    await call('GET', '/api/soignies/staff/map/items', { headers: auth(token) });
    expect(
      (
        await call('DELETE', `/api/soignies/staff/map/items/${published.body.id}?version=${published.body.version}`, {
          headers: auth(token),
        })
      ).status,
    ).toBe(204);
  });

  it('Open311, errors in its own format', async () => {
    await call('GET', '/api/open311/v2/discovery.json');
    await call('GET', '/api/open311/v2/services.json?jurisdiction_id=soignies');
    await call('GET', '/api/open311/v2/services.json');
    await call('GET', '/api/open311/v2/services/voirie.json?jurisdiction_id=soignies');
    await call('GET', '/api/open311/v2/requests.json?jurisdiction_id=soignies');
    await call('GET', `/api/open311/v2/requests/${code}.json?jurisdiction_id=soignies`);
    await call('GET', '/api/open311/v2/requests/NOPE-0000.json?jurisdiction_id=soignies');
    const filed = await call('POST', '/api/open311/v2/requests.json', {
      raw: `api_key=${DEMO_OPEN311_KEY}&jurisdiction_id=soignies&service_code=voirie&lat=50.5794&long=4.0714&description=Un+trou+profond+dans+la+chauss%C3%A9e&attribute[taille]=moyen`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(filed.status).toBe(201);
    const refused = await call('POST', '/api/open311/v2/requests.json', {
      raw: 'jurisdiction_id=soignies&service_code=voirie&lat=50.5794&long=4.0714&description=Sans+cl%C3%A9',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(refused.status).toBe(403);
    await call(
      'GET',
      `/api/open311/v2/requests.json?jurisdiction_id=soignies&service_code=${Array.from({ length: 21 }, (_, i) => `c${i}`).join(',')}`,
    );
  });

  it('Open311 keys (admins)', async () => {
    const admin = auth(await signIn('soignies', 'admin@soignies.example', demoPassword()));
    const issued = await call('POST', '/api/soignies/staff/open311/keys', { body: { application: 'Contrat OpenAPI' }, headers: admin });
    expect(issued.status).toBe(201);
    expect((await call('GET', '/api/soignies/staff/open311/keys', { headers: admin })).status).toBe(200);
    expect((await call('GET', '/api/soignies/staff/open311/keys', { headers: auth(token) })).status).toBe(403);
    expect((await call('DELETE', `/api/soignies/staff/open311/keys/${issued.body.id}`, { headers: admin })).status).toBe(204);
    expect((await call('DELETE', `/api/soignies/staff/open311/keys/${issued.body.id}`, { headers: admin })).status).toBe(404);
  });

  it('the address register: import (admins) and lookups', async () => {
    const admin = auth(await signIn('soignies', 'admin@soignies.example', demoPassword()));
    const csv = 'street,number,postcode,lat,lng\nRue de la Station,12,7060,50.57462,4.06875\nRue Neuve,5,7060,50.57768,4.07509';
    const put = (raw: string, headers: Record<string, string>) =>
      call('PUT', '/api/soignies/staff/addresses', { raw, headers: { ...headers, 'content-type': 'text/csv' } });
    expect((await put(csv, admin)).status).toBe(200);
    expect((await put(csv, auth(token))).status).toBe(403);
    expect((await put('street,number\nRue Neuve,1', admin)).status).toBe(422);
    expect((await call('GET', '/api/soignies/addresses/nearest?lat=50.57462&lng=4.06875')).status).toBe(200);
    expect((await call('GET', '/api/soignies/addresses/nearest?lat=50.62&lng=4.1')).status).toBe(404);
    expect((await call('GET', '/api/soignies/addresses/search?q=rue%20de%20la%20station%2012')).body.matches).toHaveLength(1);
    expect((await call('GET', '/api/soignies/addresses/search?q=x')).status).toBe(400);
  });

  it('staff accounts (admins)', async () => {
    const admin = auth(await signIn('soignies', 'admin@soignies.example', demoPassword()));
    const list = await call('GET', '/api/soignies/staff/accounts', { headers: admin });
    expect(list.status).toBe(200);
    const email = `contrat-${Date.now()}@soignies.example`;
    const body = { email, displayName: 'Contrat OpenAPI', role: 'agent', departments: ['travaux'] };
    const invited = await call('POST', '/api/soignies/staff/accounts', { body, headers: admin });
    expect(invited.status).toBe(201);
    expect((await call('POST', '/api/soignies/staff/accounts', { body, headers: admin })).status).toBe(200);
    expect((await call('POST', '/api/soignies/staff/accounts', { body: { ...body, role: 'worker' }, headers: admin })).status).toBe(409);
    expect((await call('POST', '/api/soignies/staff/accounts', { body: { ...body, departments: ['x'] }, headers: admin })).status).toBe(
      422,
    );
    const id = invited.body.id;
    expect((await call('PATCH', `/api/soignies/staff/accounts/${id}`, { body: { departments: [] }, headers: admin })).status).toBe(200);
    expect((await call('PATCH', `/api/soignies/staff/accounts/nobody`, { body: { role: 'agent' }, headers: admin })).status).toBe(404);
    expect((await call('POST', `/api/soignies/staff/accounts/${id}/disable`, { headers: admin })).status).toBe(200);
    expect((await call('POST', `/api/soignies/staff/accounts/${id}/enable`, { headers: admin })).status).toBe(200);
    const me = list.body.accounts.find((a: { self: boolean }) => a.self);
    expect((await call('POST', `/api/soignies/staff/accounts/${me.id}/disable`, { headers: admin })).status).toBe(409);
    expect((await call('GET', '/api/soignies/staff/accounts', { headers: auth(token) })).status).toBe(403);
  });

  it('the notification centre', async () => {
    const worker = auth(await signIn('soignies', 'ouvrier@soignies.example', demoPassword()));
    expect((await call('GET', '/api/soignies/staff/notifications?limit=5', { headers: worker })).status).toBe(200);
    expect((await call('GET', '/api/soignies/staff/notifications?limit=0', { headers: worker })).status).toBe(400);
    expect((await call('GET', '/api/soignies/staff/notifications/unread', { headers: worker })).status).toBe(200);
    expect((await call('POST', '/api/soignies/staff/notifications/read', { body: { all: true }, headers: worker })).status).toBe(200);
    expect((await call('POST', '/api/soignies/staff/notifications/read', { body: { ids: ['x'] }, headers: worker })).status).toBe(422);
    expect((await call('GET', '/api/soignies/staff/notifications/preferences', { headers: worker })).status).toBe(200);
    const put = await call('PUT', '/api/soignies/staff/notifications/preferences', { body: { delivery: 'digest' }, headers: worker });
    expect(put.status).toBe(200);
    expect((await call('GET', '/api/soignies/staff/notifications/unread')).status).toBe(401);
  });
});
