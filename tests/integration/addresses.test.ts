/**
 * The address register through the API, against the real local stand-ins: an admin imports a CSV (BeST columns or
 * the simple subset), the public lookups answer the nearest address to a point and locate a typed one, the same
 * file again changes nothing, a new file replaces the register whole, bad files are 4xx naming line and column,
 * and only admins import (docs/addresses.md).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, auth, signIn } from './api-client.js';
import { demoPassword } from '../support/local-env.js';

const C = '/api/soignies';
let admin = '';
let agent = '';

const BEST_HEADER =
  'EPSG:31370_x,EPSG:31370_y,EPSG:4326_lat,EPSG:4326_lon,address_id,box_number,house_number,municipality_id,municipality_name_de,municipality_name_fr,municipality_name_nl,postcode,postname_fr,postname_nl,street_id,streetname_de,streetname_fr,streetname_nl,region_code,status';
const best = (
  lat: number,
  lng: number,
  number: string,
  street: string,
  box = '',
  status = 'current',
  postcode = '7060',
  section = 'Soignies',
) => `0,0,${lat},${lng},1,${box},${number},55040,,Soignies,Zinnik,${postcode},${section},,1,,"${street}",,BE-WAL,${status}`;
/** Along the rue de la Station: numbers 2 to 20, about 12 m apart. */
const station = Array.from({ length: 10 }, (_, i) =>
  best(50.5745 + i * 0.0001, 4.0686 + i * 0.0001, String(2 + 2 * i), 'Rue de la Station'),
);
const FIRST = [
  BEST_HEADER,
  ...station,
  best(50.5746, 4.0688, '4', 'Rue de la Station', '1'), // a box of number 4: the same point
  best(50.5801, 4.0712, '7', 'Place de la Station'),
  best(50.57768, 4.07509, '5', 'Rue Neuve'),
  best(50.5591, 4.0398, '3', 'Rue du Tilleul', '', 'current', '7063', 'Neufvilles'),
  best(50.5592, 4.0399, '5', 'Rue du Tilleul', '', 'retired', '7063', 'Neufvilles'),
].join('\n');
const SECOND = [
  'street;number;postcode;lat;lng',
  'Rue de la Station;2;7060;50,5745;4,0686',
  'Boulevard Roosevelt;1;7060;50,5760;4,0640',
].join('\n');

const put = (csv: string, token = admin, type = 'text/csv') =>
  api('PUT', `${C}/staff/addresses`, { headers: { ...auth(token), 'content-type': type }, raw: csv });
const search = (q: string) => api('GET', `${C}/addresses/search?q=${encodeURIComponent(q)}`);
const nearest = (lat: number, lng: number) => api('GET', `${C}/addresses/nearest?lat=${lat}&lng=${lng}`);

beforeAll(async () => {
  admin = await signIn('soignies', 'admin@soignies.example', demoPassword());
  agent = await signIn('soignies', 'agent@soignies.example', demoPassword());
});

