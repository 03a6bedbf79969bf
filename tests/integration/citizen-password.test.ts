/**
 * The citizen's optional password against the real stand-ins (docs/citizen-space.md): set in « Mon espace » on the
 * cookie's account, signing in with it (the local implementation checks its scrypt hash, then cognito-local issues
 * the tokens), one 401 for a wrong password and an unknown address, changed only with the current one, and the
 * e-mail code still signing the same account in.
 */
import { describe, expect, it } from 'vitest';
import { CITIZEN_AUTH_HEADER, CITIZEN_REFRESH_COOKIE } from '@tandem/shared';
import { join } from 'node:path';
import { readOutbox } from '../../infra/local/server/outbox-page.js';
import { localDataDir } from '../support/local-env.js';
import { api } from './api-client.js';

const C = '/api/soignies';
const newEmail = (who: string) => `${who}-${crypto.randomUUID().slice(0, 8)}@example.org`;
const claims = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;

function codeMailedTo(email: string): string {
  const last = readOutbox(join(localDataDir(), 'outbox'))
    .filter((m) => m.to === email && (m.tags as Record<string, string> | undefined)?.kind === 'citizen-code')
    .sort((a, b) => String(a.sentAt).localeCompare(String(b.sentAt)) || a.id.localeCompare(b.id))
    .at(-1);
  const code = /\b(\d{6,8})\b/.exec(last?.text ?? '')?.[1];
  if (!code) throw new Error(`no code mailed to ${email}`);
  return code;
}

/** Signed in with an e-mail code: the ID token's subject and the refresh cookie (name=value). */
async function withCode(email: string): Promise<{ sub: unknown; cookie: string }> {
  const start = await api('POST', `${C}/auth/citizen/start`, { body: { email } });
  const verify = await api('POST', `${C}/auth/citizen/verify`, { body: { email, session: start.body.session, code: codeMailedTo(email) } });
  expect(verify.status, JSON.stringify(verify.body)).toBe(200);
  return { sub: claims(verify.body.idToken).sub, cookie: verify.cookies![0].split(';')[0] };
}

const onCookie = (cookie: string) => ({ cookie, [CITIZEN_AUTH_HEADER]: '1' });
const names = (r: { body: { 'invalid-params'?: { name: string }[] } }) => (r.body['invalid-params'] ?? []).map((p) => p.name);

describe('the citizen’s optional password', () => {
  it('is chosen on the cookie’s account, signs in, is changed only with the current one; the code still works', async () => {
    const email = newEmail('pia');
    const { sub, cookie } = await withCode(email);

    // Whether a password is set: on the cookie, with the citizen header only.
    expect((await api('GET', `${C}/auth/citizen/password`, { headers: { cookie } })).status).toBe(403);
    const before = await api('GET', `${C}/auth/citizen/password`, { headers: onCookie(cookie) });
    expect([before.status, before.body]).toEqual([200, { hasPassword: false }]);

    // The rules are the API's too: a short one is refused, naming the field.
    const short = await api('POST', `${C}/auth/citizen/password`, { headers: onCookie(cookie), body: { password: 'Court-1' } });
    expect(short.status).toBeGreaterThanOrEqual(400);
    expect(short.status).toBeLessThan(500);
    expect(names(short)).toContain('password');

    // Chosen without a current one.
    const chosen = await api('POST', `${C}/auth/citizen/password`, { headers: onCookie(cookie), body: { password: 'Premier-Secret-1' } });
    expect([chosen.status, chosen.body]).toEqual([200, { hasPassword: true }]);
    expect((await api('GET', `${C}/auth/citizen/password`, { headers: onCookie(cookie) })).body).toEqual({ hasPassword: true });

    // Signs in: the same account, tokens and the same refresh cookie as with a code.
    const signedIn = await api('POST', `${C}/auth/citizen/password-sign-in`, { body: { email, password: 'Premier-Secret-1' } });
    expect(signedIn.status, JSON.stringify(signedIn.body)).toBe(200);
    expect(signedIn.body.step).toBe('signed-in');
    expect(claims(signedIn.body.idToken)).toMatchObject({ sub, email, token_use: 'id' });
    expect(signedIn.cookies![0]).toMatch(
      new RegExp(`^${CITIZEN_REFRESH_COOKIE}=.+; Path=/api/soignies/auth/citizen/; HttpOnly; SameSite=Strict`),
    );
    const refreshed = await api('POST', `${C}/auth/citizen/refresh`, { headers: onCookie(signedIn.cookies![0].split(';')[0]) });
    expect(refreshed.status).toBe(200);

    // Changing it needs the current one, and the right one.
    const bare = await api('POST', `${C}/auth/citizen/password`, { headers: onCookie(cookie), body: { password: 'Second-Secret-22' } });
    expect([bare.status, names(bare)]).toEqual([400, ['currentPassword']]);
    const wrong = await api('POST', `${C}/auth/citizen/password`, {
      headers: onCookie(cookie),
      body: { password: 'Second-Secret-22', currentPassword: 'Pas-Le-Bon-111' },
    });
    expect([wrong.status, names(wrong)]).toEqual([400, ['currentPassword']]);
    const changed = await api('POST', `${C}/auth/citizen/password`, {
      headers: onCookie(cookie),
      body: { password: 'Second-Secret-22', currentPassword: 'Premier-Secret-1' },
    });
    expect(changed.status).toBe(200);
    expect((await api('POST', `${C}/auth/citizen/password-sign-in`, { body: { email, password: 'Premier-Secret-1' } })).status).toBe(401);
    const withNew = await api('POST', `${C}/auth/citizen/password-sign-in`, { body: { email, password: 'Second-Secret-22' } });
    expect(withNew.status).toBe(200);
    expect(claims(withNew.body.idToken).sub).toBe(sub);

    // The e-mail code still signs the same account in.
    expect((await withCode(email)).sub).toBe(sub);
  });

  it('answers a wrong password, an unknown address and an account without a password with the same 401', async () => {
    const email = newEmail('quentin');
    const { cookie } = await withCode(email);
    const answer = async (body: unknown) => {
      const r = await api('POST', `${C}/auth/citizen/password-sign-in`, { body });
      return {
        status: r.status,
        type: r.headers['content-type'],
        title: r.body.title,
        detail: r.body.detail,
        params: r.body['invalid-params'],
      };
    };
    const noPasswordYet = await answer({ email, password: 'Premier-Secret-1' });
    await api('POST', `${C}/auth/citizen/password`, { headers: onCookie(cookie), body: { password: 'Premier-Secret-1' } });
    const wrongPassword = await answer({ email, password: 'Premier-Secret-2' });
    const unknown = await answer({ email: newEmail('nobody'), password: 'Premier-Secret-1' });
    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword.type).toBe('application/problem+json');
    expect(unknown).toEqual(wrongPassword);
    expect(noPasswordYet).toEqual(wrongPassword);
  });

  it('needs a live session to see or set a password', async () => {
    const email = newEmail('rita');
    const { cookie } = await withCode(email);
    expect((await api('POST', `${C}/auth/citizen/sign-out`, { headers: onCookie(cookie) })).status).toBe(204);
    expect((await api('GET', `${C}/auth/citizen/password`, { headers: onCookie(cookie) })).status).toBe(401);
    const set = await api('POST', `${C}/auth/citizen/password`, { headers: onCookie(cookie), body: { password: 'Premier-Secret-1' } });
    expect(set.status).toBe(401);
    expect((await api('GET', `${C}/auth/citizen/password`, { headers: { [CITIZEN_AUTH_HEADER]: '1' } })).status).toBe(401);
  });
});
