/**
 * The staff calendar's permits (GET staff/permits?from&to): the requests whose days meet the period, being handled or
 * issued or running, that the person may see, soonest first day first; a request that ended, was cancelled or lies
 * outside the period is not there; a department not involved does not see it; bad periods are 400s naming the field.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@tandem/shared';
import { api, auth, signIn } from './api-client.js';
import { demoPassword } from '../support/local-env.js';
import { occupationDetails, requester, today } from './permit-fixtures.js';

const C = '/api/soignies';
let works = '';
let events = '';
let admin = '';
let worker = '';

async function occupation(start: string, end: string): Promise<string> {
  const r = await api('POST', `${C}/permits`, {
    body: { kind: 'occupation', details: occupationDetails({ period: { start, end } }), requester: requester() },
  });
  expect(r.status).toBe(201);
  return r.body.code;
}

const calendar = async (token: string, from: string, to: string, extra = '') => {
  const r = await api('GET', `${C}/staff/permits?from=${from}&to=${to}&limit=100${extra}`, { headers: auth(token) });
  expect(r.status).toBe(200);
  return r.body as { items: { code: string; state: string; period: { start: string; end: string } }[] };
};
const codes = (a: { items: { code: string }[] }) => a.items.map((p) => p.code);
const fields = (r: { body: { 'invalid-params'?: { name: string }[] } }) => (r.body['invalid-params'] ?? []).map((p) => p.name);

beforeAll(async () => {
  const pw = demoPassword();
  [works, events, admin, worker] = await Promise.all(
    ['agent', 'evenements', 'admin', 'ouvrier'].map((u) => signIn('soignies', `${u}@soignies.example`, pw)),
  );
});

describe('permits on the staff calendar (from & to)', () => {
  it('lists the requests whose days meet the period, soonest first, to whom may see them', async () => {
    const t = today();
    const early = await occupation(addDays(t, 25), addDays(t, 27));
    // Starts before the period and runs into it.
    const spanning = await occupation(addDays(t, 22), addDays(t, 31));
    const later = await occupation(addDays(t, 60), addDays(t, 61));
    const cancelled = await occupation(addDays(t, 26), addDays(t, 26));
    const c = await api('POST', `${C}/staff/permits/${cancelled}/transitions`, {
      headers: auth(works),
      body: { to: 'cancelled', version: 1, message: 'Demande annulée à la demande du requérant.', publicPage: false },
    });
    expect(c.status).toBe(200);

    const from = addDays(t, 28);
    const to = addDays(t, 41);
    const mine = codes(await calendar(works, addDays(t, 26), to));
    expect(mine).toEqual(expect.arrayContaining([early, spanning]));
    expect(mine).not.toContain(later);
    expect(mine).not.toContain(cancelled);
    // Soonest first day first.
    expect(mine.indexOf(spanning)).toBeLessThan(mine.indexOf(early));

    // After the early one has ended, only the spanning one still meets the period.
    const afterEarly = codes(await calendar(works, from, to));
    expect(afterEarly).toContain(spanning);
    expect(afterEarly).not.toContain(early);

    // A state narrows it; an admin sees everything; a department not involved sees nothing of it.
    expect(codes(await calendar(works, addDays(t, 26), to, '&state=submitted'))).toEqual(expect.arrayContaining([early, spanning]));
    expect(codes(await calendar(works, addDays(t, 26), to, '&state=active'))).not.toContain(early);
    expect(codes(await calendar(admin, addDays(t, 26), to))).toEqual(expect.arrayContaining([early, spanning]));
    expect(codes(await calendar(events, addDays(t, 26), to))).not.toContain(early);
    const a = await calendar(works, addDays(t, 26), to);
    expect(a.items.find((p) => p.code === early)?.period).toMatchObject({ start: addDays(t, 25), end: addDays(t, 27) });
  });

  it('refuses a period without its other end, backwards or too long, naming the field; a worker gets 403', async () => {
    const get = (q: string, token = works) => api('GET', `${C}/staff/permits?${q}`, { headers: auth(token) });
    const alone = await get('from=2026-03-01');
    expect(alone.status).toBe(400);
    expect(alone.headers['content-type']).toContain('application/problem+json');
    expect(fields(alone)).toEqual(['to']);
    expect(fields(await get('from=2026-03-10&to=2026-03-01'))).toEqual(['to']);
    expect(fields(await get('from=2026-03-01&to=2026-05-02'))).toEqual(['to']);
    expect((await get('from=2026-03-01&to=2026-05-01')).status).toBe(200);
    expect(fields(await get('from=2026-02-30&to=2026-03-01'))).toEqual(['from']);
    expect((await get('from=2026-03-01&to=2026-03-31', worker)).status).toBe(403);
  });
});
