/**
 * The identity provider of the one-machine runtime (IDENTITY_PROVIDER=local). Passwords, groups and tokens stay
 * cognito-local's (InitiateAuth, RespondToAuthChallenge, RevokeToken through the function's own, access-checked
 * client); this adds what cognito-local lacks or gets wrong, keeping its state in LOCAL_IDENTITY_DIR:
 *
 * - TOTP (RFC 6238, totp.ts) on the handlers' clock: secrets, the SOFTWARE_TOKEN_MFA challenge, no replay;
 * - a temporary password is checked before NEW_PASSWORD_REQUIRED (cognito-local answers the challenge to anyone
 *   who names the account), and sessions are this provider's own, bound to the user and short-lived;
 * - the password policy (shared/src/identity.ts) on new passwords, which cognito-local does not enforce;
 * - forgotten-password codes, sent to the local outbox like every mail, the same answer for unknown accounts;
 * - a revoked refresh token is refused afterwards, whatever cognito-local does;
 * - a disabled user is refused at every step, as Cognito does ("User is disabled."): cognito-local (with its parity
 *   start, infra/local/services/cognito-local-parity.cjs) refuses them at InitiateAuth, but this provider also
 *   releases tokens it holds (a TOTP challenge) and finishes steps begun before the account was disabled.
 *
 * What Cognito does as the service (reading a password, setting one after a reset, mailing a code) is done here
 * with a client of its own, outside the function's access checks, as Cognito is outside the function's role.
 */
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AdminGetUserCommand, AdminSetUserPasswordCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { PASSWORD_POLICY } from '@tandem/shared';
import { cognito, env } from '../lib/aws.js';
import { clock } from '../lib/clock.js';
import { CognitoIdentityProvider } from './cognito-identity-provider.js';
import {
  type AuthStep,
  type ChallengeName,
  IdentityError,
  type IdentityProvider,
  type IssuedTokens,
  type StaffClient,
  type UserContext,
} from './identity-provider.js';
import { LocalIdentityStore, sha256 } from './local-identity-store.js';
import { matchingTotpStep, newTotpSecret } from './totp.js';

/** Cognito's auth-flow session lasts 3 minutes; a reset code 1 hour. */
const SESSION_MS = 3 * 60_000;
const RESET_CODE_MS = 60 * 60_000;
/** Wrong answers one session or one reset code takes before it is spent. */
const MAX_ATTEMPTS = 3;
const MAX_RESET_ATTEMPTS = 5;

interface PendingSession {
  challenge: ChallengeName;
  clientId: string;
  username: string;
  expiresAt: number;
  attempts: number;
  /** SOFTWARE_TOKEN_MFA: the user, and the tokens a right code releases. */
  sub?: string;
  tokens?: IssuedTokens;
  /** NEW_PASSWORD_REQUIRED: cognito-local's own session. */
  upstreamSession?: string;
}

interface ResetCode {
  codeHash: string;
  expiresAt: number;
  attempts: number;
}

const notAuthorized = (m = 'Incorrect username or password.') => new IdentityError('NotAuthorizedException', m);
const expiredSession = () => new IdentityError('NotAuthorizedException', 'Invalid session for the user, session is expired.');

