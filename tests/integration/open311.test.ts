import { describe, expect, it } from 'vitest';
import { api, auth, sampleReport, signIn, tinyJpeg, uploadWithTicket } from './api-client.js';
import { demoPassword } from '../support/local-env.js';
import { DEMO_OPEN311_KEY } from '../../infra/local/provision/open311-demo-key.js';

/** A form-encoded POST body, with the local demo api_key unless the fields give one (or `api_key: ''` leaves it out). */
const form = (fields: Record<string, string>) => {
  const { api_key = DEMO_OPEN311_KEY, ...rest } = fields;
  return {
    raw: new URLSearchParams({ ...rest, ...(api_key ? { api_key } : {}) }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  };
};
const pothole = {
  jurisdiction_id: 'soignies',
  service_code: 'voirie',
  lat: '50.5790',
  long: '4.0700',
  description: 'Trou dans la chaussée',
  'attribute[taille]': 'grand',
};

describe('Open311 GeoReport v2', () => {
  it('describes itself', async () => {
    const r = await api('GET', '/api/open311/v2/discovery.json');
    expect(r.status).toBe(200);
    expect(r.body.endpoints[0]).toMatchObject({ specification: 'http://wiki.open311.org/GeoReport_v2', formats: ['application/json'] });
  });
  it('lists services of a jurisdiction with the spec’s fields', async () => {
    const r = await api('GET', '/api/open311/v2/services.json?jurisdiction_id=soignies');
    expect(r.status).toBe(200);
    const voirie = r.body.find((s: { service_code: string }) => s.service_code === 'voirie');
    expect(voirie).toMatchObject({ metadata: true, type: 'realtime', group: 'Voirie' });
    expect(Object.keys(voirie).sort()).toEqual(['description', 'group', 'keywords', 'metadata', 'service_code', 'service_name', 'type']);
  });
  it('answers errors in the spec’s format', async () => {
    const missing = await api('GET', '/api/open311/v2/services.json');
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual([{ code: 400, description: expect.stringContaining('jurisdiction_id') }]);
    const unknown = await api('GET', '/api/open311/v2/services.json?jurisdiction_id=atlantis');
    expect(unknown.status).toBe(404);
  });
  it('takes the path parameter as decoded once (as API Gateway hands it over): a percent sign is a 404, not a 500', async () => {
    for (const path of ['requests/%25E0.json', 'services/%25E0.json', 'requests/%2525.json', 'services/%25%25.json']) {
      const r = await api('GET', `/api/open311/v2/${path}?jurisdiction_id=soignies`);
      expect(r.status, path).toBe(404);
      expect(r.body, path).toEqual([{ code: 404, description: expect.stringMatching(/not found/) }]);
    }
    // An id that is itself escaped decodes once to a real one.
    expect((await api('GET', '/api/open311/v2/services/%76oirie.json?jurisdiction_id=soignies')).status).toBe(200);
  });
  it('gives the category questions as attributes', async () => {
    const r = await api('GET', '/api/open311/v2/services/voirie.json?jurisdiction_id=soignies');
    expect(r.status).toBe(200);
    const taille = r.body.attributes.find((a: { code: string }) => a.code === 'taille');
    expect(taille).toMatchObject({ variable: true, datatype: 'singlevaluelist', required: true, order: 1 });
    expect(taille.values.map((v: { key: string }) => v.key)).toEqual(['petit', 'moyen', 'grand']);
    expect((await api('GET', '/api/open311/v2/services/nope.json?jurisdiction_id=soignies')).status).toBe(404);
  });
  it('accepts a form-encoded POST and returns the new request id; GET finds it', async () => {
    const post = await api(
      'POST',
      '/api/open311/v2/requests.json',
      form({
        jurisdiction_id: 'soignies',
        service_code: 'voirie',
        lat: '50.5790',
        long: '4.0700',
        description: 'Trou dans la chaussée, rue Neuve',
        address_string: 'Rue Neuve 12, Soignies',
        'attribute[taille]': 'grand',
        'attribute[danger]': 'true',
        email: 'open311@example.org',
        first_name: 'Open',
      }),
    );
    expect(post.status).toBe(201);
    const id = post.body[0].service_request_id;
    expect(id).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const one = await api('GET', `/api/open311/v2/requests/${id}.json?jurisdiction_id=soignies`);
    expect(one.status).toBe(200);
    expect(one.body[0]).toMatchObject({
      service_request_id: id,
      status: 'open',
      service_code: 'voirie',
      lat: 50.579,
      long: 4.07,
      agency_responsible: 'Service Travaux',
    });
    expect(JSON.stringify(one.body)).not.toContain('open311@example.org');
    const list = await api('GET', '/api/open311/v2/requests.json?jurisdiction_id=soignies&status=open&service_code=voirie');
    expect(list.body.map((x: { service_request_id: string }) => x.service_request_id)).toContain(id);
    const closed = await api('GET', '/api/open311/v2/requests.json?jurisdiction_id=soignies&status=closed');
    expect(closed.body.map((x: { service_request_id: string }) => x.service_request_id)).not.toContain(id);
    // The default window (no dates) reads only what a request shows: listed, it is the request read alone.
    const window = await api('GET', '/api/open311/v2/requests.json?jurisdiction_id=soignies');
    expect(window.status).toBe(200);
    expect(one.body[0]).toMatchObject({ address: 'Rue Neuve 12, Soignies', description: 'Trou dans la chaussée, rue Neuve' });
    expect(window.body.find((x: { service_request_id: string }) => x.service_request_id === id)).toEqual(one.body[0]);
  });
  it('names missing and invalid fields on POST', async () => {
    const r = await api(
      'POST',
      '/api/open311/v2/requests.json',
      form({ jurisdiction_id: 'soignies', service_code: 'voirie', lat: '50.579', long: '4.07', description: 'Trou énorme ici' }),
    );
    expect(r.status).toBe(422);
    expect(r.body[0].description).toContain('attribute[taille]');
    const noPlace = await api(
      'POST',
      '/api/open311/v2/requests.json',
      form({ jurisdiction_id: 'soignies', service_code: 'voirie', description: 'x' }),
    );
    expect(noPlace.status).toBe(400);
  });
  it('keeps to a 90-day window and filters by id list', async () => {
    const tooLong = await api(
      'GET',
      '/api/open311/v2/requests.json?jurisdiction_id=soignies&start_date=2026-01-01T00:00:00Z&end_date=2026-11-01T00:00:00Z',
    );
    expect(tooLong.status).toBe(400);
    const old = await api(
      'GET',
      '/api/open311/v2/requests.json?jurisdiction_id=soignies&start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z',
    );
    expect(old.body).toEqual([]);
    const a = await api('POST', '/api/soignies/reports', { body: sampleReport() });
    const b = await api('POST', '/api/soignies/reports', { body: sampleReport() });
    const ids = await api('GET', `/api/open311/v2/requests.json?jurisdiction_id=soignies&service_request_id=${a.body.code},${b.body.code}`);
    expect(ids.body.map((x: { service_request_id: string }) => x.service_request_id).sort()).toEqual([a.body.code, b.body.code].sort());
  });
  it('answers a page of page_size requests, newest first, and pages on with page', async () => {
    const id = (x: { service_request_id: string }) => x.service_request_id;
    const filed = [];
    for (let i = 0; i < 3; i++) filed.push((await api('POST', '/api/soignies/reports', { body: sampleReport() })).body.code);
    const newest = await api('GET', '/api/open311/v2/requests.json?jurisdiction_id=soignies&page_size=1');
    expect(newest.body).toHaveLength(1);
    // Up to the newest request now: requests other files file meanwhile do not move the pages.
    const q = `/api/open311/v2/requests.json?jurisdiction_id=soignies&end_date=${encodeURIComponent(newest.body[0].requested_datetime)}`;
    const four = await api('GET', `${q}&page_size=4`);
    expect(four.body).toHaveLength(4);
    expect(four.body.map(id)).toEqual(expect.arrayContaining(filed));
    const one = await api('GET', `${q}&page_size=2`);
    const two = await api('GET', `${q}&page_size=2&page=2`);
    expect([...one.body, ...two.body].map(id)).toEqual(four.body.map(id));
    for (const bad of ['page_size=0', 'page_size=1001', 'page_size=dix', 'page=0', 'page=1.5', 'page=2&page_size=600']) {
      const r = await api('GET', `${q}&${bad}`);
      expect(r.status, bad).toBe(400);
      expect(r.body, bad).toEqual([{ code: 400, description: expect.stringMatching(/page/) }]);
    }
  });
  it('gives a report’s photo as media_url in the list, by id list and alone', async () => {
    const bytes = tinyJpeg();
    const ticket = await api('POST', '/api/soignies/uploads', { body: { contentType: 'image/jpeg', size: bytes.length } });
    expect(await uploadWithTicket(ticket.body, bytes, 'image/jpeg')).toBeLessThan(300);
    const withPhoto = await api('POST', '/api/soignies/reports', { body: sampleReport({ photos: [ticket.body.key] }) });
    const without = await api('POST', '/api/soignies/reports', { body: sampleReport() });
    expect([withPhoto.status, without.status]).toEqual([201, 201]);
    const mediaOf = (list: { service_request_id: string; media_url?: string | null }[], id: string) =>
      list.find((x) => x.service_request_id === id)?.media_url;

    const listed = await api('GET', '/api/open311/v2/requests.json?jurisdiction_id=soignies&service_code=voirie');
    const byIds = await api(
      'GET',
      `/api/open311/v2/requests.json?jurisdiction_id=soignies&service_request_id=${withPhoto.body.code},${without.body.code}`,
    );
    const alone = await api('GET', `/api/open311/v2/requests/${withPhoto.body.code}.json?jurisdiction_id=soignies`);
    for (const list of [listed.body, byIds.body, alone.body]) {
      const url = mediaOf(list, withPhoto.body.code);
      expect(url).toMatch(/^https?:\/\//);
      const photo = await fetch(url!);
      expect(photo.status).toBe(200);
      expect(Buffer.from(await photo.arrayBuffer()).equals(bytes)).toBe(true);
    }
    expect(mediaOf(listed.body, without.body.code) ?? null).toBeNull();
    expect(mediaOf(byIds.body, without.body.code) ?? null).toBeNull();
  });

  it('files reports only with an api_key this jurisdiction issued and has not revoked', async () => {
    const refused = async (api_key: string, jurisdiction = 'soignies') => {
      const r = await api('POST', '/api/open311/v2/requests.json', form({ ...pothole, jurisdiction_id: jurisdiction, api_key }));
      expect(r.status).toBe(403);
      expect(r.body).toEqual([{ code: 403, description: expect.stringContaining('api_key') }]);
    };
    await refused('');
    await refused('not-a-key');
    await refused(`${DEMO_OPEN311_KEY.split('.')[0]}.${'x'.repeat(30)}`);

    const admin = auth(await signIn('braine-le-comte', 'admin@braine-le-comte.example', demoPassword()));
    const issued = await api('POST', '/api/braine-le-comte/staff/open311/keys', { body: { application: 'Appli de test' }, headers: admin });
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ application: 'Appli de test', key: expect.stringMatching(/^[a-z0-9]+\./) });
    await refused(issued.body.key, 'soignies');
    const filed = await api(
      'POST',
      '/api/open311/v2/requests.json',
      form({ ...pothole, jurisdiction_id: 'braine-le-comte', lat: '50.6080', long: '4.1370', api_key: issued.body.key }),
    );
    expect(filed.status).toBe(201);
    const listed = await api('GET', '/api/braine-le-comte/staff/open311/keys', { headers: admin });
    expect(listed.body.keys.map((k: { id: string }) => k.id)).toContain(issued.body.id);
    expect(JSON.stringify(listed.body)).not.toContain(issued.body.key);
    expect((await api('DELETE', `/api/braine-le-comte/staff/open311/keys/${issued.body.id}`, { headers: admin })).status).toBe(204);
    await refused(issued.body.key, 'braine-le-comte');
  });

  it('lets only admins issue keys, and names a bad application', async () => {
    const agent = auth(await signIn('soignies', 'agent@soignies.example', demoPassword()));
    expect((await api('POST', '/api/soignies/staff/open311/keys', { body: { application: 'X app' }, headers: agent })).status).toBe(403);
    expect((await api('POST', '/api/soignies/staff/open311/keys', { body: { application: 'X app' } })).status).toBe(401);
    const admin = auth(await signIn('soignies', 'admin@soignies.example', demoPassword()));
    const bad = await api('POST', '/api/soignies/staff/open311/keys', { body: { application: '' }, headers: admin });
    expect(bad.status).toBe(422);
    expect(bad.body['invalid-params'][0].name).toBe('application');
  });

  it('de-duplicates service_code lists and refuses more than 20 codes', async () => {
    const twice = await api('GET', '/api/open311/v2/requests.json?jurisdiction_id=soignies&service_code=voirie,voirie,%20voirie');
    expect(twice.status).toBe(200);
    const ids = twice.body.map((x: { service_request_id: string }) => x.service_request_id);
    expect(new Set(ids).size).toBe(ids.length);
    const many = Array.from({ length: 21 }, (_, i) => `code${i}`).join(',');
    const r = await api('GET', `/api/open311/v2/requests.json?jurisdiction_id=soignies&service_code=${many}`);
    expect(r.status).toBe(400);
    expect(r.body).toEqual([{ code: 400, description: expect.stringContaining('20') }]);
    const twenty = Array.from({ length: 20 }, (_, i) => `code${i}`).join(',');
    expect((await api('GET', `/api/open311/v2/requests.json?jurisdiction_id=soignies&service_code=${twenty},code0`)).status).toBe(200);
  });
});
