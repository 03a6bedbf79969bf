/**
 * The public map through the API, against the real local stand-ins: staff publish, edit and delete items;
 * a viewport + date query reads the viewport's cells only and answers what is live; issued permits and
 * open reports are on it; bad input is a 4xx naming the field; the feeds answer with ETags and 304.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { addDays } from '@tandem/shared';
import { api, auth, sampleReport, signIn } from './api-client.js';
import { demoPassword } from '../support/local-env.js';
import { today } from './permit-fixtures.js';

const C = '/api/soignies';
let agent = '';
const near = (dx: number, dy: number): [number, number] => [4.0714 + dx, 50.5794 + dy];
const item = (over: Record<string, unknown> = {}) => ({
  kind: 'parking_ban',
  title: 'Déménagement, rue du Lombard',
  description: 'Camion devant le n° 8',
  streets: ['Rue du Lombard'],
  geometry: { type: 'Point', coordinates: near(0.001, 0.001) },
  period: { start: addDays(today(), 1), end: addDays(today(), 1), startTime: '07:00', endTime: '18:00' },
  ...over,
});
const publish = (body: unknown, headers: Record<string, string> = {}) =>
  api('POST', `${C}/staff/map/items`, { headers: { ...auth(agent), ...headers }, body });
const ids = (r: { body: { features: { id: string }[] } }) => r.body.features.map((f) => f.id);
const viewport = '4.065,50.575,4.078,50.584';

beforeAll(async () => {
  agent = await signIn('soignies', 'agent@soignies.example', demoPassword());
});

describe('map items', () => {
  it('a parking ban published for tomorrow is on tomorrow’s map of its viewport, not on today’s nor elsewhere', async () => {
    const r = await publish(item());
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ type: 'Feature', properties: { kind: 'parking_ban', source: { type: 'staff' } }, version: 1 });
    const tomorrow = await api('GET', `${C}/map/items?date=${addDays(today(), 1)}&bbox=${viewport}`);
    expect(tomorrow.status).toBe(200);
    expect(ids(tomorrow)).toContain(r.body.id);
    expect(ids(await api('GET', `${C}/map/items?date=${today()}&bbox=${viewport}`))).not.toContain(r.body.id);
    expect(ids(await api('GET', `${C}/map/items?date=${addDays(today(), 1)}&bbox=4.10,50.60,4.12,50.61`))).not.toContain(r.body.id);
    expect(ids(await api('GET', `${C}/map/items?from=${today()}&to=${addDays(today(), 6)}&kind=parking_ban`))).toContain(r.body.id);
    expect(ids(await api('GET', `${C}/map/items?date=${addDays(today(), 1)}&kind=works,event`))).not.toContain(r.body.id);
  });

  it('a weekly schedule keeps works off the map at the weekend', async () => {
    const monday = (() => {
      let d = addDays(today(), 7);
      while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 1) d = addDays(d, 1);
      return d;
    })();
    const r = await publish(
      item({
        kind: 'works',
        title: 'Trottoirs, rue Neuve',
        geometry: { type: 'LineString', coordinates: [near(0, 0), near(0.002, 0.001)] },
        period: { start: monday, end: addDays(monday, 6), schedule: { days: [1, 2, 3, 4, 5], from: '07:00', to: '16:00' } },
        managingParty: 'Commune',
        phase: 'planned',
      }),
    );
    expect(r.status).toBe(201);
    expect(ids(await api('GET', `${C}/map/items?date=${addDays(monday, 2)}&bbox=${viewport}`))).toContain(r.body.id);
    expect(ids(await api('GET', `${C}/map/items?date=${addDays(monday, 5)}&bbox=${viewport}`))).not.toContain(r.body.id);
  });

  it('is edited under its version (a stale one is a 409), moves cells with its geometry, and is deleted', async () => {
    const r = await publish(
      item({ kind: 'road_closure', title: 'Rue fermée', geometry: { type: 'LineString', coordinates: [near(0, 0), near(0.001, 0)] } }),
    );
    const moved = {
      ...item({
        kind: 'road_closure',
        title: 'Rue fermée (prolongée)',
        geometry: {
          type: 'LineString',
          coordinates: [
            [4.035, 50.61],
            [4.036, 50.61],
          ],
        },
      }),
      version: 1,
    };
    const put = await api('PUT', `${C}/staff/map/items/${r.body.id}`, { headers: auth(agent), body: moved });
    expect(put.status).toBe(200);
    expect(put.body.version).toBe(2);
    expect((await api('PUT', `${C}/staff/map/items/${r.body.id}`, { headers: auth(agent), body: moved })).status).toBe(409);
    const date = addDays(today(), 1);
    expect(ids(await api('GET', `${C}/map/items?date=${date}&bbox=${viewport}`))).not.toContain(r.body.id);
    expect(ids(await api('GET', `${C}/map/items?date=${date}&bbox=4.030,50.605,4.040,50.615`))).toContain(r.body.id);
    expect((await api('DELETE', `${C}/staff/map/items/${r.body.id}?version=1`, { headers: auth(agent) })).status).toBe(409);
    expect((await api('DELETE', `${C}/staff/map/items/${r.body.id}?version=2`, { headers: auth(agent) })).status).toBe(204);
    expect(ids(await api('GET', `${C}/map/items?date=${date}&bbox=4.030,50.605,4.040,50.615`))).not.toContain(r.body.id);
  });

  it('publishes once for a retried request (Idempotency-Key)', async () => {
    const headers = { 'idempotency-key': `map-${crypto.randomUUID()}` };
    const a = await publish(item({ title: 'Une seule fois' }), headers);
    const b = await publish(item({ title: 'Une seule fois' }), headers);
    expect([a.status, b.status]).toEqual([201, 200]);
    expect(b.body.id).toBe(a.body.id);
  });

  it('shows open reports with their public fields only', async () => {
    const rep = await api('POST', `${C}/reports`, {
      body: sampleReport({ location: { lat: 50.5795, lng: 4.0715 }, email: 'secret-reporter@example.org', name: 'Jeanne Secret' }),
    });
    const map = await api('GET', `${C}/map/items?bbox=${viewport}&kind=report`);
    const f = map.body.features.find((x: { id: string }) => x.id === `report-${rep.body.code}`);
    expect(f.properties).toMatchObject({
      kind: 'report',
      source: { type: 'report', code: rep.body.code, url: `/soignies/suivi/${rep.body.code}/` },
    });
    expect(JSON.stringify(map.body)).not.toMatch(/secret-reporter|Jeanne Secret/);
  });

  it('refuses bad input with a 4xx naming the field', async () => {
    const names = (r: { body: { 'invalid-params'?: { name: string }[] } }) => (r.body['invalid-params'] ?? []).map((p) => p.name);
    const bowTie = { type: 'Polygon', coordinates: [[near(0, 0), near(0.002, 0.002), near(0.002, 0), near(0, 0.002), near(0, 0)]] };
    expect(names(await publish(item({ geometry: bowTie })))).toEqual(['geometry.coordinates']);
    expect(names(await publish(item({ geometry: { type: 'Point', coordinates: [200, 95] } })))[0]).toMatch(/^geometry/);
    expect(names(await publish(item({ geometry: { type: 'Point', coordinates: [4.3525, 50.8467] } })))).toEqual(['geometry']);
    expect(names(await publish(item({ period: { start: addDays(today(), 3), end: today() } })))).toEqual(['period.end']);
    expect(names(await publish(item({ kind: 'volcano' })))).toEqual(['kind']);
    expect(names(await publish(item({ causedBy: 'nothing-here' })))).toEqual(['causedBy']);
    expect((await publish(item())).status).toBe(201);
    for (const q of [
      'bbox=0,0,10,10',
      'bbox=4.1,50.6,4.0,50.5',
      'date=2026-02-30',
      'kind=volcano',
      `from=${today()}&to=${addDays(today(), -1)}`,
    ]) {
      const r = await api('GET', `${C}/map/items?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.headers['content-type']).toBe('application/problem+json');
    }
    expect((await api('POST', `${C}/staff/map/items`, { body: item() })).status).toBe(401);
  });
});

describe('feeds', () => {
  it('GeoJSON, CIFS and iCal carry the live items, with ETags that answer 304 when nothing changed', async () => {
    const closure = await publish(
      item({
        kind: 'road_closure',
        title: 'Rue de Mons fermée',
        streets: ['Rue de Mons'],
        geometry: { type: 'LineString', coordinates: [near(-0.004, -0.005), near(-0.005, -0.007)] },
      }),
    );
    const geo = await api('GET', '/api/feeds/soignies/map.geojson');
    expect(geo.status).toBe(200);
    expect(geo.headers['content-type']).toContain('application/geo+json');
    expect(geo.body.type).toBe('FeatureCollection');
    expect(geo.body.features.map((f: { id: string }) => f.id)).toContain(closure.body.id);
    const again = await api('GET', '/api/feeds/soignies/map.geojson', { headers: { 'if-none-match': geo.headers.etag } });
    expect(again.status).toBe(304);
    expect((await api('GET', '/api/feeds/soignies/map.geojson?kind=event')).body.features.map((f: { id: string }) => f.id)).not.toContain(
      closure.body.id,
    );

    const cifs = await api('GET', '/api/feeds/soignies/waze-cifs.json');
    const incident = cifs.body.incidents.find((i: { id: string }) => i.id.endsWith(closure.body.id));
    expect(incident).toMatchObject({ type: 'ROAD_CLOSED', street: 'Rue de Mons' });

    const ics = await api('GET', '/api/feeds/soignies/agenda.ics');
    expect(ics.headers['content-type']).toContain('text/calendar');
    const cal = new ICAL.Component(ICAL.parse(ics.body as string));
    const uids = cal.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('uid')));
    expect(uids.some((u) => u.startsWith(closure.body.id))).toBe(true);

    // A change makes a new ETag.
    await publish(item({ title: 'Encore un déménagement' }));
    const changed = await api('GET', '/api/feeds/soignies/map.geojson', { headers: { 'if-none-match': geo.headers.etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(geo.headers.etag);
  });
});
