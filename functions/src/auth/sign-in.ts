/**
 * POST /api/{commune}/auth/login and /auth/refresh: staff sign in against their commune's staff pool
 * (USER_PASSWORD_AUTH through the API, so the browser talks to one origin only).
 */
import { InitiateAuthCommand, NotAuthorizedException, UserNotFoundException } from '@aws-sdk/client-cognito-identity-provider';
import { LoginInput, RefreshInput, type Tokens } from '@tandem/shared';
import { HttpError, apiHandler, json, parseBody } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { cognito } from '../lib/aws.js';
import { routeOf } from '../lib/route-of.js';

const SIGN_IN_REFUSALS = new Set([
  'NotAuthorizedException',
  'UserNotFoundException',
  'InvalidPasswordException',
  'UserNotConfirmedException',
  'PasswordResetRequiredException',
]);

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const refresh = routeOf<'auth/sign-in', boolean>(event, {
    'POST /api/{commune}/auth/login': false,
    'POST /api/{commune}/auth/refresh': true,
  });
  const params = refresh
    ? { AuthFlow: 'REFRESH_TOKEN_AUTH' as const, AuthParameters: { REFRESH_TOKEN: parseBody(event, RefreshInput).refreshToken } }
    : (() => {
        const b = parseBody(event, LoginInput);
        return { AuthFlow: 'USER_PASSWORD_AUTH' as const, AuthParameters: { USERNAME: b.username, PASSWORD: b.password } };
      })();
  try {
    const res = await cognito().send(new InitiateAuthCommand({ ClientId: reg.auth.staffClientId, ...params }));
    const r = res.AuthenticationResult;
    if (!r?.IdToken || !r.AccessToken) {
      throw new HttpError(401, `sign-in needs a further step (${res.ChallengeName ?? 'unknown'}) that this client does not support`);
    }
    const tokens: Tokens = {
      idToken: r.IdToken,
      accessToken: r.AccessToken,
      expiresIn: r.ExpiresIn ?? 3600,
      ...(r.RefreshToken ? { refreshToken: r.RefreshToken } : {}),
    };
    return json(200, tokens);
  } catch (e) {
    // cognito-local answers InvalidPasswordException where Cognito answers NotAuthorizedException.
    if (e instanceof NotAuthorizedException || e instanceof UserNotFoundException || SIGN_IN_REFUSALS.has((e as Error).name)) {
      throw new HttpError(401, refresh ? 'the session has expired: sign in again' : 'wrong e-mail or password');
    }
    throw e;
  }
});
