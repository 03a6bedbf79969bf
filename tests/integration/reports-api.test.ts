import { describe, expect, it } from 'vitest';
import { PHOTO_MAX_BYTES, bucketKeys } from '@tandem/shared';
import { api, sampleReport, tinyJpeg, uploadWithTicket } from './api-client.js';

describe('communes', () => {
  it('lists the demo communes without their demo accounts', async () => {
    const r = await api('GET', '/api/communes');
    expect(r.status).toBe(200);
    expect(r.body.communes.map((c: { id: string }) => c.id).sort()).toEqual(['braine-le-comte', 'soignies']);
    expect(JSON.stringify(r.body)).not.toContain('demoAccounts');
  });
  it('answers 404 problem+json for an unknown commune', async () => {
    const r = await api('GET', '/api/atlantis/config');
    expect(r.status).toBe(404);
    expect(r.headers['content-type']).toBe('application/problem+json');
    expect(r.body.detail).toContain('atlantis');
  });
});

describe('filing a report', () => {
  it('creates it, gives a tracking code and a public view without personal data', async () => {
    const r = await api('POST', '/api/soignies/reports', { body: sampleReport() });
    expect(r.status).toBe(201);
    expect(r.body.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(r.body.url).toContain(`/soignies/suivi/${r.body.code}/`);
    const pub = await api('GET', `/api/soignies/reports/${r.body.code}`);
    expect(pub.status).toBe(200);
    expect(pub.body).toMatchObject({ state: 'new', category: 'voirie', department: 'travaux' });
    expect(pub.body.timeline.map((t: { kind: string }) => t.kind)).toEqual(['created']);
    const text = JSON.stringify(pub.body);
    expect(text).not.toContain('citoyen@example.org');
    expect(text).not.toContain('Jeanne');
  });

  it('accepts an address instead of a map location (keyboard and screen-reader users)', async () => {
    const r = await api('POST', '/api/soignies/reports', {
      body: sampleReport({ location: undefined, address: 'Rue de la Station 12, Soignies' }),
    });
    expect(r.status).toBe(201);
    expect(r.body.report.address).toBe('Rue de la Station 12, Soignies');
  });

  it('finds the tracking page whatever the case of the code', async () => {
    const r = await api('POST', '/api/soignies/reports', { body: sampleReport() });
    const lower = await api('GET', `/api/soignies/reports/${r.body.code.toLowerCase()}`);
    expect(lower.status).toBe(200);
    expect((await api('GET', '/api/soignies/reports/ZZZZ-ZZZZ')).status).toBe(404);
    expect((await api('GET', `/api/braine-le-comte/reports/${r.body.code}`)).status).toBe(404);
  });

  it.each([
    ['no description', { description: undefined }, 422, 'description'],
    ['unknown category', { category: 'licornes' }, 422, 'category'],
    ['outside the commune', { location: { lat: 50.85, lng: 4.35 } }, 422, 'location'],
    ['required answer missing', { answers: {} }, 422, 'answers.taille'],
    ['answer not an option', { answers: { taille: 'immense' } }, 422, 'answers.taille'],
    ['bad e-mail', { email: 'nope' }, 422, 'email'],
    ['neither place nor address', { location: undefined }, 422, 'location'],
    [
      'foreign upload key',
      { photos: [bucketKeys.upload('braine-le-comte', '2026-11-25', '0f8fad5b-d9cb-469f-a165-70867728950e', 'jpg')] },
      422,
      'photos.0',
    ],
  ])('refuses %s with a problem naming the field', async (_name, over, status, field) => {
    const r = await api('POST', '/api/soignies/reports', { body: sampleReport(over) });
    expect(r.status).toBe(status);
    expect(r.headers['content-type']).toBe('application/problem+json');
    expect(r.body['invalid-params'].map((p: { name: string }) => p.name)).toContain(field);
  });

  it('is inside the commune’s boundary, not its map extent: Soignies’ centre is refused by Braine-le-Comte', async () => {
    const centre = { lat: 50.5794, lng: 4.0714 };
    const braine = await api('POST', '/api/braine-le-comte/reports', { body: sampleReport({ location: centre }) });
    expect(braine.status).toBe(422);
    expect(braine.body['invalid-params']).toEqual([{ name: 'location', reason: 'outside Braine-le-Comte' }]);
    expect((await api('POST', '/api/soignies/reports', { body: sampleReport({ location: centre }) })).status).toBe(201);
  });

  it('refuses bodies that are not JSON', async () => {
    expect(
      (await api('POST', '/api/soignies/reports', { raw: '{"category":', headers: { 'content-type': 'application/json' } })).status,
    ).toBe(400);
    expect(
      (
        await api('POST', '/api/soignies/reports', {
          raw: 'category=voirie',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        })
      ).status,
    ).toBe(415);
    expect(
      (await api('POST', '/api/soignies/reports', { raw: 'x'.repeat(70_000), headers: { 'content-type': 'application/json' } })).status,
    ).toBe(413);
  });
});

describe('idempotent submission', () => {
  it('creates one report when the same submission is retried', async () => {
    const key = crypto.randomUUID();
    const body = sampleReport();
    const first = await api('POST', '/api/soignies/reports', { body, headers: { 'idempotency-key': key } });
    const again = await api('POST', '/api/soignies/reports', { body, headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.code).toBe(first.body.code);
    expect(again.headers['idempotent-replayed']).toBe('true');
  });
  it('creates one report when retries race each other', async () => {
    const key = crypto.randomUUID();
    const body = sampleReport();
    const all = await Promise.all(
      Array.from({ length: 5 }, () => api('POST', '/api/soignies/reports', { body, headers: { 'idempotency-key': key } })),
    );
    const codes = new Set(all.map((r) => r.body.code));
    expect(all.every((r) => r.status === 200 || r.status === 201)).toBe(true);
    expect(codes.size).toBe(1);
    expect(all.filter((r) => r.status === 201)).toHaveLength(1);
  });
  it('refuses a key reused for a different report', async () => {
    const key = crypto.randomUUID();
    await api('POST', '/api/soignies/reports', { body: sampleReport(), headers: { 'idempotency-key': key } });
    const other = await api('POST', '/api/soignies/reports', {
      body: sampleReport({ description: 'Une autre chose, tout à fait différente' }),
      headers: { 'idempotency-key': key },
    });
    expect(other.status).toBe(422);
    expect(other.body['invalid-params'][0].name).toBe('Idempotency-Key');
  });
});

describe('photos', () => {
  it('refuses to issue an upload for a file too large or of the wrong type', async () => {
    const big = await api('POST', '/api/soignies/uploads', { body: { contentType: 'image/jpeg', size: PHOTO_MAX_BYTES + 1 } });
    expect(big.status).toBe(413);
    const pdf = await api('POST', '/api/soignies/uploads', { body: { contentType: 'application/pdf', size: 100 } });
    expect(pdf.status).toBe(415);
    expect(pdf.body['invalid-params'][0].name).toBe('contentType');
  });

  it('uploads a photo straight to S3 and attaches it to the report', async () => {
    const bytes = tinyJpeg(4096);
    const t = await api('POST', '/api/soignies/uploads', { body: { contentType: 'image/jpeg', size: bytes.length } });
    expect(t.status).toBe(201);
    expect(t.body.key).toMatch(/^uploads\/soignies\//);
    expect(await uploadWithTicket(t.body, bytes, 'image/jpeg')).toBeLessThan(300);
    const r = await api('POST', '/api/soignies/reports', { body: sampleReport({ photos: [t.body.key] }) });
    expect(r.status).toBe(201);
    expect(r.body.report.photos).toHaveLength(1);
    const photo = await fetch(r.body.report.photos[0]);
    expect(photo.status).toBe(200);
    expect(Buffer.from(await photo.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('serves a JPEG that is also an HTML page (it passes the magic-bytes check) as an image, inline, never as a page', async () => {
    const polyglot = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      Buffer.from('<html><body><script>alert(document.domain)</script></body></html>'),
    ]);
    const t = await api('POST', '/api/soignies/uploads', { body: { contentType: 'image/jpeg', size: polyglot.length } });
    await uploadWithTicket(t.body, polyglot, 'image/jpeg');
    const r = await api('POST', '/api/soignies/reports', { body: sampleReport({ photos: [t.body.key] }) });
    expect(r.status).toBe(201);
    for (const url of [r.body.report.photos[0], (await api('GET', `/api/soignies/reports/${r.body.report.code}`)).body.photos[0]]) {
      // The signed URL forces the answer's headers, whatever the object's metadata; the stored copy carries them too.
      const signed = new URL(url).searchParams;
      expect(signed.get('response-content-type')).toBe('image/jpeg');
      expect(signed.get('response-content-disposition')).toBe('inline; filename="1.jpg"');
      const photo = await fetch(url);
      expect(photo.status).toBe(200);
      expect(photo.headers.get('content-type')).toBe('image/jpeg');
      expect(photo.headers.get('content-disposition')).toBe('inline; filename="1.jpg"');
    }
  });

  it('refuses, on submit, a file that is not what it claims (the local S3 does not enforce POST policies)', async () => {
    const fake = Buffer.from('%PDF-1.7 not a photo at all');
    const t = await api('POST', '/api/soignies/uploads', { body: { contentType: 'image/jpeg', size: fake.length } });
    await uploadWithTicket(t.body, fake, 'image/jpeg');
    const r = await api('POST', '/api/soignies/reports', { body: sampleReport({ photos: [t.body.key] }) });
    expect(r.status).toBe(415);
    expect(r.body['invalid-params'][0].name).toBe('photos.0');
  });

  it('refuses, on submit, a file larger than the limit', async () => {
    const big = tinyJpeg(PHOTO_MAX_BYTES + 10);
    const t = await api('POST', '/api/soignies/uploads', { body: { contentType: 'image/jpeg', size: 1000 } });
    await uploadWithTicket(t.body, big, 'image/jpeg');
    const r = await api('POST', '/api/soignies/reports', { body: sampleReport({ photos: [t.body.key] }) });
    expect(r.status).toBe(413);
  });

  it('refuses a photo that was never uploaded', async () => {
    const t = await api('POST', '/api/soignies/uploads', { body: { contentType: 'image/png', size: 1000 } });
    const r = await api('POST', '/api/soignies/reports', { body: sampleReport({ photos: [t.body.key] }) });
    expect(r.status).toBe(422);
  });
});

describe('nearby reports', () => {
  it('suggests open reports of the same category within a few hundred metres, nearest first', async () => {
    const spot = { lat: 50.5712, lng: 4.0601 };
    const near = await api('POST', '/api/soignies/reports', {
      body: sampleReport({ location: { lat: spot.lat + 0.0003, lng: spot.lng } }),
    });
    const nearer = await api('POST', '/api/soignies/reports', {
      body: sampleReport({ location: { lat: spot.lat + 0.0001, lng: spot.lng } }),
    });
    await api('POST', '/api/soignies/reports', { body: sampleReport({ category: 'graffiti', answers: {}, location: spot }) });
    await api('POST', '/api/soignies/reports', { body: sampleReport({ location: { lat: spot.lat + 0.01, lng: spot.lng } }) });
    const r = await api('GET', `/api/soignies/reports/nearby?lat=${spot.lat}&lng=${spot.lng}&category=voirie`);
    expect(r.status).toBe(200);
    expect(r.body.reports.map((x: { code: string }) => x.code)).toEqual([nearer.body.code, near.body.code]);
    expect(r.body.reports[0].distanceMetres).toBeLessThan(20);
    expect(JSON.stringify(r.body)).not.toContain('citoyen@example.org');
  });
  it('refuses bad coordinates', async () => {
    const r = await api('GET', '/api/soignies/reports/nearby?lat=abc&lng=4');
    expect(r.status).toBe(400);
    expect(r.body['invalid-params'][0].name).toBe('lat');
  });
});
