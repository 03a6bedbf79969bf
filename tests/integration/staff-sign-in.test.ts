/**
 * The staff sign-in flows against the real stand-ins (cognito-local, DynamoDB Local, the local identity
 * provider's state and the outbox): first password, TOTP set-up and challenge, MFA required for admins,
 * forgotten password without account enumeration, refresh-token cookie, CSRF header and sign-out revocation.
 */
import { join } from 'node:path';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLE_GROUPS, STAFF_AUTH_HEADER, STAFF_CUSTOM_ATTRIBUTES, TOKEN_VALIDITY, type StaffRole } from '@tandem/shared';
import { api, auth } from './api-client.js';
import { demoPassword, localDataDir, localEnv } from '../support/local-env.js';
import { readState } from '../../infra/local/provision/state.js';
import { readOutbox } from '../../infra/local/server/outbox-page.js';
import { totpCode } from '../../functions/src/auth/totp.js';

const A = '/api/soignies/auth';
const STRONG = 'Nouveau-Mot-2passe';
let cognito: CognitoIdentityProviderClient;
let poolId = '';
let n = 0;
const unique = (who: string) => `${who}-${Date.now().toString(36)}-${++n}@soignies.example`;

/** A staff account as an admin would create it: a temporary password (invited), or a permanent one. */
async function createAccount(role: StaffRole, password: string, temporary: boolean): Promise<string> {
  const username = unique(role);
  await cognito.send(
    new AdminCreateUserCommand({
      UserPoolId: poolId,
      Username: username,
      MessageAction: 'SUPPRESS',
      TemporaryPassword: password,
      UserAttributes: [
        { Name: 'email', Value: username },
        { Name: 'email_verified', Value: 'true' },
        { Name: `custom:${STAFF_CUSTOM_ATTRIBUTES.commune}`, Value: 'soignies' },
      ],
    }),
  );
  if (!temporary)
    await cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: username, Password: password, Permanent: true }));
  await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: poolId, Username: username, GroupName: ROLE_GROUPS[role] }));
  return username;
}

const cookieOf = (r: { cookies?: string[] }) => (r.cookies ?? [])[0] ?? '';
const cookiePair = (r: { cookies?: string[] }) => cookieOf(r).split(';')[0];
const withCsrf = (cookie: string) => ({ cookie, [STAFF_AUTH_HEADER]: '1' });
const params = (r: { body: { 'invalid-params'?: { name: string }[] } }) => (r.body['invalid-params'] ?? []).map((p) => p.name);

beforeAll(() => {
  const env = localEnv();
  cognito = new CognitoIdentityProviderClient({
    region: env.AWS_REGION,
    endpoint: env.COGNITO_ENDPOINT,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  poolId = readState(join(localDataDir(), 'local-state.json')).communes.soignies.staffPoolId;
});

describe('first sign-in with a temporary password', () => {
  it('asks for a new password only with the right temporary password, checks the policy, then signs in', async () => {
    const username = await createAccount('agent', 'Temporaire-123', true);
    expect((await api('POST', `${A}/login`, { body: { username, password: 'Pas-le-bon-123' } })).status).toBe(401);

    const first = await api('POST', `${A}/login`, { body: { username, password: 'Temporaire-123' } });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ step: 'new-password', session: expect.any(String) });
    expect(first.cookies ?? []).toEqual([]);

    const weak = await api('POST', `${A}/new-password`, { body: { username, session: first.body.session, newPassword: 'court' } });
    expect(weak.status).toBe(400);
    expect(weak.headers['content-type']).toBe('application/problem+json');
    expect(params(weak)).toEqual(['newPassword']);

    const forged = await api('POST', `${A}/new-password`, { body: { username, session: 'not-a-session', newPassword: STRONG } });
    expect(forged.status).toBe(401);

    const done = await api('POST', `${A}/new-password`, { body: { username, session: first.body.session, newPassword: STRONG } });
    expect(done.status).toBe(200);
    expect(done.body.step).toBe('signed-in');
    expect((await api('GET', '/api/soignies/staff/reports', { headers: auth(done.body.idToken) })).status).toBe(200);
    // The session was spent, and the new password is the password now.
    expect((await api('POST', `${A}/new-password`, { body: { username, session: first.body.session, newPassword: STRONG } })).status).toBe(
      401,
    );
    expect((await api('POST', `${A}/login`, { body: { username, password: STRONG } })).body.step).toBe('signed-in');
  });
});

