/**
 * The citizen sign-in in the cloud: Cognito's choice-based sign-in on the commune's citizen pool (infra/constructs/
 * commune-pools.ts: Essentials plan, sign-in policy EMAIL_OTP and PASSWORD, client flow ALLOW_USER_AUTH, self sign-up).
 *
 *   first use   SignUp (no password: Cognito mails a confirmation code) → ConfirmSignUp with the code and SignUp's
 *               session → InitiateAuth USER_AUTH with ConfirmSignUp's session: tokens, no second code
 *   afterwards  SignUp answers UsernameExistsException → InitiateAuth USER_AUTH, PREFERRED_CHALLENGE EMAIL_OTP
 *               (Cognito mails an 8-digit code) → RespondToAuthChallenge EMAIL_OTP: tokens
 *   begun, never confirmed   InitiateAuth answers UserNotConfirmedException → ResendConfirmationCode →
 *               ConfirmSignUp (no session to sign in with) → InitiateAuth EMAIL_OTP: a second code
 *
 * The optional password (docs/citizen-space.md):
 *   sign in     InitiateAuth USER_PASSWORD_AUTH (a flow of CITIZEN_CLIENT_AUTH_FLOWS): one call whose parameters
 *               are documented, and an account without a password simply fails (NotAuthorizedException), where
 *               USER_AUTH with PREFERRED_CHALLENGE PASSWORD could offer such an account another factor (a code)
 *   has one?    GetUserAuthFactors with the access token: PASSWORD among ConfiguredUserAuthFactors
 *   choose      ChangePassword with the access token, without PreviousPassword (allowed for a user who has no
 *               password and signs in passwordless only); change: with PreviousPassword
 *
 * Which of these happened is in the session, which the sign-in function keeps in the table, never in an answer
 * (the answers are the same for every address: no account enumeration).
 */
