/**
 * The citizen sign-in of the one-machine runtime (IDENTITY_PROVIDER=local). cognito-local keeps the citizen
 * accounts and issues their tokens (so the handlers verify them exactly as Cognito's: same issuer shape, same
 * claims, the pool's JWKS), but it has no e-mail codes (no USER_AUTH, no EMAIL_OTP). This stands in for them:
 *
 * - `start` draws an 8-digit code (as Cognito's EMAIL_OTP), keeps its hash with the address, the instant it expires
 *   (CITIZEN_CODE.minutes) and the wrong attempts, and mails it to the local outbox in the words Cognito would use;
 *   the same for an address with or without an account;
 * - `verify` proves the code (expired: ExpiredCodeException; wrong: CodeMismatchException; past
 *   CITIZEN_CODE.maxAttempts wrong codes the code is spent: TooManyFailedAttemptsException), creates the account
 *   in cognito-local at the first use (e-mail verified, as Cognito's ConfirmSignUp leaves it), then signs the
 *   account in with USER_PASSWORD_AUTH through the function's own, access-checked client, with a random service
 *   password that only this implementation knows (the person never has one);
 * - refresh and sign-out are the staff local provider's (revoked tokens refused afterwards);
 * - the person's own, optional password stands in for Cognito's: `changePassword` keeps its salted scrypt hash
 *   (never the password), `signInWithPassword` checks it, then signs in with the service password as `verify`
 *   does; `hasPassword` says whether a hash is kept. The access token names the account (cognito-local's GetUser,
 *   through the service's client, as Cognito reads its own token). cognito-local never sees the person's password.
 *
 * State in LOCAL_IDENTITY_DIR (`.data/identity/`): citizen-codes/<sha256 of the session>.json,
 * citizen-passwords/<sha256 of pool and address>.json (the service password) and
 * citizen-own-passwords/<sha256 of pool and address>.json (the person's password: scrypt salt, parameters, hash). What Cognito does as the service (creating the account,
 * setting the service password) goes through a client of its own, outside the function's access checks.
 */
import { randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  type AttributeType,
  CognitoIdentityProviderClient,
  DeleteUserCommand,
  GetUserCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { CITIZEN_CODE, unmetPasswordRules } from '@tandem/shared';
import { cognito, env } from '../lib/aws.js';
import { clock } from '../lib/clock.js';
import type { CitizenClient, CitizenCodeStep, CitizenSignIn } from './citizen-sign-in.js';
import { CognitoIdentityProvider } from './cognito-identity-provider.js';
import { IdentityError, type IssuedTokens, type UserContext } from './identity-provider.js';
import { LocalIdentityStore, sha256 } from './local-identity-store.js';

interface PendingCode {
  poolId: string;
  clientId: string;
  email: string;
  codeHash: string;
  expiresAt: number;
  attempts: number;
}

/** The person's own password, as the local stand-in keeps it: a salted scrypt hash. */
interface OwnPassword {
  salt: string;
  hash: string;
  N: number;
  r: number;
  p: number;
}
const SCRYPT = { N: 16_384, r: 8, p: 1, keyLength: 32 } as const;
function scryptHash(password: string, salt: Buffer, o: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, SCRYPT.keyLength, { N: o.N, r: o.r, p: o.p }, (e, key) => (e ? reject(e) : resolve(key))),
  );
}
const notAuthorized = () => new IdentityError('NotAuthorizedException', 'Incorrect username or password.');
/** Checked against when no hash is kept, so that an unknown address takes as long as a wrong password. */
const NO_PASSWORD: OwnPassword = { salt: Buffer.alloc(16).toString('base64'), hash: Buffer.alloc(32).toString('base64'), ...SCRYPT };

/** What the service needs from cognito-local: find, create and give a password to an account (the service's own client). */
export type CitizenAccounts = Pick<CognitoIdentityProviderClient, 'send'>;

export class LocalCitizenSignIn implements CitizenSignIn {
  readonly store: LocalIdentityStore;
  private readonly upstream: CognitoIdentityProvider;
  private service?: CitizenAccounts;

  constructor(
    readonly options: {
      stateDir: string;
      outboxDir: string;
      now?: () => number;
      /** The code's digits (tests choose them; otherwise random). */
      newCode?: () => string;
      /** cognito-local as the service sees it; by default a client of the configured endpoint. */
      accounts?: CitizenAccounts;
      /** The function's client (InitiateAuth, RevokeToken); by default lib/aws.ts's, access-checked. */
      tokens?: () => Pick<CognitoIdentityProviderClient, 'send'>;
    },
  ) {
    this.store = new LocalIdentityStore(options.stateDir);
    this.upstream = new CognitoIdentityProvider(options.tokens ?? cognito);
  }

  private now = () => (this.options.now ?? clock.ms)();

