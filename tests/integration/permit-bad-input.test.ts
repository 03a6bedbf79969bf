/** A permit request that breaks the rules gets a 4xx problem naming each field, never a 500, and nothing is stored. */
import { describe, expect, it } from 'vitest';
import { DOCUMENT_MAX_BYTES, addDays, bucketKeys } from '@tandem/shared';
import { api } from './api-client.js';
import { eventDetails, occupationDetails, requester, tinyPdf, today, uploadDocument } from './permit-fixtures.js';

const C = '/api/soignies';
const post = (body: unknown) => api('POST', `${C}/permits`, { body });
const names = (r: { body: { 'invalid-params'?: { name: string }[] } }) => (r.body['invalid-params'] ?? []).map((p) => p.name);

describe('permit requests that break the rules', () => {
  it('dates in the past, end before start and reversed hours', async () => {
    const past = await post({
      kind: 'occupation',
      details: occupationDetails({ period: { start: addDays(today(), -3), end: addDays(today(), -1) } }),
      requester: requester(),
    });
    expect(past.status).toBe(422);
    expect(past.headers['content-type']).toBe('application/problem+json');
    expect(names(past)).toContain('details.period.start');
    const start = addDays(today(), 30);
    const reversed = await post({
      kind: 'occupation',
      details: occupationDetails({ period: { start, end: addDays(start, -2) } }),
      requester: requester(),
    });
    expect(names(reversed)).toEqual(['details.period.end']);
    const hours = await post({
      kind: 'occupation',
      details: occupationDetails({ period: { start, end: start, startTime: '18:00', endTime: '08:00' } }),
      requester: requester(),
    });
    expect(names(hours)).toEqual(['details.period.endTime']);
  });

  it('a lead time too short, with the earliest possible date', async () => {
    const insurance = await uploadDocument(tinyPdf());
    const soon = addDays(today(), 10);
    const r = await post({
      kind: 'event',
      details: eventDetails(insurance, { period: { start: soon, end: soon } }),
      requester: requester(),
    });
    expect(r.status).toBe(422);
    expect(r.body.issues).toEqual([
      expect.objectContaining({
        name: 'details.period.start',
        code: 'too_soon',
        params: expect.objectContaining({ earliest: addDays(today(), 30), days: 30 }),
      }),
    ]);
    // A large event needs 60 days and a site plan.
    const large = await post({ kind: 'event', details: eventDetails(insurance, { attendance: 5000 }), requester: requester() });
    expect(large.body.issues.map((i: { code: string }) => i.code).sort()).toEqual(['document_missing', 'too_soon']);
    expect(names(large)).toContain('details.attachments.plan');
  });

  it('a place outside the commune, and a missing insurance certificate', async () => {
    const outside = await post({
      kind: 'occupation',
      details: occupationDetails({
        place: { label: 'Grand-Place, Bruxelles', geometry: { type: 'Point', coordinates: [4.3525, 50.8467] } },
      }),
      requester: requester(),
    });
    expect(names(outside)).toEqual(['details.place.geometry']);
    const noInsurance = await post({ kind: 'event', details: { ...eventDetails('x'), attachments: [] }, requester: requester() });
    expect(names(noInsurance)).toEqual(['details.attachments.insurance']);
  });

  it('malformed shapes: unknown kind, details of another kind, an open polygon, a bad e-mail', async () => {
    expect((await post({ kind: 'parade', details: {}, requester: requester() })).status).toBe(422);
    const mixed = await post({ kind: 'event', details: occupationDetails(), requester: requester() });
    expect(mixed.status).toBe(422);
    expect(names(mixed)).toContain('details.title');
    const open = await post({
      kind: 'occupation',
      details: occupationDetails({
        place: {
          label: 'Rue X',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [4.07, 50.57],
                [4.08, 50.57],
                [4.08, 50.58],
                [4.07, 50.59],
              ],
            ],
          },
        },
      }),
      requester: requester(),
    });
    expect(names(open)).toEqual(['details.place.geometry.coordinates']);
    const mail = await post({ kind: 'occupation', details: occupationDetails(), requester: requester({ email: 'not-an-address' }) });
    expect(names(mail)).toEqual(['requester.email']);
  });

  it('documents: too large (413), not what they claim (415, and nothing is stored), unknown (422)', async () => {
    const big = await api('POST', `${C}/uploads`, {
      body: { purpose: 'document', contentType: 'application/pdf', size: DOCUMENT_MAX_BYTES + 1 },
    });
    expect(big.status).toBe(413);
    const exe = await api('POST', `${C}/uploads`, { body: { purpose: 'document', contentType: 'application/x-msdownload', size: 100 } });
    expect(exe.status).toBe(415);
    // A "PDF" that is really text: the upload goes through (the local S3 does not enforce policies) but the submit refuses it.
    const fake = await uploadDocument(Buffer.from('this is not a pdf at all, just some text'.repeat(10)));
    const details = { ...occupationDetails(), attachments: [{ type: 'other', key: fake, name: 'plan.pdf' }] };
    const r = await post({ kind: 'occupation', details, requester: requester() });
    expect(r.status).toBe(415);
    expect(names(r)).toEqual(['details.attachments.0']);
    const unknown = await post({
      kind: 'occupation',
      details: {
        ...occupationDetails(),
        attachments: [{ type: 'other', key: bucketKeys.upload('braine-le-comte', '2026-01-01', 'x', 'pdf'), name: 'x.pdf' }],
      },
      requester: requester(),
    });
    expect(unknown.status).toBe(422);
  });

  it('a document key is only one the upload step issued for this commune, or one this request keeps: no dot segment', async () => {
    const uuid = crypto.randomUUID();
    const forged = [
      `uploads/soignies/../braine-le-comte/2026-01-01/${uuid}.pdf`,
      `uploads/soignies/2026-01-01/../../braine-le-comte/2026-01-01/${uuid}.pdf`,
      `permits/soignies/ABCD-1234/attachment-../../../braine-le-comte/EFGH-5678/attachment-a1b2c3d4.pdf`,
      `permits/soignies/ABCD-1234/autorisation.pdf`,
      `reports/soignies/ABCD-1234/1.jpg`,
    ];
    for (const key of forged) {
      const r = await post({
        kind: 'occupation',
        details: { ...occupationDetails(), attachments: [{ type: 'other', key, name: 'x.pdf' }] },
        requester: requester(),
      });
      expect(r.status, key).toBe(422);
      expect(names(r), key).toEqual(['details.attachments.0.key']);
    }
    // Well-formed, but not this request's: another commune's upload, another request's kept document.
    const elsewhere = await uploadDocument(tinyPdf(), 'application/pdf', 'braine-le-comte');
    const first = await post({
      kind: 'occupation',
      details: { ...occupationDetails(), attachments: [{ type: 'other', key: await uploadDocument(tinyPdf()), name: 'plan.pdf' }] },
      requester: requester(),
    });
    expect(first.status).toBe(201);
    const kept = (await api('GET', `${C}/permits/${first.body.code}`, { headers: { 'x-permit-key': first.body.key } })).body.details
      .attachments[0].key;
    expect(bucketKeys.isPermitAttachment('soignies', first.body.code, kept)).toBe(true);
    for (const key of [elsewhere, kept]) {
      const r = await post({
        kind: 'occupation',
        details: { ...occupationDetails(), attachments: [{ type: 'other', key, name: 'x.pdf' }] },
        requester: requester(),
      });
      expect(r.status, key).toBe(422);
      expect(names(r), key).toEqual(['details.attachments.0']);
    }
  });

  it('staff moves that make no sense are refused, and another commune’s code is unknown', async () => {
    const r = await post({ kind: 'occupation', details: occupationDetails(), requester: requester() });
    expect((await api('GET', `/api/braine-le-comte/permits/${r.body.code}`)).status).toBe(404);
    expect((await api('GET', `${C}/permits/not-a-code`)).status).toBe(404);
    expect((await api('POST', `${C}/staff/permits/${r.body.code}/transitions`, { body: { to: 'issued', version: 1 } })).status).toBe(401);
  });
});
