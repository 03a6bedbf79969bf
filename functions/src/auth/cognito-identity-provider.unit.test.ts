/**
 * The Cognito adapter's contract: the commands it sends (name and input, as Cognito's API reference defines
 * them) and how it reads the answers. A recording client stands in for the SDK's network layer only.
 */
import { describe, expect, it } from 'vitest';
import { CognitoIdentityProvider } from './cognito-identity-provider.js';

interface Sent {
  command: string;
  input: Record<string, unknown>;
}

function recorder(answers: Record<string, unknown> = {}) {
  const sent: Sent[] = [];
  const client = {
    send: async (cmd: { constructor: { name: string }; input: Record<string, unknown> }) => {
      const command = cmd.constructor.name.replace(/Command$/, '');
      sent.push({ command, input: cmd.input });
      const a = answers[command];
      if (a instanceof Error) throw a;
      return a ?? {};
    },
  };
  return { sent, provider: (options?: { propagateIp?: boolean }) => new CognitoIdentityProvider(() => client as never, options) };
}

const CLIENT = { clientId: 'client-1', poolId: 'eu-west-1_pool' };
const CTX = { sourceIp: '203.0.113.7', userAgent: 'Firefox/140' };
const TOKENS = { IdToken: 'id', AccessToken: 'access', RefreshToken: 'refresh', ExpiresIn: 3600 };

