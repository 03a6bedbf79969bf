/**
 * Staff sign-in against the commune's staff pool, every step through the API (the browser talks to one origin):
 *
 *   POST auth/login            password → signed in, or the next step (new password, TOTP code, TOTP set-up)
 *   POST auth/new-password     first sign-in with a temporary password (NEW_PASSWORD_REQUIRED)
 *   POST auth/totp             the authenticator's code (SOFTWARE_TOKEN_MFA)
 *   POST auth/totp-setup       the first code of a new authenticator: TOTP on, then signed in
 *   POST auth/refresh          a new ID token, from the refresh-token cookie
 *   POST auth/sign-out         revokes the refresh token, clears the cookie
 *   POST auth/forgot-password  a code by e-mail (the same answer for any address)
 *   POST auth/reset-password   the code and a new password
 *   POST auth/citizen/…        the citizen sign-in with an e-mail code (citizen-auth.ts, docs/citizen-space.md)
 *   POST auth/citizen/federation/…  with itsme or the eID through FAS (citizen-federation-routes.ts)
 *
 * House rules held here, whichever identity provider runs underneath (identity-provider.ts): an admin gets
 * tokens only after a TOTP code (set up first if there is none yet); the refresh token never reaches page
 * scripts (HttpOnly cookie scoped to /api/<commune>/auth/); refresh and sign-out need STAFF_AUTH_HEADER (CSRF).
 * See docs/staff-sign-in.md.
 */
import {
  ForgotPasswordInput,
  LoginInput,
  NewPasswordInput,
  PROBLEM_CONTENT_TYPE,
  ResetPasswordInput,
  STAFF_AUTH_HEADER,
  STAFF_REFRESH_COOKIE,
  type SignInStep,
  TOKEN_VALIDITY,
  TOTP_SETUP_MAX_ATTEMPTS,
  TotpCodeInput,
  problem,
  staffRolesOf,
  type CommuneRegistration,
} from '@tandem/shared';
import { HttpError, apiHandler, badRequest, json, parseBody, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { routeOf } from '../lib/route-of.js';
import { currentIdentityProvider } from './current-identity-provider.js';
import { type AuthStep, type IssuedTokens, type StaffClient, identityErrorName } from './identity-provider.js';
import { countWrongSetupCode, heldForTotpSetup, holdForTotpSetup, releaseTotpSetup } from './totp-setup-store.js';
import { otpauthUri } from './totp.js';
import { clearedCookie, cookieValue, refreshCookie } from './refresh-cookie.js';
import { CITIZEN_AUTH_ROUTES, type CitizenAction, citizenAuth, citizenClient } from './citizen-auth.js';
import { FEDERATION_ROUTES, type FederationAction, citizenFederationAuth } from './citizen-federation-routes.js';
import { claimsOf, requireCookieCallHeader, secondsLeft, userContext } from './sign-in-parts.js';

type Action = 'login' | 'new-password' | 'totp' | 'totp-setup' | 'refresh' | 'sign-out' | 'forgot-password' | 'reset-password';

const WRONG_PASSWORD = new Set([
  'NotAuthorizedException',
  'UserNotFoundException',
  // cognito-local answers InvalidPasswordException where Cognito answers NotAuthorizedException.
  'InvalidPasswordException',
  'UserNotConfirmedException',
  'PasswordResetRequiredException',
]);
const TOO_MANY = new Set(['TooManyRequestsException', 'LimitExceededException', 'TooManyFailedAttemptsException']);
const WRONG_CODE = new Set(['CodeMismatchException', 'EnableSoftwareTokenMFAException']);

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const action = routeOf<'auth/sign-in', Action | CitizenAction | FederationAction>(event, {
    ...CITIZEN_AUTH_ROUTES,
    ...FEDERATION_ROUTES,
    'POST /api/{commune}/auth/login': 'login',
    'POST /api/{commune}/auth/new-password': 'new-password',
    'POST /api/{commune}/auth/totp': 'totp',
    'POST /api/{commune}/auth/totp-setup': 'totp-setup',
    'POST /api/{commune}/auth/refresh': 'refresh',
    'POST /api/{commune}/auth/sign-out': 'sign-out',
    'POST /api/{commune}/auth/forgot-password': 'forgot-password',
    'POST /api/{commune}/auth/reset-password': 'reset-password',
  });
  try {
    if (action.startsWith('citizen-federation-')) {
      return await citizenFederationAuth(action as FederationAction, event, reg, citizenClient(reg));
    }
    if (action.startsWith('citizen-')) return await citizenAuth(action as CitizenAction, event, reg);
    return await ACTIONS[action as Action](event, reg);
  } catch (e) {
    if (TOO_MANY.has(identityErrorName(e))) {
      // Cognito's own limit (attempts on an account or a code): the same answer as the gateway's limits.
      return {
        statusCode: 429,
        headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store', 'retry-after': '60' },
        body: JSON.stringify(problem(429, 'too many attempts: wait a minute, then try again', { instance: event.rawPath })),
      };
    }
    throw asHttpError(e, action as Action);
  }
});

