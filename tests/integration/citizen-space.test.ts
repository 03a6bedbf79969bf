/**
 * The citizen space against the real stand-ins (docs/citizen-space.md): sign-up and sign-in with the e-mail code
 * read from the local outbox, tokens from cognito-local verified by the handlers as in the cloud, requests filed
 * signed in listed newest first and to their owner only, an older request attached with its tracking code and a
 * mailed code, bad input, and the sign-in routes' rate limit with the real values.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITIZEN_AUTH_HEADER, CITIZEN_CODE, CITIZEN_REFRESH_COOKIE, RATE_LIMIT_CLASSES } from '@tandem/shared';
import { LocalBus } from '../../infra/local/bus/local-bus.js';
import { closeServer, createLocalServer, listen } from '../../infra/local/server/http-server.js';
import { readOutbox } from '../../infra/local/server/outbox-page.js';
import { RateLimiter } from '../../infra/local/server/rate-limiter.js';
import { logger } from '../../infra/local/util/log.js';
import { localDataDir } from '../support/local-env.js';
import { api, auth, sampleReport } from './api-client.js';
import { occupationDetails, requester } from './permit-fixtures.js';

const C = '/api/soignies';
const outbox = () => readOutbox(join(localDataDir(), 'outbox'));
const newEmail = (who: string) => `${who}-${crypto.randomUUID().slice(0, 8)}@example.org`;

/** The code of the latest sign-in mail to this address. */
function codeMailedTo(email: string, kind = 'citizen-code'): string {
  const mails = outbox()
    .filter((m) => m.to === email && (m.tags as Record<string, string> | undefined)?.kind === kind)
    .sort((a, b) => String(a.sentAt).localeCompare(String(b.sentAt)) || a.id.localeCompare(b.id));
  const last = mails.at(-1);
  const code = /\b(\d{6,8})\b/.exec(last?.text ?? '')?.[1];
  if (!code) throw new Error(`no ${kind} mail to ${email}`);
  return code;
}

async function signUp(email: string): Promise<{ idToken: string; cookie: string }> {
  const start = await api('POST', `${C}/auth/citizen/start`, { body: { email } });
  expect(start.status).toBe(200);
  const verify = await api('POST', `${C}/auth/citizen/verify`, { body: { email, session: start.body.session, code: codeMailedTo(email) } });
  expect(verify.status, JSON.stringify(verify.body)).toBe(200);
  expect(verify.body.step).toBe('signed-in');
  return { idToken: verify.body.idToken, cookie: verify.cookies![0] };
}

const claims = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;

describe('citizen sign-in with an e-mail code', () => {
  it('signs a new address up, then in again, with the code from the outbox; the same answer for every address', async () => {
    const email = newEmail('anne');
    const first = await signUp(email);
    const c = claims(first.idToken);
    expect(c.email).toBe(email);
    expect(c.token_use).toBe('id');
    expect(first.cookie).toMatch(new RegExp(`^${CITIZEN_REFRESH_COOKIE}=.+; Path=/api/soignies/auth/citizen/; HttpOnly; SameSite=Strict`));

    // A known address and a new one get answers of the same shape.
    const known = await api('POST', `${C}/auth/citizen/start`, { body: { email } });
    const unknown = await api('POST', `${C}/auth/citizen/start`, { body: { email: newEmail('nobody') } });
    expect(Object.keys(known.body).sort()).toEqual(Object.keys(unknown.body).sort());
    expect([known.status, known.body.step]).toEqual([unknown.status, unknown.body.step]);

    const again = await api('POST', `${C}/auth/citizen/verify`, {
      body: { email, session: known.body.session, code: codeMailedTo(email) },
    });
    expect(again.status).toBe(200);
    expect(claims(again.body.idToken).sub).toBe(c.sub);
  });

  it('refreshes from the cookie (with the citizen header) and no more after sign-out', async () => {
    const { cookie } = await signUp(newEmail('bea'));
    const value = cookie.split(';')[0];
    const noHeader = await api('POST', `${C}/auth/citizen/refresh`, { headers: { cookie: value } });
    expect(noHeader.status).toBe(403);
    const refreshed = await api('POST', `${C}/auth/citizen/refresh`, { headers: { cookie: value, [CITIZEN_AUTH_HEADER]: '1' } });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.step).toBe('signed-in');
    const out = await api('POST', `${C}/auth/citizen/sign-out`, { headers: { cookie: value, [CITIZEN_AUTH_HEADER]: '1' } });
    expect(out.status).toBe(204);
    expect(out.cookies![0]).toContain('Max-Age=0');
    expect((await api('POST', `${C}/auth/citizen/refresh`, { headers: { cookie: value, [CITIZEN_AUTH_HEADER]: '1' } })).status).toBe(401);
  });

  it('refuses a wrong code (400 naming code), spends the sign-in after the last allowed wrong code, then even the right one', async () => {
    const email = newEmail('carl');
    const start = await api('POST', `${C}/auth/citizen/start`, { body: { email } });
    const code = codeMailedTo(email);
    const wrong = code === '00000000' ? '11111111' : '00000000';
    for (let i = 1; i < CITIZEN_CODE.maxAttempts; i++) {
      const r = await api('POST', `${C}/auth/citizen/verify`, { body: { email, session: start.body.session, code: wrong } });
      expect(r.status).toBe(400);
      expect(r.body['invalid-params'][0].name).toBe('code');
    }
    expect((await api('POST', `${C}/auth/citizen/verify`, { body: { email, session: start.body.session, code: wrong } })).status).toBe(401);
    expect((await api('POST', `${C}/auth/citizen/verify`, { body: { email, session: start.body.session, code } })).status).toBe(401);
  });

  it('refuses a session given with another address', async () => {
    const email = newEmail('dora');
    const start = await api('POST', `${C}/auth/citizen/start`, { body: { email } });
    const r = await api('POST', `${C}/auth/citizen/verify`, {
      body: { email: newEmail('eve'), session: start.body.session, code: codeMailedTo(email) },
    });
    expect(r.status).toBe(401);
  });

  it('answers bad input with 4xx problems naming the fields', async () => {
    const noEmail = await api('POST', `${C}/auth/citizen/start`, { body: { email: 'not-an-address' } });
    expect(noEmail.status).toBe(422);
    expect(noEmail.headers['content-type']).toBe('application/problem+json');
    expect(noEmail.body['invalid-params'].map((p: { name: string }) => p.name)).toContain('email');
    const badCode = await api('POST', `${C}/auth/citizen/verify`, {
      body: { email: 'a@example.org', session: 'x'.repeat(43), code: 'abc' },
    });
    expect(badCode.status).toBe(422);
    expect(badCode.body['invalid-params'].map((p: { name: string }) => p.name)).toContain('code');
  });
});