describe('CognitoIdentityProvider', () => {
  it('signs in with USER_PASSWORD_AUTH, the context in ClientMetadata, no IpAddress without propagation', async () => {
    const { sent, provider } = recorder({ InitiateAuth: { AuthenticationResult: TOKENS } });
    const step = await provider().signIn(CLIENT, 'a@b.example', 'pw', CTX);
    expect(sent).toEqual([
      {
        command: 'InitiateAuth',
        input: {
          ClientId: 'client-1',
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: 'a@b.example', PASSWORD: 'pw' },
          ClientMetadata: { sourceIp: '203.0.113.7', userAgent: 'Firefox/140' },
        },
      },
    ]);
    expect(step).toEqual({ kind: 'tokens', tokens: { idToken: 'id', accessToken: 'access', refreshToken: 'refresh', expiresIn: 3600 } });
  });

  it('passes EncodedData, and IpAddress only when the client may propagate it', async () => {
    const { sent, provider } = recorder({ InitiateAuth: { AuthenticationResult: TOKENS } });
    await provider().signIn(CLIENT, 'a', 'pw', { ...CTX, encodedData: 'fingerprint' });
    await provider({ propagateIp: true }).signIn(CLIENT, 'a', 'pw', CTX);
    expect(sent[0].input.UserContextData).toEqual({ EncodedData: 'fingerprint' });
    expect(sent[1].input.UserContextData).toEqual({ IpAddress: '203.0.113.7' });
  });

  it('reads NEW_PASSWORD_REQUIRED and SOFTWARE_TOKEN_MFA as challenges, and refuses any other', async () => {
    const np = recorder({ InitiateAuth: { ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: 's1' } });
    expect(await np.provider().signIn(CLIENT, 'a', 'pw', CTX)).toEqual({
      kind: 'challenge',
      challenge: 'NEW_PASSWORD_REQUIRED',
      session: 's1',
    });
    const mfa = recorder({ InitiateAuth: { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 's2' } });
    expect(await mfa.provider().signIn(CLIENT, 'a', 'pw', CTX)).toEqual({
      kind: 'challenge',
      challenge: 'SOFTWARE_TOKEN_MFA',
      session: 's2',
    });
    const sms = recorder({ InitiateAuth: { ChallengeName: 'SMS_MFA', Session: 's3' } });
    await expect(sms.provider().signIn(CLIENT, 'a', 'pw', CTX)).rejects.toMatchObject({ name: 'UnsupportedChallenge' });
  });

  it('answers challenges with RespondToAuthChallenge and the answer under Cognito’s key', async () => {
    const { sent, provider } = recorder({ RespondToAuthChallenge: { AuthenticationResult: TOKENS } });
    await provider().answerChallenge(CLIENT, 'NEW_PASSWORD_REQUIRED', 'a@b', 'sess', 'New-Password-1', CTX);
    await provider().answerChallenge(CLIENT, 'SOFTWARE_TOKEN_MFA', 'a@b', 'sess2', '123456', CTX);
    expect(sent.map((s) => s.command)).toEqual(['RespondToAuthChallenge', 'RespondToAuthChallenge']);
    expect(sent[0].input).toMatchObject({
      ClientId: 'client-1',
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: 'sess',
      ChallengeResponses: { USERNAME: 'a@b', NEW_PASSWORD: 'New-Password-1' },
    });
    expect(sent[1].input).toMatchObject({
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session: 'sess2',
      ChallengeResponses: { USERNAME: 'a@b', SOFTWARE_TOKEN_MFA_CODE: '123456' },
    });
  });

  it('refreshes with REFRESH_TOKEN_AUTH and revokes with RevokeToken', async () => {
    const { sent, provider } = recorder({ InitiateAuth: { AuthenticationResult: { IdToken: 'id2', AccessToken: 'ac2', ExpiresIn: 300 } } });
    expect(await provider().refresh(CLIENT, 'rt', CTX)).toEqual({ idToken: 'id2', accessToken: 'ac2', expiresIn: 300 });
    await provider().revoke(CLIENT, 'rt');
    expect(sent[0].input).toMatchObject({ ClientId: 'client-1', AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: 'rt' } });
    expect(sent[1]).toEqual({ command: 'RevokeToken', input: { ClientId: 'client-1', Token: 'rt' } });
  });

  it('sets TOTP up with the access token: AssociateSoftwareToken, VerifySoftwareToken, then SetUserMFAPreference', async () => {
    const { sent, provider } = recorder({ AssociateSoftwareToken: { SecretCode: 'SECRET' }, VerifySoftwareToken: { Status: 'SUCCESS' } });
    expect(await provider().associateTotp(CLIENT, 'access')).toBe('SECRET');
    await provider().enableTotp(CLIENT, 'access', '654321');
    expect(sent).toEqual([
      { command: 'AssociateSoftwareToken', input: { AccessToken: 'access' } },
      { command: 'VerifySoftwareToken', input: { AccessToken: 'access', UserCode: '654321', FriendlyDeviceName: 'Tandem' } },
      {
        command: 'SetUserMFAPreference',
        input: { AccessToken: 'access', SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true } },
      },
    ]);
  });

  it('does not turn TOTP on when the first code does not verify', async () => {
    const { sent, provider } = recorder({ VerifySoftwareToken: { Status: 'ERROR' } });
    await expect(provider().enableTotp(CLIENT, 'access', '000000')).rejects.toMatchObject({ name: 'CodeMismatchException' });
    expect(sent.map((s) => s.command)).toEqual(['VerifySoftwareToken']);
  });

  it('asks for and confirms a forgotten password with the client id and the context', async () => {
    const { sent, provider } = recorder();
    await provider().forgotPassword(CLIENT, 'a@b', CTX);
    await provider().confirmForgotPassword(CLIENT, 'a@b', '123456', 'New-Password-1', CTX);
    expect(sent[0]).toEqual({
      command: 'ForgotPassword',
      input: { ClientId: 'client-1', Username: 'a@b', ClientMetadata: { sourceIp: '203.0.113.7', userAgent: 'Firefox/140' } },
    });
    expect(sent[1].input).toMatchObject({ ClientId: 'client-1', Username: 'a@b', ConfirmationCode: '123456', Password: 'New-Password-1' });
  });

  it('lets Cognito’s errors through with their names (the sign-in maps them once)', async () => {
    const e = Object.assign(new Error('Attempt limit exceeded'), { name: 'LimitExceededException' });
    const { provider } = recorder({ ConfirmForgotPassword: e });
    await expect(provider().confirmForgotPassword(CLIENT, 'a', '1', 'p', CTX)).rejects.toMatchObject({ name: 'LimitExceededException' });
  });
});