const ACTIONS: Record<Action, (event: ApiEvent, reg: CommuneRegistration) => Promise<ApiResult>> = {
  async login(event, reg) {
    const b = parseBody(event, LoginInput);
    const step = await currentIdentityProvider().signIn(staffClient(reg), b.username, b.password, userContext(event, b.contextData));
    return answer(reg, b.username, step, { afterSecondFactor: false, wantsTotp: b.setUpTotp === true, remember: b.remember === true });
  },

  async 'new-password'(event, reg) {
    const b = parseBody(event, NewPasswordInput);
    const step = await currentIdentityProvider().answerChallenge(
      staffClient(reg),
      'NEW_PASSWORD_REQUIRED',
      b.username,
      b.session,
      b.newPassword,
      userContext(event),
    );
    return answer(reg, b.username, step, { afterSecondFactor: false, wantsTotp: false });
  },

  async totp(event, reg) {
    const b = parseBody(event, TotpCodeInput);
    const step = await currentIdentityProvider().answerChallenge(
      staffClient(reg),
      'SOFTWARE_TOKEN_MFA',
      b.username,
      b.session,
      b.code,
      userContext(event),
    );
    return answer(reg, b.username, step, { afterSecondFactor: true, wantsTotp: false });
  },

  async 'totp-setup'(event, reg) {
    const b = parseBody(event, TotpCodeInput);
    const held = await heldForTotpSetup(reg.config.id, b.session, b.username);
    if (!held) throw sessionExpired();
    try {
      await currentIdentityProvider().enableTotp(staffClient(reg), held.accessToken, b.code);
    } catch (e) {
      if (!WRONG_CODE.has(identityErrorName(e))) throw e;
      const attempts = await countWrongSetupCode(reg.config.id, b.session).catch(() => TOTP_SETUP_MAX_ATTEMPTS);
      if (attempts >= TOTP_SETUP_MAX_ATTEMPTS) await releaseTotpSetup(reg.config.id, b.session);
      throw wrongCode();
    }
    if (!(await releaseTotpSetup(reg.config.id, b.session))) throw sessionExpired();
    return signedIn(reg, held);
  },

  async refresh(event, reg) {
    requireStaffHeader(event);
    const token = refreshCookieOf(event);
    if (!token) throw sessionExpired();
    try {
      const tokens = await currentIdentityProvider().refresh(staffClient(reg), token, userContext(event));
      return signedIn(reg, tokens);
    } catch (e) {
      if (identityErrorName(e) !== 'NotAuthorizedException') throw e;
      // A revoked or expired refresh token: the cookie is of no use any more.
      const r = (await problemAnswer(event, sessionExpired())) as ApiResult;
      return { ...r, cookies: [clearedStaffCookie(reg)] };
    }
  },

  async 'sign-out'(event, reg) {
    requireStaffHeader(event);
    const token = refreshCookieOf(event);
    if (token) {
      await currentIdentityProvider()
        .revoke(staffClient(reg), token)
        .catch((e) => {
          // Already revoked, expired or unknown: signed out all the same.
          if (identityErrorName(e) !== 'NotAuthorizedException' && identityErrorName(e) !== 'UnsupportedTokenTypeException') throw e;
        });
    }
    return { statusCode: 204, headers: { 'cache-control': 'no-store' }, cookies: [clearedStaffCookie(reg)] };
  },

  async 'forgot-password'(event, reg) {
    const b = parseBody(event, ForgotPasswordInput);
    try {
      await currentIdentityProvider().forgotPassword(staffClient(reg), b.username, userContext(event));
    } catch (e) {
      // No answer may tell whether the address has an account (Cognito: preventUserExistenceErrors).
      if (TOO_MANY.has(identityErrorName(e))) throw e;
      if (!['UserNotFoundException', 'NotAuthorizedException', 'InvalidParameterException'].includes(identityErrorName(e))) throw e;
    }
    return json(200, { sent: true });
  },

  async 'reset-password'(event, reg) {
    const b = parseBody(event, ResetPasswordInput);
    try {
      await currentIdentityProvider().confirmForgotPassword(staffClient(reg), b.username, b.code, b.newPassword, userContext(event));
    } catch (e) {
      // An unknown address gets the wrong-code answer (no account enumeration).
      if (identityErrorName(e) === 'UserNotFoundException') throw wrongCode();
      throw e;
    }
    return { statusCode: 204, headers: { 'cache-control': 'no-store' } };
  },
};

