/**
 * The cloud citizen sign-in's contract with Cognito (cognito-citizen-sign-in.ts): the commands it sends for a new
 * address, a known one and one begun but never confirmed, as Cognito's API reference defines them for choice-based
 * sign-in (USER_AUTH, EMAIL_OTP) and the optional password (USER_PASSWORD_AUTH, GetUserAuthFactors, ChangePassword). A recording client stands in for the SDK's network layer only.
 */
import { describe, expect, it } from 'vitest';
import { CognitoCitizenSignIn } from './cognito-citizen-sign-in.js';

const CLIENT = { clientId: 'client-1', poolId: 'eu-west-1_pool' };
const CTX = { sourceIp: '203.0.113.7', userAgent: 'Firefox/140' };
const TOKENS = { AuthenticationResult: { IdToken: 'id', AccessToken: 'access', RefreshToken: 'refresh', ExpiresIn: 3600 } };
const fail = (name: string) => Object.assign(new Error(name), { name });

function recorder(answers: Record<string, unknown>) {
  const sent: { command: string; input: Record<string, unknown> }[] = [];
  const client = {
    send: async (cmd: { constructor: { name: string }; input: Record<string, unknown> }) => {
      const command = cmd.constructor.name.replace(/Command$/, '');
      sent.push({ command, input: cmd.input });
      const a = answers[command];
      if (a instanceof Error) throw a;
      return a ?? {};
    },
  };
  return { sent, signIn: new CognitoCitizenSignIn(() => client as never) };
}