describe('TOTP', () => {
  it('an admin without TOTP sets it up before any token, then always passes the TOTP challenge', async () => {
    const username = await createAccount('admin', STRONG, false);
    const login = await api('POST', `${A}/login`, { body: { username, password: STRONG } });
    expect(login.status).toBe(200);
    expect(login.body.step).toBe('totp-setup');
    expect(login.body.idToken).toBeUndefined();
    expect(login.cookies ?? []).toEqual([]);
    const { secret, otpauthUri, session } = login.body as { secret: string; otpauthUri: string; session: string };
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(new URL(otpauthUri).searchParams.get('secret')).toBe(secret);

    const wrong = await api('POST', `${A}/totp-setup`, {
      body: { username, session, code: '000000' === totpCode(secret, Date.now()) ? '111111' : '000000' },
    });
    expect(wrong.status).toBe(400);
    expect(params(wrong)).toEqual(['code']);
    const malformed = await api('POST', `${A}/totp-setup`, { body: { username, session, code: '12ab' } });
    expect(malformed.status).toBe(422);
    expect(params(malformed)).toEqual(['code']);
    const otherUser = await api('POST', `${A}/totp-setup`, {
      body: { username: 'agent@soignies.example', session, code: totpCode(secret, Date.now()) },
    });
    expect(otherUser.status).toBe(401);

    const setupCode = totpCode(secret, Date.now());
    const done = await api('POST', `${A}/totp-setup`, { body: { username, session, code: setupCode } });
    expect(done.status).toBe(200);
    expect(done.body.step).toBe('signed-in');
    expect(cookieOf(done)).toContain('HttpOnly');
    expect((await api('GET', '/api/soignies/staff/open311/keys', { headers: auth(done.body.idToken) })).status).toBe(200);
    // The set-up is spent.
    expect((await api('POST', `${A}/totp-setup`, { body: { username, session, code: setupCode } })).status).toBe(401);

    const again = await api('POST', `${A}/login`, { body: { username, password: STRONG } });
    expect(again.body).toEqual({ step: 'totp', session: expect.any(String) });
    const replay = await api('POST', `${A}/totp`, { body: { username, session: again.body.session, code: setupCode } });
    expect(replay.status).toBe(400); // a code is accepted once
    expect(params(replay)).toEqual(['code']);
    // The next time step's code (a phone a little ahead is accepted).
    const ok = await api('POST', `${A}/totp`, {
      body: { username, session: again.body.session, code: totpCode(secret, Date.now() + 30_000) },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.step).toBe('signed-in');
  });

  it('a demo admin gets the TOTP challenge, never tokens after the password alone', async () => {
    const r = await api('POST', `${A}/login`, { body: { username: 'admin@soignies.example', password: demoPassword() } });
    expect(r.body).toEqual({ step: 'totp', session: expect.any(String) });
  });

  it('spends a challenge session after three wrong codes, and refuses an unknown session', async () => {
    const username = await createAccount('admin', STRONG, false);
    const setup = await api('POST', `${A}/login`, { body: { username, password: STRONG } });
    const secret = setup.body.secret as string;
    await api('POST', `${A}/totp-setup`, { body: { username, session: setup.body.session, code: totpCode(secret, Date.now()) } });
    const login = await api('POST', `${A}/login`, { body: { username, password: STRONG } });
    const bad = totpCode(secret, Date.now() + 10 * 60_000);
    for (let i = 0; i < 3; i++)
      expect((await api('POST', `${A}/totp`, { body: { username, session: login.body.session, code: bad } })).status).toBe(400);
    const late = await api('POST', `${A}/totp`, {
      body: { username, session: login.body.session, code: totpCode(secret, Date.now() + 30_000) },
    });
    expect(late.status).toBe(401);
    expect((await api('POST', `${A}/totp`, { body: { username, session: 'nope', code: '123456' } })).status).toBe(401);
  });

  it('an agent may opt in with setUpTotp, and is then challenged', async () => {
    const username = await createAccount('agent', STRONG, false);
    expect((await api('POST', `${A}/login`, { body: { username, password: STRONG } })).body.step).toBe('signed-in');
    const opt = await api('POST', `${A}/login`, { body: { username, password: STRONG, setUpTotp: true } });
    expect(opt.body.step).toBe('totp-setup');
    const done = await api('POST', `${A}/totp-setup`, {
      body: { username, session: opt.body.session, code: totpCode(opt.body.secret, Date.now()) },
    });
    expect(done.body.step).toBe('signed-in');
    expect((await api('POST', `${A}/login`, { body: { username, password: STRONG } })).body.step).toBe('totp');
  });
});

describe('forgotten password', () => {
  const mailsTo = (to: string) => readOutbox(join(localDataDir(), 'outbox')).filter((m) => m.to === to);

  it('answers the same for an unknown and a known address, and mails a code only to the known one', async () => {
    const username = await createAccount('agent', STRONG, false);
    const stranger = unique('personne');
    const known = await api('POST', `${A}/forgot-password`, { body: { username } });
    const unknown = await api('POST', `${A}/forgot-password`, { body: { username: stranger } });
    expect([known.status, unknown.status]).toEqual([200, 200]);
    expect(unknown.body).toEqual(known.body);
    expect(mailsTo(stranger)).toEqual([]);
    const [mail] = mailsTo(username);
    expect(mail.text).toMatch(/\b\d{6}\b/);
    const code = /\b(\d{6})\b/.exec(mail.text)![1];

    const wrong = await api('POST', `${A}/reset-password`, {
      body: { username, code: code === '000000' ? '111111' : '000000', newPassword: 'Encore-Un-Autre-9' },
    });
    expect(wrong.status).toBe(400);
    expect(params(wrong)).toEqual(['code']);
    const strangerReset = await api('POST', `${A}/reset-password`, {
      body: { username: stranger, code, newPassword: 'Encore-Un-Autre-9' },
    });
    expect([strangerReset.status, params(strangerReset)]).toEqual([400, ['code']]);
    const weak = await api('POST', `${A}/reset-password`, { body: { username, code, newPassword: 'faible' } });
    expect([weak.status, params(weak)]).toEqual([400, ['newPassword']]);

    expect((await api('POST', `${A}/reset-password`, { body: { username, code, newPassword: 'Encore-Un-Autre-9' } })).status).toBe(204);
    expect((await api('POST', `${A}/login`, { body: { username, password: STRONG } })).status).toBe(401);
    expect((await api('POST', `${A}/login`, { body: { username, password: 'Encore-Un-Autre-9' } })).body.step).toBe('signed-in');
    // A code works once.
    expect((await api('POST', `${A}/reset-password`, { body: { username, code, newPassword: 'Encore-Un-Autre-10' } })).status).toBe(400);
  });

  it('answers 429 once a code took too many wrong attempts', async () => {
    const username = await createAccount('agent', STRONG, false);
    await api('POST', `${A}/forgot-password`, { body: { username } });
    const code = /\b(\d{6})\b/.exec(mailsTo(username)[0].text)![1];
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      expect((await api('POST', `${A}/reset-password`, { body: { username, code: wrong, newPassword: 'Encore-Un-Autre-9' } })).status).toBe(
        400,
      );
    }
    const limited = await api('POST', `${A}/reset-password`, { body: { username, code, newPassword: 'Encore-Un-Autre-9' } });
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBeTruthy();
    expect(limited.headers['content-type']).toBe('application/problem+json');
  });
});