  private accounts(): CitizenAccounts {
    if (this.options.accounts) return this.options.accounts;
    const e = env();
    this.service ??= new CognitoIdentityProviderClient({
      region: e.region,
      endpoint: e.endpoints.cognito,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    return this.service;
  }

  private codeFile = (session: string) => join('citizen-codes', `${sha256(session)}.json`);
  /** An account's file in one of its folders, named by the pool and the address (never the address itself). */
  private accountFile = (folder: string, poolId: string, email: string) =>
    join(folder, `${sha256(`${poolId}\n${email.toLowerCase()}`)}.json`);
  private passwordFile = (poolId: string, email: string) => this.accountFile('citizen-passwords', poolId, email);
  private ownPasswordFile = (poolId: string, email: string) => this.accountFile('citizen-own-passwords', poolId, email);

  async start(client: CitizenClient, email: string, _context?: UserContext): Promise<string> {
    const session = randomBytes(32).toString('base64url');
    const code = this.options.newCode?.() ?? String(randomInt(0, 100_000_000)).padStart(8, '0');
    this.store.write(this.codeFile(session), {
      poolId: client.poolId,
      clientId: client.clientId,
      email: email.toLowerCase(),
      codeHash: sha256(code),
      expiresAt: this.now() + CITIZEN_CODE.minutes * 60_000,
      attempts: 0,
    } satisfies PendingCode);
    await this.mail(client, email, code);
    return session;
  }

  /** The code, to the local outbox like every local mail (Cognito mails it through SES in the cloud). */
  private async mail(client: CitizenClient, email: string, code: string): Promise<void> {
    await mkdir(this.options.outboxDir, { recursive: true });
    const id = `citizen-code-${this.now()}-${randomBytes(4).toString('hex')}`;
    const mail = {
      id,
      from: 'Tandem <no-reply@verificationemail.com>',
      to: email,
      subject: 'Votre code de connexion',
      text: `Votre code de connexion Tandem est ${code}. Il est valable ${CITIZEN_CODE.minutes} minutes.`,
      tags: { kind: 'citizen-code', pool: client.poolId },
      sentAt: new Date(this.now()).toISOString(),
    };
    await writeFile(join(this.options.outboxDir, `${id}.json`), JSON.stringify(mail, null, 2));
  }

  async verify(client: CitizenClient, email: string, session: string, code: string, context: UserContext): Promise<CitizenCodeStep> {
    const file = this.codeFile(session);
    const p = this.store.read<PendingCode>(file);
    if (!p || p.clientId !== client.clientId || p.email !== email.toLowerCase()) {
      throw new IdentityError('NotAuthorizedException', 'Invalid session for the user.');
    }
    if (p.expiresAt <= this.now()) {
      this.store.remove(file);
      throw new IdentityError('ExpiredCodeException', 'Invalid code provided, please request a code again.');
    }
    if (!timingSafeEqual(Buffer.from(p.codeHash), Buffer.from(sha256(code)))) {
      const attempts = p.attempts + 1;
      if (attempts >= CITIZEN_CODE.maxAttempts) {
        this.store.remove(file);
        throw new IdentityError('TooManyFailedAttemptsException', 'Too many wrong codes: ask for a new one.');
      }
      this.store.write(file, { ...p, attempts });
      throw new IdentityError('CodeMismatchException', 'Invalid code received for user');
    }
    this.store.remove(file); // a code works once
    return { kind: 'tokens', tokens: await this.tokensOf(client, p.email, context) };
  }

  /** The account (created at the first use) signed in with its service password: cognito-local's own tokens. */
  private async tokensOf(client: CitizenClient, email: string, context: UserContext): Promise<IssuedTokens> {
    const password = await this.servicePassword(client, email);
    const step = await this.upstream.signIn(client, email, password, context);
    if (step.kind !== 'tokens') throw new IdentityError('UnsupportedChallenge', `cognito-local asked for ${step.challenge}`);
    return step.tokens;
  }

  /**
   * The account of this address (created at the first use), given `attributes`, signed in with its service password:
   * how the federated sign-in ends on one machine (local-citizen-federation.ts), as Cognito's identity provider does.
   */
  async tokensFor(client: CitizenClient, email: string, context: UserContext, attributes: AttributeType[] = []): Promise<IssuedTokens> {
    const address = email.toLowerCase();
    const password = await this.servicePassword(client, address);
    if (attributes.length) {
      await this.accounts().send(
        new AdminUpdateUserAttributesCommand({ UserPoolId: client.poolId, Username: address, UserAttributes: attributes }),
      );
    }
    const step = await this.upstream.signIn(client, address, password, context);
    if (step.kind !== 'tokens') throw new IdentityError('UnsupportedChallenge', `cognito-local asked for ${step.challenge}`);
    return step.tokens;
  }

  private async servicePassword(client: CitizenClient, email: string): Promise<string> {
    const file = this.passwordFile(client.poolId, email);
    const known = this.store.read<{ password: string }>(file)?.password;
    let exists = true;
    try {
      await this.accounts().send(new AdminGetUserCommand({ UserPoolId: client.poolId, Username: email }));
    } catch (e) {
      if ((e as Error).name !== 'UserNotFoundException') throw e;
      exists = false;
    }
    if (exists && known) return known;
    if (!exists) {
      await this.accounts().send(
        new AdminCreateUserCommand({
          UserPoolId: client.poolId,
          Username: email,
          UserAttributes: [
            { Name: 'email', Value: email },
            { Name: 'email_verified', Value: 'true' },
          ],
          MessageAction: 'SUPPRESS',
        }),
      );
    }
    // Meets any password policy; never shown to anyone.
    const password = `${randomBytes(24).toString('base64url')}-Aa1`;
    await this.accounts().send(
      new AdminSetUserPasswordCommand({ UserPoolId: client.poolId, Username: email, Password: password, Permanent: true }),
    );
    this.store.write(file, { password });
    return password;
  }

  async signInWithPassword(client: CitizenClient, email: string, password: string, context: UserContext): Promise<IssuedTokens> {
    const file = this.ownPasswordFile(client.poolId, email);
    const kept = this.store.read<OwnPassword>(file);
    const right = await this.matches(kept ?? NO_PASSWORD, password);
    if (!kept || !right) throw notAuthorized();
    if (!(await this.accountExists(client, email))) {
      // The account was deleted since: its password goes with it (and never recreates it).
      this.store.remove(file);
      throw notAuthorized();
    }
    return this.tokensOf(client, email.toLowerCase(), context);
  }

  async hasPassword(client: CitizenClient, accessToken: string): Promise<boolean> {
    const email = await this.emailOf(accessToken);
    return this.store.read<OwnPassword>(this.ownPasswordFile(client.poolId, email)) !== undefined;
  }

  async changePassword(client: CitizenClient, accessToken: string, proposed: string, previous?: string): Promise<void> {
    const email = await this.emailOf(accessToken);
    const file = this.ownPasswordFile(client.poolId, email);
    const kept = this.store.read<OwnPassword>(file);
    // As Cognito: the previous password is needed once there is one, and must be right.
    if (kept && (previous === undefined || !(await this.matches(kept, previous)))) throw notAuthorized();
    const unmet = unmetPasswordRules(proposed);
    if (unmet.length) throw new IdentityError('InvalidPasswordException', `Password does not conform to policy: ${unmet.join(', ')}`);
    const salt = randomBytes(16);
    const hash = await scryptHash(proposed, salt, SCRYPT);
    this.store.write(file, {
      salt: salt.toString('base64'),
      hash: hash.toString('base64'),
      N: SCRYPT.N,
      r: SCRYPT.r,
      p: SCRYPT.p,
    } satisfies OwnPassword);
  }

  private async matches(kept: OwnPassword, password: string): Promise<boolean> {
    const hash = await scryptHash(password, Buffer.from(kept.salt, 'base64'), kept);
    const expected = Buffer.from(kept.hash, 'base64');
    return hash.length === expected.length && timingSafeEqual(hash, expected);
  }

  /** The account's address, read from its access token by cognito-local (as Cognito reads its own tokens). */
  private async emailOf(accessToken: string): Promise<string> {
    const user = await this.accounts().send(new GetUserCommand({ AccessToken: accessToken }));
    const email = user.UserAttributes?.find((a) => a.Name === 'email')?.Value ?? user.Username;
    if (!email) throw new IdentityError('NotAuthorizedException', 'Invalid Access Token');
    return email.toLowerCase();
  }

  private async accountExists(client: CitizenClient, email: string): Promise<boolean> {
    try {
      await this.accounts().send(new AdminGetUserCommand({ UserPoolId: client.poolId, Username: email }));
      return true;
    } catch (e) {
      if ((e as Error).name !== 'UserNotFoundException') throw e;
      return false;
    }
  }

  async refresh(client: CitizenClient, refreshToken: string, context: UserContext): Promise<IssuedTokens> {
    if (this.store.isRevoked(refreshToken)) throw new IdentityError('NotAuthorizedException', 'Refresh Token has been revoked');
    return this.upstream.refresh(client, refreshToken, context);
  }

  async signOut(client: CitizenClient, refreshToken: string): Promise<void> {
    this.store.markRevoked(refreshToken);
    await this.upstream.revoke(client, refreshToken).catch(() => undefined);
  }

  /**
   * As in the cloud: DeleteUser in cognito-local with the person's own access token, through the function's
   * access-checked client (cognito-local supports it); then the service password and the refresh token are forgotten
   * here, so that a new sign-in with the address starts a new account.
   */
  async deleteAccount(client: CitizenClient, account: { accessToken: string; refreshToken: string; email: string }): Promise<void> {
    await (this.options.tokens ?? cognito)().send(new DeleteUserCommand({ AccessToken: account.accessToken }));
    this.store.remove(this.passwordFile(client.poolId, account.email));
    this.store.remove(this.ownPasswordFile(client.poolId, account.email));
    this.store.markRevoked(account.refreshToken);
  }
}
