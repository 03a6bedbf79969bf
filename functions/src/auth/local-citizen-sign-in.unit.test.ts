/**
 * The local stand-in for Cognito's e-mail codes (local-citizen-sign-in.ts): the code mailed to the outbox, its expiry,
 * its count of wrong attempts, one use, and tokens obtained from cognito-local only after the right code. A recording
 * client stands in for cognito-local's network layer (the integration tests use the real one).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CITIZEN_CODE } from '@tandem/shared';
import { LocalCitizenSignIn } from './local-citizen-sign-in.js';

const CLIENT = { clientId: 'citizen-client', poolId: 'local_citizens' };
const CTX = { sourceIp: '127.0.0.1', userAgent: 'test' };
const EMAIL = 'anne@example.org';

function recorder() {
  const sent: string[] = [];
  const passwordsSent: unknown[] = [];
  const users = new Set<string>();
  const client = {
    send: async (cmd: { constructor: { name: string }; input: Record<string, unknown> }) => {
      const name = cmd.constructor.name.replace(/Command$/, '');
      sent.push(name);
      if (name === 'AdminGetUser') {
        if (!users.has(String(cmd.input.Username)))
          throw Object.assign(new Error('User does not exist.'), { name: 'UserNotFoundException' });
        return { Username: cmd.input.Username };
      }
      if (name === 'AdminCreateUser') users.add(String(cmd.input.Username));
      // cognito-local reads the account out of its access token: here `access-<address>`.
      if (name === 'GetUser')
        return { Username: 'sub-1', UserAttributes: [{ Name: 'email', Value: String(cmd.input.AccessToken).replace(/^access-/, '') }] };
      if (name === 'InitiateAuth') passwordsSent.push((cmd.input.AuthParameters as Record<string, string>).PASSWORD);
      if (name === 'InitiateAuth')
        return { AuthenticationResult: { IdToken: 'id', AccessToken: 'access', RefreshToken: 'refresh', ExpiresIn: 3600 } };
      return {};
    },
  };
  return { sent, passwordsSent, users, client };
}

let dir: string;
let now: number;
let rec: ReturnType<typeof recorder>;
let signIn: LocalCitizenSignIn;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'citizen-sign-in-'));
  now = Date.parse('2026-03-01T10:00:00Z');
  rec = recorder();
  signIn = new LocalCitizenSignIn({
    stateDir: join(dir, 'identity'),
    outboxDir: join(dir, 'outbox'),
    now: () => now,
    newCode: () => '12345678',
    accounts: rec.client as never,
    tokens: () => rec.client as never,
  });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const outbox = () =>
  readdirSync(join(dir, 'outbox')).map((f) => JSON.parse(readFileSync(join(dir, 'outbox', f), 'utf8')) as { to: string; text: string });
const nameOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: Error) => e.name,
  );

describe('LocalCitizenSignIn', () => {
  it('mails the code to the outbox and touches no account before the right code', async () => {
    await signIn.start(CLIENT, EMAIL, CTX);
    expect(outbox()).toEqual([expect.objectContaining({ to: EMAIL, text: expect.stringContaining('12345678') })]);
    expect(rec.sent).toEqual([]);
  });

  it('creates the account at the first right code, then answers cognito-local’s tokens; the code works once', async () => {
    const session = await signIn.start(CLIENT, EMAIL, CTX);
    const step = await signIn.verify(CLIENT, EMAIL, session, '12345678', CTX);
    expect(step).toEqual({ kind: 'tokens', tokens: expect.objectContaining({ idToken: 'id', refreshToken: 'refresh' }) });
    expect(rec.sent).toEqual(['AdminGetUser', 'AdminCreateUser', 'AdminSetUserPassword', 'InitiateAuth']);
    expect(await nameOf(signIn.verify(CLIENT, EMAIL, session, '12345678', CTX))).toBe('NotAuthorizedException');
    // A second sign-in reuses the account and its service password.
    rec.sent.length = 0;
    await signIn.verify(CLIENT, EMAIL, await signIn.start(CLIENT, EMAIL, CTX), '12345678', CTX);
    expect(rec.sent).toEqual(['AdminGetUser', 'InitiateAuth']);
  });

  it('refuses an expired code, even the right one', async () => {
    const session = await signIn.start(CLIENT, EMAIL, CTX);
    now += CITIZEN_CODE.minutes * 60_000;
    expect(await nameOf(signIn.verify(CLIENT, EMAIL, session, '12345678', CTX))).toBe('ExpiredCodeException');
    expect(rec.sent).toEqual([]);
  });

  it('accepts the right code just before it expires', async () => {
    const session = await signIn.start(CLIENT, EMAIL, CTX);
    now += CITIZEN_CODE.minutes * 60_000 - 1;
    expect((await signIn.verify(CLIENT, EMAIL, session, '12345678', CTX)).kind).toBe('tokens');
  });

  it('counts wrong codes and spends the code at the last allowed attempt', async () => {
    const session = await signIn.start(CLIENT, EMAIL, CTX);
    for (let i = 1; i < CITIZEN_CODE.maxAttempts; i++) {
      expect(await nameOf(signIn.verify(CLIENT, EMAIL, session, '00000000', CTX))).toBe('CodeMismatchException');
    }
    expect(await nameOf(signIn.verify(CLIENT, EMAIL, session, '00000000', CTX))).toBe('TooManyFailedAttemptsException');
    expect(await nameOf(signIn.verify(CLIENT, EMAIL, session, '12345678', CTX))).toBe('NotAuthorizedException');
    expect(rec.sent).toEqual([]);
  });

  it('binds the code to its address and client', async () => {
    const session = await signIn.start(CLIENT, EMAIL, CTX);
    expect(await nameOf(signIn.verify(CLIENT, 'bob@example.org', session, '12345678', CTX))).toBe('NotAuthorizedException');
    expect(await nameOf(signIn.verify({ ...CLIENT, clientId: 'other' }, EMAIL, session, '12345678', CTX))).toBe('NotAuthorizedException');
  });

  it('refuses a refresh token after sign-out', async () => {
    await signIn.signOut(CLIENT, 'refresh-token');
    expect(await nameOf(signIn.refresh(CLIENT, 'refresh-token', CTX))).toBe('NotAuthorizedException');
  });

  it('deletes the account with its own access token (DeleteUser), then forgets its passwords and refresh token', async () => {
    await signIn.verify(CLIENT, EMAIL, await signIn.start(CLIENT, EMAIL, CTX), '12345678', CTX);
    await signIn.changePassword(CLIENT, `access-${EMAIL}`, 'Mon-Secret-2026');
    rec.sent.length = 0;
    await signIn.deleteAccount(CLIENT, { accessToken: 'access', refreshToken: 'refresh-token', email: EMAIL });
    expect(rec.sent).toEqual(['DeleteUser']);
    expect(await nameOf(signIn.refresh(CLIENT, 'refresh-token', CTX))).toBe('NotAuthorizedException');
    expect(readdirSync(join(dir, 'identity', 'citizen-own-passwords'))).toEqual([]);
    // The next sign-in with the address sets a new service password (the account is a new one).
    rec.sent.length = 0;
    await signIn.verify(CLIENT, EMAIL, await signIn.start(CLIENT, EMAIL, CTX), '12345678', CTX);
    expect(rec.sent).toEqual(['AdminGetUser', 'AdminSetUserPassword', 'InitiateAuth']);
  });

  describe('the person’s own password', () => {
    const PASSWORD = 'Mon-Secret-2026';
    const signedUp = async () => {
      await signIn.verify(CLIENT, EMAIL, await signIn.start(CLIENT, EMAIL, CTX), '12345678', CTX);
      rec.sent.length = 0;
      rec.passwordsSent.length = 0;
    };
    const stateFiles = () => readdirSync(join(dir, 'identity', 'citizen-own-passwords'));

    it('is chosen without a previous one, kept as a salted scrypt hash, and signs in with the service password', async () => {
      await signedUp();
      expect(await signIn.hasPassword(CLIENT, `access-${EMAIL}`)).toBe(false);
      await signIn.changePassword(CLIENT, `access-${EMAIL}`, PASSWORD);
      expect(await signIn.hasPassword(CLIENT, `access-${EMAIL}`)).toBe(true);
      const [file] = stateFiles();
      const kept = readFileSync(join(dir, 'identity', 'citizen-own-passwords', file), 'utf8');
      expect(kept).not.toContain(PASSWORD);
      expect(JSON.parse(kept)).toEqual({ salt: expect.any(String), hash: expect.any(String), N: 16_384, r: 8, p: 1 });

      const tokens = await signIn.signInWithPassword(CLIENT, EMAIL, PASSWORD, CTX);
      expect(tokens.idToken).toBe('id');
      // cognito-local is given the service password, never the person's.
      expect(rec.passwordsSent).toHaveLength(1);
      expect(rec.passwordsSent[0]).not.toBe(PASSWORD);
    });

    it('answers a wrong password, an unknown address and an account without a password alike, touching no account', async () => {
      await signedUp();
      expect(await nameOf(signIn.signInWithPassword(CLIENT, EMAIL, PASSWORD, CTX))).toBe('NotAuthorizedException');
      await signIn.changePassword(CLIENT, `access-${EMAIL}`, PASSWORD);
      rec.sent.length = 0;
      expect(await nameOf(signIn.signInWithPassword(CLIENT, EMAIL, 'Mon-Secret-2027', CTX))).toBe('NotAuthorizedException');
      expect(await nameOf(signIn.signInWithPassword(CLIENT, 'nobody@example.org', PASSWORD, CTX))).toBe('NotAuthorizedException');
      expect(await nameOf(signIn.signInWithPassword({ ...CLIENT, poolId: 'other_pool' }, EMAIL, PASSWORD, CTX))).toBe(
        'NotAuthorizedException',
      );
      expect(rec.sent).toEqual([]);
    });

    it('is changed only with the right previous one, and only to one that meets the rules', async () => {
      await signedUp();
      expect(await nameOf(signIn.changePassword(CLIENT, `access-${EMAIL}`, 'court'))).toBe('InvalidPasswordException');
      await signIn.changePassword(CLIENT, `access-${EMAIL}`, PASSWORD);
      expect(await nameOf(signIn.changePassword(CLIENT, `access-${EMAIL}`, 'Autre-Secret-99'))).toBe('NotAuthorizedException');
      expect(await nameOf(signIn.changePassword(CLIENT, `access-${EMAIL}`, 'Autre-Secret-99', 'Faux-Secret-99'))).toBe(
        'NotAuthorizedException',
      );
      await signIn.changePassword(CLIENT, `access-${EMAIL}`, 'Autre-Secret-99', PASSWORD);
      expect(await nameOf(signIn.signInWithPassword(CLIENT, EMAIL, PASSWORD, CTX))).toBe('NotAuthorizedException');
      expect((await signIn.signInWithPassword(CLIENT, EMAIL, 'Autre-Secret-99', CTX)).idToken).toBe('id');
    });

    it('never recreates a deleted account: its password is forgotten', async () => {
      await signedUp();
      await signIn.changePassword(CLIENT, `access-${EMAIL}`, PASSWORD);
      rec.users.delete(EMAIL); // the account deleted in cognito-local
      expect(await nameOf(signIn.signInWithPassword(CLIENT, EMAIL, PASSWORD, CTX))).toBe('NotAuthorizedException');
      expect(rec.sent).not.toContain('AdminCreateUser');
      expect(stateFiles()).toEqual([]);
    });
  });
});