describe('refresh-token cookie and sign-out', () => {
  it('puts the refresh token in an HttpOnly, SameSite=Strict cookie of /api/<commune>/auth/ only, never in the body', async () => {
    const r = await api('POST', `${A}/login`, { body: { username: 'agent@soignies.example', password: demoPassword() } });
    expect(Object.keys(r.body).sort()).toEqual(['expiresIn', 'idToken', 'step']);
    const c = cookieOf(r);
    expect(c).toMatch(/^tandem_staff_refresh=[^;]+;/);
    expect(c).toContain('; Path=/api/soignies/auth/;');
    expect(c).toContain('; HttpOnly');
    expect(c).toContain('; SameSite=Strict');
    expect(c).not.toContain('Secure'); // the local site is http://localhost (loopback)
    // A session cookie: the browser forgets it when it closes.
    expect(c).not.toContain('Max-Age');
  });

  it('keeps the cookie past the browser’s session for as long as Cognito accepts the token when asked to remember (the field app)', async () => {
    const r = await api('POST', `${A}/login`, { body: { username: 'ouvrier@soignies.example', password: demoPassword(), remember: true } });
    expect(r.body.step).toBe('signed-in');
    expect(cookieOf(r)).toContain(`; Max-Age=${TOKEN_VALIDITY.refreshTokenDays * 24 * 3600}`);
  });

  it('refresh and sign-out need the staff header (CSRF) and a cookie; sign-out revokes the refresh token', async () => {
    const login = await api('POST', `${A}/login`, { body: { username: 'agent@soignies.example', password: demoPassword() } });
    const cookie = cookiePair(login);
    const noHeader = await api('POST', `${A}/refresh`, { headers: { cookie } });
    expect(noHeader.status).toBe(403);
    expect(params(noHeader)).toEqual([STAFF_AUTH_HEADER]);
    expect((await api('POST', `${A}/refresh`, { headers: { [STAFF_AUTH_HEADER]: '1' } })).status).toBe(401);
    const refreshed = await api('POST', `${A}/refresh`, { headers: withCsrf(cookie) });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.step).toBe('signed-in');

    expect((await api('POST', `${A}/sign-out`, { headers: { cookie } })).status).toBe(403);
    const out = await api('POST', `${A}/sign-out`, { headers: withCsrf(cookie) });
    expect(out.status).toBe(204);
    expect(cookieOf(out)).toMatch(/^tandem_staff_refresh=;.*Max-Age=0/);

    const after = await api('POST', `${A}/refresh`, { headers: withCsrf(cookie) });
    expect(after.status).toBe(401);
    expect(after.headers['content-type']).toBe('application/problem+json');
    // Signing out again with the dead cookie is still a clean sign-out.
    expect((await api('POST', `${A}/sign-out`, { headers: withCsrf(cookie) })).status).toBe(204);
  });
});