describe('the address register', () => {
  it('imports a BeST export: boxes folded into their number, retired rows left out', async () => {
    const r = await put(FIRST);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ points: 13, streets: 4, skipped: 2, unchanged: false });
    expect(r.body.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('answers the nearest numbered point to a pin, within its bound only', async () => {
    const r = await nearest(50.57491, 4.06901);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ label: 'Rue de la Station 10, 7060 Soignies', number: '10', lat: 50.5749, lng: 4.069 });
    expect(r.body.distance).toBeLessThan(5);
    expect(r.headers['cache-control']).toContain('max-age');
    // Neufvilles is the section (BeST postal name) of its address.
    expect((await nearest(50.5591, 4.0398)).body.label).toBe('Rue du Tilleul 3, 7063 Neufvilles');
    // A field a kilometre from any house: no address.
    const far = await nearest(50.6, 4.1);
    expect(far.status).toBe(404);
    expect(far.headers['content-type']).toBe('application/problem+json');
  });

  it('locates a typed address however the street is written, number first among the matches', async () => {
    for (const q of ['rue de la station 12', 'R. de la Station 12', 'RUE DE LA STATION 12, 7060 Soignies', 'station 12']) {
      const r = await search(q);
      expect(r.status, q).toBe(200);
      expect(r.body.register).toBe(true);
      expect(r.body.matches[0], q).toMatchObject({ label: 'Rue de la Station 12, 7060 Soignies', lat: 50.575, lng: 4.0691 });
    }
    // A prefix while typing: both streets named « Station », the type typed first.
    const typing = await search('pl. de la stat');
    expect(typing.body.matches.map((m: { label: string }) => m.label)).toEqual([
      'Place de la Station, 7060 Soignies',
      'Rue de la Station, 7060 Soignies',
    ]);
    // A number the street does not have: the street itself, at its middle.
    expect((await search('rue neuve 99')).body.matches).toEqual([
      expect.objectContaining({ label: 'Rue Neuve, 7060 Soignies', lat: 50.57768, lng: 4.07509 }),
    ]);
    expect((await search('rue inconnue')).body).toEqual({ register: true, matches: [] });
  });

  it('is the same register after the same file again, and nothing is written', async () => {
    const before = await search('rue de la station');
    const again = await put(FIRST);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ unchanged: true, points: 13 });
    const first = await api('GET', `${C}/staff/audit?kind=address-register`, { headers: auth(admin) });
    expect((await search('rue de la station')).body).toEqual(before.body);
    // The same rows in another order are the same register.
    const [head, ...rows] = FIRST.split('\n');
    const shuffled = await put([head, ...rows.reverse()].join('\n'));
    expect(shuffled.body).toMatchObject({ unchanged: true, version: again.body.version });
    expect(first.status).toBe(200);
    const after = await api('GET', `${C}/staff/audit?kind=address-register`, { headers: auth(admin) });
    expect(after.body.items.length).toBe(first.body.items.length);
  });

  it('is replaced whole by a new file, with an audit entry naming the admin', async () => {
    const r = await put(SECOND);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ points: 2, streets: 2, unchanged: false });
    expect((await search('rue neuve')).body.matches).toEqual([]);
    expect((await search('bd roosevelt 1')).body.matches[0]).toMatchObject({ label: 'Boulevard Roosevelt 1, 7060 Soignies' });
    // Number 20 of the rue de la Station is gone with the first file (the second's number 2 is 100 m away).
    expect((await nearest(50.5754, 4.0695)).status).toBe(404);
    const audit = await api('GET', `${C}/staff/audit?action=addresses.import`, { headers: auth(admin) });
    expect(audit.status).toBe(200);
    expect(audit.body.items[0]).toMatchObject({
      action: 'addresses.import',
      item: { kind: 'address-register', id: r.body.version },
      actor: { email: 'admin@soignies.example' },
    });
    // And back: the first file is imported again in full.
    expect((await put(FIRST)).body).toMatchObject({ points: 13, unchanged: false });
    expect((await nearest(50.5754, 4.0695)).body.number).toBe('20');
  });

  it('is imported by admins only', async () => {
    const r = await put(SECOND, agent);
    expect(r.status).toBe(403);
    expect((await api('PUT', `${C}/staff/addresses`, { headers: { 'content-type': 'text/csv' }, raw: SECOND })).status).toBe(401);
    expect((await search('bd roosevelt')).body.matches).toEqual([]);
  });

  it('refuses bad files naming the line and column, and changes nothing', async () => {
    const bad = await put(
      [
        'street,number,postcode,lat,lng',
        'Rue Neuve,5,7060,50.5777,4.0751',
        'Rue Neuve,,7060,50.5777,4.0751',
        'Rue Neuve,7,7060,4.07,50.57',
      ].join('\n'),
    );
    expect(bad.status).toBe(422);
    expect(bad.headers['content-type']).toBe('application/problem+json');
    expect(bad.body['invalid-params']).toEqual([
      { name: 'line 3, column number', reason: 'missing house number' },
      { name: 'line 4, column lat', reason: 'outside the commune' },
    ]);
    const missing = await put('street,number\nRue Neuve,5\n');
    expect(missing.status).toBe(422);
    expect(missing.body['invalid-params'].map((p: { name: string }) => p.name)).toEqual([
      'line 1, column postcode',
      'line 1, column lat',
      'line 1, column lng',
    ]);
    expect((await put('', admin)).status).toBe(422);
    expect((await put(FIRST, admin, 'application/json')).status).toBe(415);
    const huge = await put(`${BEST_HEADER}\n${'x'.repeat(4 * 1024 * 1024)}`);
    expect(huge.status).toBe(413);
    // Nothing changed: the register is the first file still.
    expect((await search('rue de la station 12')).body.matches[0].number).toBe('12');
  });

  it('leaves a few refused rows out when the admin asks, naming them, and says which register is in use', async () => {
    const state = await api('GET', `${C}/staff/addresses`, { headers: auth(admin) });
    expect(state.status).toBe(200);
    expect(state.body).toMatchObject({
      register: { points: 13, streets: 4, importedBy: { name: expect.any(String) } },
      limits: { maxBytes: 4 * 1024 * 1024, maxPoints: 120_000, maxProblems: 20 },
    });
    const csv = [
      'street,number,postcode,lat,lng',
      'Rue Neuve,5,7060,50.5777,4.0751',
      'Rue Neuve,,7060,50.5778,4.0752',
      'Rue Neuve,9,7060,50.5779,4.0753',
    ];
    // Without asking, the file is refused whole; asked, the good rows are imported and the bad one listed.
    expect((await put(csv.join('\n'))).status).toBe(422);
    const r = await api('PUT', `${C}/staff/addresses?refused=leave-out`, {
      headers: { ...auth(admin), 'content-type': 'text/csv' },
      raw: csv.join('\n'),
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ points: 2, streets: 1, unchanged: false });
    expect(r.body.refused).toEqual([{ line: 3, column: 'number', reason: 'missing house number', code: 'missing-number' }]);
    expect((await search('rue neuve 9')).body.matches[0]).toMatchObject({ label: 'Rue Neuve 9, 7060 Soignies' });
    const now = await api('GET', `${C}/staff/addresses`, { headers: auth(admin) });
    expect(now.body.register).toMatchObject({ version: r.body.version, points: 2, streets: 1, importedAt: r.body.importedAt });
    expect(now.body.register.importedBy.name).toBe(state.body.register.importedBy.name);
    const audit = await api('GET', `${C}/staff/audit?action=addresses.import`, { headers: auth(admin) });
    expect(audit.body.items[0]).toMatchObject({ item: { id: r.body.version }, detail: '2 points, 1 streets; lines left out: 3' });
    // Never a wrong file: a header without its columns, or 20 problems and more, is refused whole even so.
    const leaveOut = (raw: string) =>
      api('PUT', `${C}/staff/addresses?refused=leave-out`, { headers: { ...auth(admin), 'content-type': 'text/csv' }, raw });
    expect((await leaveOut('street,number\nRue Neuve,5')).status).toBe(422);
    const many = Array.from({ length: 25 }, (_, i) => `Rue Neuve,${i + 10},706,50.5777,4.0751`);
    const refusedWhole = await leaveOut([csv[0], csv[1], ...many].join('\n'));
    expect(refusedWhole.status).toBe(422);
    expect(refusedWhole.body['invalid-params']).toHaveLength(20);
    expect(
      (await api('PUT', `${C}/staff/addresses?refused=maybe`, { headers: { ...auth(admin), 'content-type': 'text/csv' }, raw: SECOND }))
        .status,
    ).toBe(400);
    // Only admins see it.
    expect((await api('GET', `${C}/staff/addresses`, { headers: auth(agent) })).status).toBe(403);
    expect((await put(FIRST)).body).toMatchObject({ points: 13, unchanged: false });
  });

  it('refuses bad lookups with a problem naming the parameter', async () => {
    const r = await api('GET', `${C}/addresses/nearest?lat=abc&lng=4`);
    expect(r.status).toBe(400);
    expect(r.body['invalid-params'][0].name).toBe('lat');
    const q = await api('GET', `${C}/addresses/search?q=a`);
    expect(q.status).toBe(400);
    expect(q.body['invalid-params'][0].name).toBe('q');
    expect((await api('GET', '/api/nowhere/addresses/search?q=rue')).status).toBe(404);
  });
});