export function claimsOf(jwt: string): Record<string, unknown> {
  try {
    return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Cognito's password policy check, from the one definition (cognito-local accepts any password). */
export function passwordPolicyProblem(p: string): string | undefined {
  if (p.length < PASSWORD_POLICY.minLength) return `Password must have at least ${PASSWORD_POLICY.minLength} characters`;
  if (PASSWORD_POLICY.requireLowercase && !/[a-z]/.test(p)) return 'Password must have lowercase characters';
  if (PASSWORD_POLICY.requireUppercase && !/[A-Z]/.test(p)) return 'Password must have uppercase characters';
  if (PASSWORD_POLICY.requireDigits && !/[0-9]/.test(p)) return 'Password must have numeric characters';
  return undefined;
}

export class LocalIdentityProvider implements IdentityProvider {
  readonly store: LocalIdentityStore;
  private readonly upstream = new CognitoIdentityProvider(cognito);
  private service?: CognitoIdentityProviderClient;

  constructor(
    readonly options: {
      stateDir: string;
      /** cognito-local's database folder (<data>/cognito/.cognito/db), to check temporary passwords. */
      cognitoDbDir: string;
      outboxDir: string;
      now?: () => number;
    },
  ) {
    this.store = new LocalIdentityStore(options.stateDir);
  }

  private now = () => (this.options.now ?? clock.ms)();

  /** cognito-local as the service itself sees it (not the function's access-checked client). */
  private serviceClient(): CognitoIdentityProviderClient {
    const e = env();
    this.service ??= new CognitoIdentityProviderClient({
      region: e.region,
      endpoint: e.endpoints.cognito,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    return this.service;
  }

  private async userOf(client: StaffClient, username: string): Promise<{ sub: string; username: string } | undefined> {
    try {
      const u = await this.serviceClient().send(new AdminGetUserCommand({ UserPoolId: client.poolId, Username: username }));
      const sub = u.UserAttributes?.find((a) => a.Name === 'sub')?.Value;
      return sub ? { sub, username: u.Username ?? username } : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Cognito refuses a disabled user at every step of a sign-in (NotAuthorizedException "User is disabled."), and
   * a deleted one as a wrong password. Checked before this provider releases tokens it holds or finishes a step.
   */
  private async refuseDisabled(client: StaffClient, username: string): Promise<void> {
    let enabled: boolean | undefined;
    try {
      enabled = (await this.serviceClient().send(new AdminGetUserCommand({ UserPoolId: client.poolId, Username: username }))).Enabled;
    } catch (e) {
      if ((e as Error).name === 'UserNotFoundException') throw notAuthorized();
      throw e;
    }
    if (enabled === false) throw notAuthorized('User is disabled.');
  }

  /** The password cognito-local keeps for an account (to check a temporary password, which it does not). */
  private storedPassword(client: StaffClient, username: string): string | undefined {
    try {
      const db = JSON.parse(readFileSync(join(this.options.cognitoDbDir, `${client.poolId}.json`), 'utf8')) as {
        Users?: Record<string, { Username: string; Password?: string; Attributes?: { Name: string; Value?: string }[] }>;
      };
      const wanted = username.toLowerCase();
      const user = Object.values(db.Users ?? {}).find(
        (u) => u.Username.toLowerCase() === wanted || u.Attributes?.some((a) => a.Name === 'email' && a.Value?.toLowerCase() === wanted),
      );
      return user?.Password;
    } catch {
      return undefined;
    }
  }

  private openSession(s: Omit<PendingSession, 'expiresAt' | 'attempts'>): string {
    const id = randomBytes(32).toString('base64url');
    this.store.write(this.store.sessionFile(id), { ...s, expiresAt: this.now() + SESSION_MS, attempts: 0 } satisfies PendingSession);
    return id;
  }

  private session(id: string, client: StaffClient, challenge: ChallengeName, username: string): PendingSession {
    const s = this.store.read<PendingSession>(this.store.sessionFile(id));
    if (!s || s.expiresAt <= this.now() || s.clientId !== client.clientId || s.challenge !== challenge) throw expiredSession();
    if (s.username.toLowerCase() !== username.toLowerCase()) throw expiredSession();
    return s;
  }

  /** A wrong answer: counted; the session is spent after MAX_ATTEMPTS. */
  private wrongAnswer(id: string, s: PendingSession, error: IdentityError): never {
    if (s.attempts + 1 >= MAX_ATTEMPTS) this.store.remove(this.store.sessionFile(id));
    else this.store.write(this.store.sessionFile(id), { ...s, attempts: s.attempts + 1 });
    throw error;
  }

  /** Accepts a code of the user's verified secret once (a step already used is refused, as a replay). */
  private acceptCode(sub: string, code: string, secretOf: 'secret' | 'pendingSecret'): boolean {
    const r = this.store.totp(sub);
    const secret = r?.[secretOf];
    if (!r || !secret) return false;
    const step = matchingTotpStep(secret, code, this.now());
    // Demo accounts take a code again (scripts and tests sign them in often); everyone else's code works once, as in Cognito.
    if (step === undefined || (!r.demo && r.lastStep !== undefined && step <= r.lastStep)) return false;
    this.store.putTotp({ ...r, lastStep: step });
    return true;
  }

  private async afterPassword(client: StaffClient, username: string, tokens: IssuedTokens): Promise<AuthStep> {
    const sub = String(claimsOf(tokens.idToken).sub ?? '');
    if (this.store.totp(sub)?.secret) {
      return {
        kind: 'challenge',
        challenge: 'SOFTWARE_TOKEN_MFA',
        session: this.openSession({ challenge: 'SOFTWARE_TOKEN_MFA', clientId: client.clientId, username, sub, tokens }),
      };
    }
    return { kind: 'tokens', tokens };
  }

  async signIn(client: StaffClient, username: string, password: string, context: UserContext): Promise<AuthStep> {
    const first = await this.upstream.signIn(client, username, password, context);
    if (first.kind === 'tokens') return this.afterPassword(client, username, first.tokens);
    if (first.challenge !== 'NEW_PASSWORD_REQUIRED') return first;
    const stored = this.storedPassword(client, username);
    if (!stored || stored.length !== password.length || !timingSafeEqual(Buffer.from(stored), Buffer.from(password))) throw notAuthorized();
    return {
      kind: 'challenge',
      challenge: 'NEW_PASSWORD_REQUIRED',
      session: this.openSession({
        challenge: 'NEW_PASSWORD_REQUIRED',
        clientId: client.clientId,
        username,
        upstreamSession: first.session,
      }),
    };
  }

  async answerChallenge(
    client: StaffClient,
    challenge: ChallengeName,
    username: string,
    sessionId: string,
    answer: string,
    context: UserContext,
  ): Promise<AuthStep> {
    const s = this.session(sessionId, client, challenge, username);
    await this.refuseDisabled(client, s.sub ?? s.username);
    if (challenge === 'NEW_PASSWORD_REQUIRED') {
      const problem = passwordPolicyProblem(answer);
      if (problem) throw new IdentityError('InvalidPasswordException', `Password does not conform to policy: ${problem}`);
      this.store.remove(this.store.sessionFile(sessionId));
      const next = await this.upstream.answerChallenge(client, challenge, username, s.upstreamSession ?? '', answer, context);
      return next.kind === 'tokens' ? this.afterPassword(client, username, next.tokens) : next;
    }
    if (!s.sub || !s.tokens || !this.acceptCode(s.sub, answer, 'secret')) {
      this.wrongAnswer(sessionId, s, new IdentityError('CodeMismatchException', 'Invalid code received for user'));
    }
    this.store.remove(this.store.sessionFile(sessionId));
    return { kind: 'tokens', tokens: s.tokens };
  }

  async refresh(client: StaffClient, refreshToken: string, context: UserContext): Promise<IssuedTokens> {
    if (this.store.isRevoked(refreshToken)) throw notAuthorized('Refresh Token has been revoked');
    const tokens = await this.upstream.refresh(client, refreshToken, context);
    const sub = String(claimsOf(tokens.idToken).sub ?? '');
    if (!sub) throw notAuthorized('Invalid Refresh Token');
    await this.refuseDisabled(client, sub);
    return tokens;
  }

  async revoke(client: StaffClient, refreshToken: string): Promise<void> {
    this.store.markRevoked(refreshToken);
    await this.upstream.revoke(client, refreshToken).catch(() => undefined); // cognito-local forgets it too, if it knew it
  }

  async associateTotp(_client: StaffClient, accessToken: string): Promise<string> {
    const c = claimsOf(accessToken);
    const sub = String(c.sub ?? '');
    if (!sub) throw notAuthorized('Invalid Access Token');
    const secret = newTotpSecret();
    const before = this.store.totp(sub);
    this.store.putTotp({
      ...(before ?? {
        sub,
        poolId:
          String(c.iss ?? '')
            .split('/')
            .pop() ?? '',
        username: String(c.username ?? sub),
      }),
      pendingSecret: secret,
    });
    return secret;
  }

  async enableTotp(client: StaffClient, accessToken: string, code: string): Promise<void> {
    const sub = String(claimsOf(accessToken).sub ?? '');
    if (!sub) throw notAuthorized('Invalid Access Token');
    await this.refuseDisabled(client, sub);
    const r = this.store.totp(sub);
    if (!r?.pendingSecret) throw new IdentityError('InvalidParameterException', 'no software token was associated');
    if (!this.acceptCode(sub, code, 'pendingSecret')) throw new IdentityError('EnableSoftwareTokenMFAException', 'Code mismatch');
    const { pendingSecret, ...rest } = this.store.totp(sub)!;
    this.store.putTotp({ ...rest, secret: pendingSecret });
  }

  async forgotPassword(client: StaffClient, username: string): Promise<void> {
    const user = await this.userOf(client, username);
    if (!user) return; // the same answer: nothing tells that the account does not exist
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    this.store.write(this.store.resetFile(client.poolId, username), {
      codeHash: sha256(code),
      expiresAt: this.now() + RESET_CODE_MS,
      attempts: 0,
    } satisfies ResetCode);
    // What Cognito mails (infra/constructs/commune-pools.ts: verificationMessage), to the outbox like every local mail.
    await mkdir(this.options.outboxDir, { recursive: true });
    const id = `password-reset-${this.now()}-${randomBytes(4).toString('hex')}`;
    await writeFile(
      join(this.options.outboxDir, `${id}.json`),
      JSON.stringify(
        {
          id,
          from: 'Tandem <no-reply@verificationemail.com>',
          to: username,
          subject: 'Votre code de vérification',
          text: `Votre code de vérification Tandem est ${code}.`,
          tags: { kind: 'password-reset', pool: client.poolId },
          sentAt: new Date(this.now()).toISOString(),
        },
        null,
        2,
      ),
    );
  }

  async confirmForgotPassword(client: StaffClient, username: string, code: string, newPassword: string): Promise<void> {
    const file = this.store.resetFile(client.poolId, username);
    const r = this.store.read<ResetCode>(file);
    if (!r) throw new IdentityError('CodeMismatchException', 'Invalid verification code provided, please try again.');
    if (r.expiresAt <= this.now()) {
      this.store.remove(file);
      throw new IdentityError('ExpiredCodeException', 'Invalid code provided, please request a code again.');
    }
    if (r.attempts >= MAX_RESET_ATTEMPTS)
      throw new IdentityError('LimitExceededException', 'Attempt limit exceeded, please try after some time.');
    if (!timingSafeEqual(Buffer.from(r.codeHash), Buffer.from(sha256(code)))) {
      this.store.write(file, { ...r, attempts: r.attempts + 1 });
      throw new IdentityError('CodeMismatchException', 'Invalid verification code provided, please try again.');
    }
    const problem = passwordPolicyProblem(newPassword);
    if (problem) throw new IdentityError('InvalidPasswordException', `Password does not conform to policy: ${problem}`);
    await this.serviceClient().send(
      new AdminSetUserPasswordCommand({ UserPoolId: client.poolId, Username: username, Password: newPassword, Permanent: true }),
    );
    this.store.remove(file);
  }

  /** Provisioning: a demo account gets a TOTP secret once (kept across starts), shown at /_local/totp. */
  enrolDemo(poolId: string, sub: string, username: string): void {
    const r = this.store.totp(sub);
    if (r?.secret) {
      if (!r.demo) this.store.putTotp({ ...r, demo: true });
      return;
    }
    this.store.putTotp({ sub, poolId, username, secret: newTotpSecret(), demo: true });
  }
}