import {
  ChangePasswordCommand,
  type CognitoIdentityProviderClient,
  ConfirmSignUpCommand,
  DeleteUserCommand,
  GetUserAuthFactorsCommand,
  InitiateAuthCommand,
  type InitiateAuthCommandOutput,
  ResendConfirmationCodeCommand,
  RespondToAuthChallengeCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { CitizenClient, CitizenCodeStep, CitizenSignIn } from './citizen-sign-in.js';
import { CognitoIdentityProvider } from './cognito-identity-provider.js';
import { IdentityError, type IssuedTokens, type UserContext, identityErrorName } from './identity-provider.js';

/** What the session holds: which step the code answers, and Cognito's own session. */
interface Pending {
  k: 'sign-up' | 'sign-in' | 'confirm';
  s?: string;
}
const encode = (p: Pending) => JSON.stringify(p);
function decode(session: string): Pending {
  try {
    const p = JSON.parse(session) as Pending;
    if (p.k === 'sign-up' || p.k === 'sign-in' || p.k === 'confirm') return p;
  } catch {
    // fall through
  }
  throw new IdentityError('NotAuthorizedException', 'Invalid session for the user.');
}

export class CognitoCitizenSignIn implements CitizenSignIn {
  private readonly tokens: CognitoIdentityProvider;

  constructor(private readonly cognito: () => Pick<CognitoIdentityProviderClient, 'send'>) {
    this.tokens = new CognitoIdentityProvider(cognito);
  }

  private metadata(c: UserContext) {
    return { ClientMetadata: { sourceIp: c.sourceIp, userAgent: c.userAgent.slice(0, 256) } };
  }

  async start(client: CitizenClient, email: string, context: UserContext): Promise<string> {
    try {
      const up = await this.cognito().send(
        new SignUpCommand({
          ClientId: client.clientId,
          Username: email,
          UserAttributes: [{ Name: 'email', Value: email }],
          ...this.metadata(context),
        }),
      );
      return encode({ k: 'sign-up', s: up.Session });
    } catch (e) {
      if (identityErrorName(e) !== 'UsernameExistsException') throw e;
    }
    try {
      return encode({ k: 'sign-in', s: await this.emailOtp(client, email, context) });
    } catch (e) {
      if (identityErrorName(e) !== 'UserNotConfirmedException') throw e;
      await this.cognito().send(
        new ResendConfirmationCodeCommand({ ClientId: client.clientId, Username: email, ...this.metadata(context) }),
      );
      return encode({ k: 'confirm' });
    }
  }

  /** InitiateAuth USER_AUTH asking for an e-mail code: Cognito's session of the EMAIL_OTP challenge. */
  private async emailOtp(client: CitizenClient, email: string, context: UserContext): Promise<string> {
    const res = await this.cognito().send(
      new InitiateAuthCommand({
        ClientId: client.clientId,
        AuthFlow: 'USER_AUTH',
        AuthParameters: { USERNAME: email, PREFERRED_CHALLENGE: 'EMAIL_OTP' },
        ...this.metadata(context),
      }),
    );
    if (res.ChallengeName !== 'EMAIL_OTP' || !res.Session) {
      throw new IdentityError('UnsupportedChallenge', `an e-mail code was asked, Cognito answered ${res.ChallengeName ?? 'tokens'}`);
    }
    return res.Session;
  }

  async verify(client: CitizenClient, email: string, session: string, code: string, context: UserContext): Promise<CitizenCodeStep> {
    const p = decode(session);
    if (p.k === 'sign-in') {
      const res = await this.cognito().send(
        new RespondToAuthChallengeCommand({
          ClientId: client.clientId,
          ChallengeName: 'EMAIL_OTP',
          Session: p.s,
          ChallengeResponses: { USERNAME: email, EMAIL_OTP_CODE: code },
          ...this.metadata(context),
        }),
      );
      return { kind: 'tokens', tokens: tokensOf(res) };
    }
    const confirmed = await this.cognito().send(
      new ConfirmSignUpCommand({
        ClientId: client.clientId,
        Username: email,
        ConfirmationCode: code,
        ...(p.s ? { Session: p.s } : {}),
        ...this.metadata(context),
      }),
    );
    if (p.k === 'sign-up' && confirmed.Session) {
      // Signed in straight from the sign-up (USER_AUTH with ConfirmSignUp's session): no second code.
      const res = await this.cognito().send(
        new InitiateAuthCommand({
          ClientId: client.clientId,
          AuthFlow: 'USER_AUTH',
          AuthParameters: { USERNAME: email },
          Session: confirmed.Session,
          ...this.metadata(context),
        }),
      );
      return { kind: 'tokens', tokens: tokensOf(res) };
    }
    return { kind: 'code-sent', session: encode({ k: 'sign-in', s: await this.emailOtp(client, email, context) }) };
  }

  async signInWithPassword(client: CitizenClient, email: string, password: string, context: UserContext): Promise<IssuedTokens> {
    const step = await this.tokens.signIn(client, email, password, context);
    // The citizen pool asks no second factor of the platform's citizens; any challenge is refused like a wrong password.
    if (step.kind !== 'tokens') throw new IdentityError('NotAuthorizedException', 'Incorrect username or password.');
    return step.tokens;
  }

  async hasPassword(_client: CitizenClient, accessToken: string): Promise<boolean> {
    const res = await this.cognito().send(new GetUserAuthFactorsCommand({ AccessToken: accessToken }));
    return (res.ConfiguredUserAuthFactors ?? []).includes('PASSWORD');
  }

  async changePassword(_client: CitizenClient, accessToken: string, proposed: string, previous?: string): Promise<void> {
    await this.cognito().send(
      new ChangePasswordCommand({
        AccessToken: accessToken,
        ProposedPassword: proposed,
        ...(previous !== undefined ? { PreviousPassword: previous } : {}),
      }),
    );
  }

  refresh(client: CitizenClient, refreshToken: string, context: UserContext): Promise<IssuedTokens> {
    return this.tokens.refresh(client, refreshToken, context);
  }

  signOut(client: CitizenClient, refreshToken: string): Promise<void> {
    return this.tokens.revoke(client, refreshToken);
  }

  /** DeleteUser with the person's own access token: Cognito authorises it by the token (no IAM right over the pool). */
  async deleteAccount(_client: CitizenClient, account: { accessToken: string; refreshToken: string; email: string }): Promise<void> {
    await this.cognito().send(new DeleteUserCommand({ AccessToken: account.accessToken }));
  }
}

function tokensOf(res: Pick<InitiateAuthCommandOutput, 'AuthenticationResult' | 'ChallengeName'>): IssuedTokens {
  const r = res.AuthenticationResult;
  if (!r?.IdToken || !r.AccessToken) {
    throw new IdentityError('UnsupportedChallenge', `sign-in needs a step this platform does not offer (${res.ChallengeName ?? 'none'})`);
  }
  return {
    idToken: r.IdToken,
    accessToken: r.AccessToken,
    expiresIn: r.ExpiresIn ?? 3600,
    ...(r.RefreshToken ? { refreshToken: r.RefreshToken } : {}),
  };
}