const staffClient = (reg: CommuneRegistration): StaffClient => ({ clientId: reg.auth.staffClientId, poolId: reg.auth.staffPoolId });

/** Signed in, the next challenge, or (an admin, or someone who asked for it, without a second factor yet) TOTP set-up. */
async function answer(
  reg: CommuneRegistration,
  username: string,
  step: AuthStep,
  how: { afterSecondFactor: boolean; wantsTotp: boolean; remember?: boolean },
): Promise<ApiResult> {
  if (step.kind === 'challenge') {
    const next: SignInStep =
      step.challenge === 'NEW_PASSWORD_REQUIRED'
        ? { step: 'new-password', session: step.session }
        : { step: 'totp', session: step.session };
    return json(200, next);
  }
  const isAdmin = staffRolesOf(claimsOf(step.tokens.idToken)['cognito:groups']).includes('admin');
  // The pool's MFA is optional (field workers); tokens straight after the password mean no TOTP is set up.
  if (!how.afterSecondFactor && (isAdmin || how.wantsTotp)) {
    const provider = currentIdentityProvider();
    const secret = await provider.associateTotp(staffClient(reg), step.tokens.accessToken);
    const session = await holdForTotpSetup(reg.config.id, username, step.tokens);
    const account = String(claimsOf(step.tokens.idToken).email ?? username);
    const next: SignInStep = { step: 'totp-setup', session, secret, otpauthUri: otpauthUri(`Tandem ${reg.config.name}`, account, secret) };
    return json(200, next);
  }
  return signedIn(reg, step.tokens, how.remember);
}

function signedIn(reg: CommuneRegistration, t: Pick<IssuedTokens, 'idToken' | 'expiresIn' | 'refreshToken'>, remember = false): ApiResult {
  const body: SignInStep = { step: 'signed-in', idToken: t.idToken, expiresIn: secondsLeft(t) };
  const res = json(200, body);
  return t.refreshToken ? { ...res, cookies: [refreshCookieHeader(reg, t.refreshToken, remember)] } : res;
}

const staffCookiePath = (reg: CommuneRegistration) => `/api/${reg.config.id}/auth/`;

/**
 * No Max-Age: the browser forgets the cookie when it closes (as the tab-scoped storage of before did); Cognito
 * still refuses the token after TOKEN_VALIDITY.refreshTokenDays, and sign-out revokes it at once. `remember` (the
 * field app on a phone, which must reopen signed in): kept for as long as Cognito accepts the token.
 */
function refreshCookieHeader(reg: CommuneRegistration, token: string, remember = false): string {
  return refreshCookie(
    STAFF_REFRESH_COOKIE,
    staffCookiePath(reg),
    token,
    remember ? TOKEN_VALIDITY.refreshTokenDays * 24 * 3600 : undefined,
  );
}

const clearedStaffCookie = (reg: CommuneRegistration) => clearedCookie(STAFF_REFRESH_COOKIE, staffCookiePath(reg));
const refreshCookieOf = (event: ApiEvent) => cookieValue(event, STAFF_REFRESH_COOKIE);

const requireStaffHeader = (event: ApiEvent) => requireCookieCallHeader(event, STAFF_AUTH_HEADER, 'the staff app');

const sessionExpired = () => new HttpError(401, 'the session has expired: sign in again');
const wrongCode = () => badRequest('the code is not right', [{ name: 'code', reason: 'does not match' }]);

async function problemAnswer(event: ApiEvent, e: HttpError): Promise<ApiResult> {
  return {
    statusCode: e.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store' },
    body: JSON.stringify(e.toProblem(event.rawPath)),
  };
}

/** The identity service's refusals as problems naming what was wrong. */
function asHttpError(e: unknown, action: Action): unknown {
  if (e instanceof HttpError) return e;
  const name = identityErrorName(e);
  const message = e instanceof Error ? e.message : '';
  if (WRONG_CODE.has(name)) return wrongCode();
  if (name === 'ExpiredCodeException') return badRequest('the code has expired: ask for a new one', [{ name: 'code', reason: 'expired' }]);
  if (name === 'InvalidPasswordException' && action !== 'login') {
    return badRequest('the new password does not meet the policy', [
      { name: 'newPassword', reason: message || 'does not meet the policy' },
    ]);
  }
  if (action === 'login' && WRONG_PASSWORD.has(name)) return new HttpError(401, 'wrong e-mail or password');
  if (name === 'UnsupportedChallenge') return new HttpError(401, message);
  if (name === 'NotAuthorizedException' || name === 'InvalidParameterException' || name === 'ResourceNotFoundException') {
    return sessionExpired();
  }
  return e;
}