describe('my space', () => {
  let anne: { idToken: string; email: string };
  let bob: { idToken: string; email: string };
  beforeAll(async () => {
    const a = newEmail('anne');
    const b = newEmail('bob');
    anne = { idToken: (await signUp(a)).idToken, email: a };
    bob = { idToken: (await signUp(b)).idToken, email: b };
  });

  it('lists a report and a permit request filed signed in, newest first, to their owner only; anonymous reports stay possible', async () => {
    const report = await api('POST', `${C}/reports`, { headers: auth(anne.idToken), body: sampleReport({ email: anne.email }) });
    expect(report.status).toBe(201);
    await new Promise((r) => setTimeout(r, 5)); // two distinct instants
    const permit = await api('POST', `${C}/permits`, {
      headers: auth(anne.idToken),
      body: { kind: 'occupation', details: occupationDetails(), requester: requester({ email: anne.email }), submit: false },
    });
    expect(permit.status).toBe(201);
    const anonymous = await api('POST', `${C}/reports`, { body: sampleReport() });
    expect(anonymous.status).toBe(201);

    const mine = await api('GET', `${C}/me/requests`, { headers: auth(anne.idToken) });
    expect(mine.status).toBe(200);
    expect(mine.headers['cache-control']).toBe('no-store');
    expect(mine.body.email).toBe(anne.email);
    expect(mine.body.items.map((i: { code: string }) => i.code)).toEqual([permit.body.code, report.body.code]);
    expect(mine.body.items[0]).toMatchObject({
      kind: 'permit',
      state: 'draft',
      expected: 'complete-draft',
      url: `/soignies/demandes/suivi/${permit.body.code}/`,
    });
    expect(mine.body.items[1]).toMatchObject({
      kind: 'report',
      state: 'new',
      expected: 'nothing',
      url: `/soignies/suivi/${report.body.code}/`,
    });

    const theirs = await api('GET', `${C}/me/requests`, { headers: auth(bob.idToken) });
    expect(theirs.body.items).toEqual([]);
  });

  it('refuses a missing, forged or staff token, and a report filed with a bad token', async () => {
    expect((await api('GET', `${C}/me/requests`)).status).toBe(401);
    const forged = `${anne.idToken.split('.').slice(0, 2).join('.')}.AAAA`;
    expect((await api('GET', `${C}/me/requests`, { headers: auth(forged) })).status).toBe(401);
    expect((await api('POST', `${C}/reports`, { headers: auth(forged), body: sampleReport() })).status).toBe(401);
    // A citizen token of another commune.
    expect((await api('GET', '/api/braine-le-comte/me/requests', { headers: auth(anne.idToken) })).status).toBe(403);
  });

  it('attaches an older request with its tracking code and the mailed code, idempotently; never one filed with another address', async () => {
    const older = await api('POST', `${C}/reports`, { body: sampleReport({ email: bob.email }) });
    expect(older.status).toBe(201);
    const code = older.body.code as string;

    // Anne asks: the same answer, but nothing is mailed and no code works.
    const hers = await api('POST', `${C}/me/attach`, { headers: auth(anne.idToken), body: { code } });
    expect(hers.status).toBe(200);
    expect(outbox().some((m) => m.to === anne.email && (m.tags as Record<string, string> | undefined)?.kind === 'citizen-attach')).toBe(
      false,
    );
    const guess = await api('POST', `${C}/me/attach/confirm`, {
      headers: auth(anne.idToken),
      body: { session: hers.body.session, code: '123456' },
    });
    expect(guess.status).toBe(400);

    // Bob, whose address it was filed with, gets a code and attaches it (written in lower case: normalised).
    const his = await api('POST', `${C}/me/attach`, { headers: auth(bob.idToken), body: { code: code.toLowerCase() } });
    expect(Object.keys(his.body).sort()).toEqual(Object.keys(hers.body).sort());
    const mailed = codeMailedTo(bob.email, 'citizen-attach');
    const done = await api('POST', `${C}/me/attach/confirm`, {
      headers: auth(bob.idToken),
      body: { session: his.body.session, code: mailed },
    });
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ kind: 'report', code });
    // Once used, the handle is spent; attaching again goes through a new code and changes nothing.
    expect(
      (await api('POST', `${C}/me/attach/confirm`, { headers: auth(bob.idToken), body: { session: his.body.session, code: mailed } }))
        .status,
    ).toBe(401);
    const again = await api('POST', `${C}/me/attach`, { headers: auth(bob.idToken), body: { code } });
    await api('POST', `${C}/me/attach/confirm`, {
      headers: auth(bob.idToken),
      body: { session: again.body.session, code: codeMailedTo(bob.email, 'citizen-attach') },
    });
    const list = await api('GET', `${C}/me/requests`, { headers: auth(bob.idToken) });
    expect(list.body.items.map((i: { code: string }) => i.code)).toEqual([code]);
    expect(
      (await api('GET', `${C}/me/requests`, { headers: auth(anne.idToken) })).body.items.map((i: { code: string }) => i.code),
    ).not.toContain(code);
  });

  it('refuses a bad tracking code, a malformed code and a foreign cursor with 4xx problems', async () => {
    const bad = await api('POST', `${C}/me/attach`, { headers: auth(anne.idToken), body: { code: 'nope' } });
    expect(bad.status).toBe(422);
    expect(bad.body['invalid-params'][0].name).toBe('code');
    const malformed = await api('POST', `${C}/me/attach/confirm`, {
      headers: auth(anne.idToken),
      body: { session: 'x'.repeat(43), code: '12' },
    });
    expect(malformed.status).toBe(422);
    const cursor = Buffer.from(JSON.stringify({ pk: 'C#soignies#CITIZEN#someone-else', sk: 'REQ#x' })).toString('base64url');
    expect((await api('GET', `${C}/me/requests?cursor=${cursor}`, { headers: auth(anne.idToken) })).status).toBe(400);
  });
});

