/**
 * A person's copy and erasure of their data, with the tracking code and the e-mail address they gave: the copy
 * holds their data; a wrong address gets the very answer an unknown code gets; erasure erases their contact
 * fields and their own words, keeps the public timeline, shows on the staff view, and may be asked twice.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ERASED_TEXT, PersonalDataCopy, keys } from '@tandem/shared';
import { ddb, env } from '../../functions/src/lib/aws.js';
import { addressHash } from '../../functions/src/notify/mail-address.js';
import { api, auth, sampleReport, signIn } from './api-client.js';
import { demoPassword, eventually } from '../support/local-env.js';
import { occupationDetails, requester, tinyPdf, uploadDocument } from './permit-fixtures.js';

const C = '/api/soignies';
let agent = '';
beforeAll(async () => {
  agent = await signIn('soignies', 'agent@soignies.example', demoPassword());
});

const ask = (what: 'copy' | 'erasure', body: unknown) => api('POST', `${C}/privacy/${what}`, { body });

async function report() {
  const email = `jeanne-${crypto.randomUUID()}@example.org`;
  const r = await api('POST', `${C}/reports`, { body: sampleReport({ email, name: 'Jeanne Citoyenne' }) });
  expect(r.status).toBe(201);
  const code = r.body.code as string;
  const s = await api('GET', `${C}/staff/reports/${code}`, { headers: auth(agent) });
  const t = await api('POST', `${C}/staff/reports/${code}/transitions`, {
    headers: auth(agent),
    body: { to: 'planned', version: s.body.version, message: 'Réparation prévue la semaine prochaine' },
  });
  expect(t.status).toBe(200);
  return { code, email };
}

describe('a copy of my data', () => {
  it('holds the personal fields, my words and the public timeline, with the right code and address only', async () => {
    const { code, email } = await report();
    const copy = await ask('copy', { code: code.toLowerCase(), email: `  ${email.toUpperCase()} ` });
    expect(copy.status).toBe(200);
    expect(copy.headers['cache-control']).toBe('no-store');
    expect(PersonalDataCopy.safeParse(copy.body).success).toBe(true);
    expect(copy.body).toMatchObject({ kind: 'report', code, personal: { name: 'Jeanne Citoyenne', email }, retentionMonths: 12 });
    expect(copy.body.ownWords).toContainEqual(expect.objectContaining({ field: 'description', text: sampleReport().description }));
    expect(copy.body.timeline.map((t: { message?: string }) => t.message)).toContain('Réparation prévue la semaine prochaine');

    const wrongEmail = await ask('copy', { code, email: 'someone-else@example.org' });
    const unknownCode = await ask('copy', { code: 'ZZZZ-ZZZZ', email });
    expect(wrongEmail.status).toBe(404);
    expect(wrongEmail.headers['content-type']).toContain('application/problem+json');
    expect(unknownCode.status).toBe(404);
    expect(wrongEmail.body).toEqual(unknownCode.body);
    expect(JSON.stringify(wrongEmail.body)).not.toContain('Jeanne');
  });

  it('names the failing fields of a malformed request', async () => {
    const r = await ask('copy', { code: 'ABCD-1234' });
    expect(r.status).toBe(422);
    expect(r.body['invalid-params'].map((p: { name: string }) => p.name)).toContain('email');
  });

  it('works for a permit: the requester, their words and the attachments’ names', async () => {
    const q = requester({ name: 'Paul Permis' });
    const p = await api('POST', `${C}/permits`, { body: { kind: 'occupation', details: occupationDetails(), requester: q } });
    expect(p.status).toBe(201);
    const copy = await ask('copy', { code: p.body.code, email: q.email });
    expect(copy.status).toBe(200);
    expect(copy.body).toMatchObject({ kind: 'permit', personal: { name: 'Paul Permis', email: q.email, phone: q.phone } });
    expect(copy.body.ownWords).toContainEqual(expect.objectContaining({ field: 'description', text: 'Vidange de grenier' }));
  });
});

describe('erasure on request', () => {
  it('erases the report’s personal data and my words, keeps the public page, and answers the same when asked again', async () => {
    const { code, email } = await report();
    expect((await ask('erasure', { code, email: 'someone-else@example.org' })).status).toBe(404);
    // Filing with an address left its confirmation record (keyed by a hash of the address): it goes with the address.
    const addressRecord = () =>
      ddb().send(
        new GetCommand({ TableName: env().tableName, Key: keys.mailAddressRequest('soignies', addressHash(email), 'report', code) }),
      );
    // …and the move to « planned » holds its public message there (notify-reporter, from the bus): erased before that
    // delivery, the record would be written again by it after the erasure.
    await eventually(async () => (await addressRecord()).Item?.heldTimelineId, 15_000, 'the address record with the planned move held');

    const first = await ask('erasure', { code, email });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ code, alreadyErased: false });

    const staff = (await api('GET', `${C}/staff/reports/${code}`, { headers: auth(agent) })).body;
    expect(staff.email).toBeUndefined();
    expect(staff.name).toBeUndefined();
    expect(staff.description).toBe(ERASED_TEXT);
    expect(staff.personalDataErased).toEqual({ at: first.body.erasedAt, onRequest: true });
    expect((await addressRecord()).Item).toBeUndefined();

    // The public tracking page still works, with its public timeline.
    const pub = await api('GET', `${C}/reports/${code}`);
    expect(pub.status).toBe(200);
    expect(pub.body.state).toBe('planned');
    expect(pub.body.timeline.map((t: { message?: string }) => t.message)).toContain('Réparation prévue la semaine prochaine');

    const again = await ask('erasure', { code, email });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ code, erasedAt: first.body.erasedAt, alreadyErased: true });
    // Nothing personal is left to copy.
    expect((await ask('copy', { code, email })).status).toBe(404);
  });

  it('erases a permit’s requester, the messages they wrote and their documents, and keeps its public page', async () => {
    const q = requester({ name: 'Paul Permis' });
    const plan = await uploadDocument(tinyPdf());
    const details = occupationDetails({ attachments: [{ type: 'plan', key: plan, name: 'plan-maison-dupont.pdf' }] });
    const p = await api('POST', `${C}/permits`, { body: { kind: 'occupation', details, requester: q } });
    expect(p.status).toBe(201);
    const before = (await api('GET', `${C}/staff/permits/${p.body.code}`, { headers: auth(agent) })).body;
    const fileUrl = before.attachments[0].url as string;
    expect((await fetch(fileUrl)).status).toBe(200);
    const w = await api('POST', `${C}/permits/${p.body.code}/withdraw`, {
      headers: { 'x-permit-key': p.body.key },
      body: { version: 1, message: 'Mon voisin Jacques a changé d’avis' },
    });
    expect(w.status).toBe(200);

    const done = await ask('erasure', { code: p.body.code, email: q.email });
    expect(done.status).toBe(200);
    const staff = (await api('GET', `${C}/staff/permits/${p.body.code}`, { headers: auth(agent) })).body;
    expect(staff.personalDataErased).toEqual({ at: done.body.erasedAt, onRequest: true });
    const text = JSON.stringify(staff);
    for (const gone of ['Paul Permis', q.email, q.phone, 'Jacques', 'Vidange de grenier', 'plan-maison-dupont'])
      expect(text).not.toContain(gone);
    expect(staff.attachments).toEqual([]);
    // The file itself is gone from the bucket, not only its link.
    expect((await fetch(fileUrl)).status).toBe(404);
    expect(text).toContain(ERASED_TEXT);
    const pub = await api('GET', `${C}/permits/${p.body.code}`);
    expect(pub.status).toBe(200);
    expect(pub.body.state).toBe('withdrawn');
  });
});