describe('CognitoCitizenSignIn', () => {
  it('signs a new address up without a password, then confirms and signs in with the sign-up’s session (one code)', async () => {
    const { sent, signIn } = recorder({ SignUp: { Session: 'up-session' }, ConfirmSignUp: { Session: 'confirmed' }, InitiateAuth: TOKENS });
    const session = await signIn.start(CLIENT, 'new@example.org', CTX);
    expect(sent[0]).toMatchObject({
      command: 'SignUp',
      input: { ClientId: 'client-1', Username: 'new@example.org', UserAttributes: [{ Name: 'email', Value: 'new@example.org' }] },
    });
    expect(sent[0].input.Password).toBeUndefined();
    const step = await signIn.verify(CLIENT, 'new@example.org', session, '123456', CTX);
    expect(sent.slice(1)).toMatchObject([
      { command: 'ConfirmSignUp', input: { Username: 'new@example.org', ConfirmationCode: '123456', Session: 'up-session' } },
      { command: 'InitiateAuth', input: { AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'new@example.org' }, Session: 'confirmed' } },
    ]);
    expect(step).toEqual({ kind: 'tokens', tokens: { idToken: 'id', accessToken: 'access', refreshToken: 'refresh', expiresIn: 3600 } });
  });

  it('asks a known address for an e-mail code (USER_AUTH, PREFERRED_CHALLENGE EMAIL_OTP) and answers the challenge', async () => {
    const { sent, signIn } = recorder({
      SignUp: fail('UsernameExistsException'),
      InitiateAuth: { ChallengeName: 'EMAIL_OTP', Session: 'otp-session' },
      RespondToAuthChallenge: TOKENS,
    });
    const session = await signIn.start(CLIENT, 'known@example.org', CTX);
    expect(sent[1]).toMatchObject({
      command: 'InitiateAuth',
      input: { AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'known@example.org', PREFERRED_CHALLENGE: 'EMAIL_OTP' } },
    });
    await signIn.verify(CLIENT, 'known@example.org', session, '12345678', CTX);
    expect(sent[2]).toMatchObject({
      command: 'RespondToAuthChallenge',
      input: {
        ChallengeName: 'EMAIL_OTP',
        Session: 'otp-session',
        ChallengeResponses: { USERNAME: 'known@example.org', EMAIL_OTP_CODE: '12345678' },
      },
    });
  });

  it('sends the confirmation code again to an account never confirmed, then a sign-in code', async () => {
    const { sent, signIn } = recorder({
      SignUp: fail('UsernameExistsException'),
      InitiateAuth: fail('UserNotConfirmedException'),
    });
    const session = await signIn.start(CLIENT, 'half@example.org', CTX);
    expect(sent.map((s) => s.command)).toEqual(['SignUp', 'InitiateAuth', 'ResendConfirmationCode']);
    const { signIn: later, sent: sentLater } = recorder({ ConfirmSignUp: {}, InitiateAuth: { ChallengeName: 'EMAIL_OTP', Session: 's2' } });
    const step = await later.verify(CLIENT, 'half@example.org', session, '123456', CTX);
    expect(sentLater.map((s) => s.command)).toEqual(['ConfirmSignUp', 'InitiateAuth']);
    expect(step.kind).toBe('code-sent');
  });

  it('refuses a session it did not make', async () => {
    const { signIn } = recorder({});
    await expect(signIn.verify(CLIENT, 'x@example.org', 'forged', '123456', CTX)).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  });

  it('deletes the account with DeleteUser and the person’s own access token (no admin call)', async () => {
    const { sent, signIn } = recorder({ DeleteUser: {} });
    await signIn.deleteAccount(CLIENT, { accessToken: 'access', refreshToken: 'refresh', email: 'anne@example.org' });
    expect(sent).toEqual([{ command: 'DeleteUser', input: { AccessToken: 'access' } }]);
  });

  it('signs in with a password by USER_PASSWORD_AUTH (a flow the citizen client allows), and refuses a challenge like a wrong password', async () => {
    const { sent, signIn } = recorder({ InitiateAuth: TOKENS });
    const tokens = await signIn.signInWithPassword(CLIENT, 'known@example.org', 'Un-Mot-De-Passe-1', CTX);
    expect(sent).toMatchObject([
      {
        command: 'InitiateAuth',
        input: {
          ClientId: 'client-1',
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: 'known@example.org', PASSWORD: 'Un-Mot-De-Passe-1' },
        },
      },
    ]);
    expect(tokens.accessToken).toBe('access');
    const mfa = recorder({ InitiateAuth: { ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 's' } });
    await expect(mfa.signIn.signInWithPassword(CLIENT, 'known@example.org', 'x', CTX)).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });
    const wrong = recorder({ InitiateAuth: fail('NotAuthorizedException') });
    await expect(wrong.signIn.signInWithPassword(CLIENT, 'nobody@example.org', 'x', CTX)).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });
  });

  it('tells whether the account has a password from GetUserAuthFactors (PASSWORD among the configured factors)', async () => {
    const withOne = recorder({ GetUserAuthFactors: { Username: 'u', ConfiguredUserAuthFactors: ['EMAIL_OTP', 'PASSWORD'] } });
    expect(await withOne.signIn.hasPassword(CLIENT, 'access')).toBe(true);
    expect(withOne.sent).toEqual([{ command: 'GetUserAuthFactors', input: { AccessToken: 'access' } }]);
    const without = recorder({ GetUserAuthFactors: { Username: 'u', ConfiguredUserAuthFactors: ['EMAIL_OTP'] } });
    expect(await without.signIn.hasPassword(CLIENT, 'access')).toBe(false);
  });

  it('chooses a first password with ChangePassword and no PreviousPassword, and changes one with it', async () => {
    const { sent, signIn } = recorder({ ChangePassword: {} });
    await signIn.changePassword(CLIENT, 'access', 'Nouveau-Secret-1');
    await signIn.changePassword(CLIENT, 'access', 'Autre-Secret-22', 'Nouveau-Secret-1');
    expect(sent).toEqual([
      { command: 'ChangePassword', input: { AccessToken: 'access', ProposedPassword: 'Nouveau-Secret-1' } },
      {
        command: 'ChangePassword',
        input: { AccessToken: 'access', ProposedPassword: 'Autre-Secret-22', PreviousPassword: 'Nouveau-Secret-1' },
      },
    ]);
  });
});