/** POST from a chosen loopback address (Linux routes all of 127.0.0.0/8 to the loopback interface). */
function post(url: string, path: string, from: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}${path}`,
      { method: 'POST', localAddress: from, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the citizen sign-in’s rate limit (real values)', () => {
  let dir: string;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-citizen-limits-'));
    const quiet = logger('test', true);
    const bus = new LocalBus({ busName: 'tandem', deadLetterDir: join(dir, 'dlq'), log: quiet, invoke: async () => undefined });
    const rateLimiter = new RateLimiter({ communes: ['soignies', 'braine-le-comte'], now: () => Date.parse('2026-12-01T10:00:00Z') });
    server = createLocalServer({ webDist: dir, outboxDir: join(dir, 'outbox'), bus, log: quiet, rateLimiter });
    url = (await listen(server, 0, '127.0.0.1')).replace('localhost', '127.0.0.1');
  });
  afterAll(async () => {
    await closeServer(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 429 past the class limit for codes and attachments together, per client address', async () => {
    const { perClient } = RATE_LIMIT_CLASSES['citizen-sign-in'];
    // Refused bodies (422) are counted all the same, as WAF counts every request.
    for (let i = 0; i < perClient.limit; i++) {
      const path = i % 2 ? '/api/soignies/me/attach' : '/api/soignies/auth/citizen/start';
      expect([401, 422]).toContain(await post(url, path, '127.0.0.3', '{}'));
    }
    expect(await post(url, '/api/soignies/auth/citizen/verify', '127.0.0.3', '{}')).toBe(429);
    expect(await post(url, '/api/soignies/auth/citizen/start', '127.0.0.4', '{}')).toBe(422);
  });
});
