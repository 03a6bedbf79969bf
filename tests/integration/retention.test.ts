/**
 * Retention: the daily job erases the requester's personal data of requests closed longer ago than the
 * commune's retention (Soignies: 12 months), and of nothing else. The handlers' clock is set (no sleeping,
 * nothing depends on today's date or the machine's zone): requests are filed and closed in 2024, the job runs
 * on 10 February 2025. Closed 13 months before: erased; 11 months before: kept; open (or reopened): kept.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clockFrom, setClock } from '../../functions/src/lib/clock.js';
import { invokeHandler } from '../../infra/local/handlers/load-handler.js';
import { api, auth, sampleReport, signIn } from './api-client.js';
import { demoPassword } from '../support/local-env.js';
import { occupationDetails, requester } from './permit-fixtures.js';

const C = '/api/soignies';
const THIRTEEN_MONTHS_BEFORE = '2024-01-10T10:00:00+01:00';
const ELEVEN_MONTHS_BEFORE = '2024-03-10T10:00:00+01:00';
const RUN = '2025-02-10T06:00:00+01:00';

let agent = '';
beforeAll(async () => {
  agent = await signIn('soignies', 'agent@soignies.example', demoPassword());
});
afterEach(() => setClock());

async function fileReport(at: string, name: string) {
  setClock(clockFrom(at));
  const r = await api('POST', `${C}/reports`, { body: sampleReport({ name, email: `${name.toLowerCase()}@example.org` }) });
  expect(r.status).toBe(201);
  return r.body.code as string;
}

async function move(code: string, to: string, at: string) {
  setClock(clockFrom(at));
  const current = await api('GET', `${C}/staff/reports/${code}`, { headers: auth(agent) });
  const r = await api('POST', `${C}/staff/reports/${code}/transitions`, {
    headers: auth(agent),
    body: { to, version: current.body.version, message: 'Réparé par le service des travaux' },
  });
  expect(r.status).toBe(200);
}

const staffReport = async (code: string) => (await api('GET', `${C}/staff/reports/${code}`, { headers: auth(agent) })).body;
const runJob = async () => {
  setClock(clockFrom(RUN));
  return (await invokeHandler('privacy/erase-expired-personal-data', {})) as { erased: number; skipped: number; unfinished: number };
};

describe('the retention job', () => {
  it('erases the personal data of requests closed 13 months ago, keeps those closed 11 months ago and open ones', async () => {
    const old = await fileReport(THIRTEEN_MONTHS_BEFORE, 'Ancien');
    await move(old, 'fixed', THIRTEEN_MONTHS_BEFORE);
    const recent = await fileReport(ELEVEN_MONTHS_BEFORE, 'Recent');
    await move(recent, 'closed', ELEVEN_MONTHS_BEFORE);
    const open = await fileReport(THIRTEEN_MONTHS_BEFORE, 'Ouvert');
    const reopened = await fileReport(THIRTEEN_MONTHS_BEFORE, 'Rouvert');
    await move(reopened, 'fixed', THIRTEEN_MONTHS_BEFORE);
    await move(reopened, 'acknowledged', '2024-01-11T10:00:00+01:00');

    // Erased on request while open, then closed: the job leaves the first erasure's date and reason.
    const askedFirst = await fileReport(THIRTEEN_MONTHS_BEFORE, 'Demande');
    const asked = await api('POST', `${C}/privacy/erasure`, { body: { code: askedFirst, email: 'demande@example.org' } });
    expect(asked.status).toBe(200);
    await move(askedFirst, 'closed', THIRTEEN_MONTHS_BEFORE);

    // A permit withdrawn by its requester 13 months before.
    setClock(clockFrom(THIRTEEN_MONTHS_BEFORE));
    const p = await api('POST', `${C}/permits`, {
      body: { kind: 'occupation', details: occupationDetails(), requester: requester({ name: 'Paul Permis' }) },
    });
    expect(p.status).toBe(201);
    const w = await api('POST', `${C}/permits/${p.body.code}/withdraw`, {
      headers: { 'x-permit-key': p.body.key },
      body: { version: 1, message: 'Je n’en ai plus besoin' },
    });
    expect(w.status).toBe(200);

    const first = await runJob();
    expect(first.erased).toBeGreaterThanOrEqual(2);
    expect(first.unfinished).toBe(0);

    const erased = await staffReport(old);
    expect(erased.email).toBeUndefined();
    expect(erased.name).toBeUndefined();
    expect(erased.personalDataErased).toEqual({ at: expect.stringMatching(/^2025-02-10T/), onRequest: false });
    // What the public saw stays: the description, the state and its public message.
    expect(erased.description).toBe(sampleReport().description);
    const pub = await api('GET', `${C}/reports/${old}`);
    expect(pub.status).toBe(200);
    expect(pub.body.state).toBe('fixed');
    expect(pub.body.timeline.map((t: { message?: string }) => t.message)).toContain('Réparé par le service des travaux');

    for (const [code, name] of [
      [recent, 'Recent'],
      [open, 'Ouvert'],
      [reopened, 'Rouvert'],
    ]) {
      const kept = await staffReport(code);
      expect(kept.name).toBe(name);
      expect(kept.email).toBe(`${name.toLowerCase()}@example.org`);
      expect(kept.personalDataErased).toBeUndefined();
    }

    expect((await staffReport(askedFirst)).personalDataErased).toEqual({ at: asked.body.erasedAt, onRequest: true });
    expect(asked.body.erasedAt).toMatch(/^2024-01-10T/);

    const permit = (await api('GET', `${C}/staff/permits/${p.body.code}`, { headers: auth(agent) })).body;
    expect(permit.personalDataErased?.onRequest).toBe(false);
    expect(JSON.stringify(permit.requester)).not.toMatch(/Paul|@example|\+32/);
    // The private key went with the data: it opens nothing any more; the public page still shows the request.
    expect((await api('GET', `${C}/permits/${p.body.code}`, { headers: { 'x-permit-key': p.body.key } })).status).not.toBe(200);
    expect((await api('GET', `${C}/permits/${p.body.code}`)).body.state).toBe('withdrawn');

    // Done is done: a second run finds nothing of these to erase, and changes nothing.
    const second = await runJob();
    expect(second.erased).toBe(0);
    expect((await staffReport(old)).personalDataErased).toEqual(erased.personalDataErased);
  });
});
