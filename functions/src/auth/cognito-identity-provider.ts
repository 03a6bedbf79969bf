/**
 * The identity provider in the cloud: the commune's Cognito staff pool, through its public app client (no client
 * secret), with the unauthenticated user-pool API (InitiateAuth, RespondToAuthChallenge, ForgotPassword…) and the
 * access-token API (AssociateSoftwareToken, VerifySoftwareToken, SetUserMFAPreference).
 *
 * Threat protection: Cognito reads `UserContextData`. Its `EncodedData` (device data from Cognito's context-data
 * library in the page) is passed on when the page sent it. Its `IpAddress` is accepted only from an app client
 * with a secret and EnablePropagateAdditionalUserContextData (Cognito's rule); the staff client has no secret, so
 * it is sent only when `propagateIp` is on. The source IP and user agent always go in `ClientMetadata`, which
 * Cognito hands to the pool's Lambda triggers (none yet) and to no risk model.
 */
import {
  AssociateSoftwareTokenCommand,
  type CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  ForgotPasswordCommand,
  InitiateAuthCommand,
  type InitiateAuthCommandOutput,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  type AuthStep,
  type ChallengeName,
  IdentityError,
  type IdentityProvider,
  type IssuedTokens,
  type StaffClient,
  type UserContext,
} from './identity-provider.js';

const ANSWER_KEY: Record<ChallengeName, string> = {
  NEW_PASSWORD_REQUIRED: 'NEW_PASSWORD',
  SOFTWARE_TOKEN_MFA: 'SOFTWARE_TOKEN_MFA_CODE',
};

export class CognitoIdentityProvider implements IdentityProvider {
  constructor(
    private readonly cognito: () => Pick<CognitoIdentityProviderClient, 'send'>,
    private readonly options: { propagateIp?: boolean } = {},
  ) {}

  private contextData(c: UserContext) {
    const data = {
      ...(c.encodedData ? { EncodedData: c.encodedData } : {}),
      ...(this.options.propagateIp ? { IpAddress: c.sourceIp } : {}),
    };
    return {
      ...(Object.keys(data).length ? { UserContextData: data } : {}),
      ClientMetadata: { sourceIp: c.sourceIp, userAgent: c.userAgent.slice(0, 256) },
    };
  }

  async signIn(client: StaffClient, username: string, password: string, context: UserContext): Promise<AuthStep> {
    const res = await this.cognito().send(
      new InitiateAuthCommand({
        ClientId: client.clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: username, PASSWORD: password },
        ...this.contextData(context),
      }),
    );
    return step(res);
  }

  async answerChallenge(
    client: StaffClient,
    challenge: ChallengeName,
    username: string,
    session: string,
    answer: string,
    context: UserContext,
  ): Promise<AuthStep> {
    const res = await this.cognito().send(
      new RespondToAuthChallengeCommand({
        ClientId: client.clientId,
        ChallengeName: challenge,
        Session: session,
        ChallengeResponses: { USERNAME: username, [ANSWER_KEY[challenge]]: answer },
        ...this.contextData(context),
      }),
    );
    return step(res);
  }

  async refresh(client: StaffClient, refreshToken: string, context: UserContext): Promise<IssuedTokens> {
    const res = await this.cognito().send(
      new InitiateAuthCommand({
        ClientId: client.clientId,
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: refreshToken },
        ...this.contextData(context),
      }),
    );
    const s = step(res);
    if (s.kind !== 'tokens') throw new IdentityError('NotAuthorizedException', 'a refresh gave a challenge');
    return s.tokens;
  }

  async revoke(client: StaffClient, refreshToken: string): Promise<void> {
    await this.cognito().send(new RevokeTokenCommand({ ClientId: client.clientId, Token: refreshToken }));
  }

  async associateTotp(_client: StaffClient, accessToken: string): Promise<string> {
    const res = await this.cognito().send(new AssociateSoftwareTokenCommand({ AccessToken: accessToken }));
    if (!res.SecretCode) throw new Error('AssociateSoftwareToken returned no secret');
    return res.SecretCode;
  }

  async enableTotp(_client: StaffClient, accessToken: string, code: string): Promise<void> {
    const res = await this.cognito().send(
      new VerifySoftwareTokenCommand({ AccessToken: accessToken, UserCode: code, FriendlyDeviceName: 'Tandem' }),
    );
    if (res.Status !== 'SUCCESS') throw new IdentityError('CodeMismatchException', 'the code does not match the new secret');
    await this.cognito().send(
      new SetUserMFAPreferenceCommand({ AccessToken: accessToken, SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } }),
    );
  }

  async forgotPassword(client: StaffClient, username: string, context: UserContext): Promise<void> {
    await this.cognito().send(new ForgotPasswordCommand({ ClientId: client.clientId, Username: username, ...this.contextData(context) }));
  }

  async confirmForgotPassword(
    client: StaffClient,
    username: string,
    code: string,
    newPassword: string,
    context: UserContext,
  ): Promise<void> {
    await this.cognito().send(
      new ConfirmForgotPasswordCommand({
        ClientId: client.clientId,
        Username: username,
        ConfirmationCode: code,
        Password: newPassword,
        ...this.contextData(context),
      }),
    );
  }
}

/** Tokens, or one of the challenges this platform answers; any other challenge is refused (never half-handled). */
function step(res: Pick<InitiateAuthCommandOutput, 'AuthenticationResult' | 'ChallengeName' | 'Session'>): AuthStep {
  const r = res.AuthenticationResult;
  if (r?.IdToken && r.AccessToken) {
    return {
      kind: 'tokens',
      tokens: {
        idToken: r.IdToken,
        accessToken: r.AccessToken,
        expiresIn: r.ExpiresIn ?? 3600,
        ...(r.RefreshToken ? { refreshToken: r.RefreshToken } : {}),
      },
    };
  }
  if ((res.ChallengeName === 'NEW_PASSWORD_REQUIRED' || res.ChallengeName === 'SOFTWARE_TOKEN_MFA') && res.Session) {
    return { kind: 'challenge', challenge: res.ChallengeName, session: res.Session };
  }
  throw new IdentityError('UnsupportedChallenge', `sign-in needs a step this platform does not offer (${res.ChallengeName ?? 'none'})`);
}
