/**
 * The citizen sign-in's routes, served by the sign-in function (auth/sign-in), docs/citizen-space.md:
 *
 *   POST auth/citizen/start     { email } → { step: 'code-sent', session }: a code by e-mail (an account at the first use)
 *   POST auth/citizen/verify    { email, session, code } → signed in (ID token; refresh token in the cookie)
 *   POST auth/citizen/refresh   a new ID token from the cookie (needs CITIZEN_AUTH_HEADER)
 *   POST auth/citizen/sign-out  revokes the refresh token, clears the cookie (needs CITIZEN_AUTH_HEADER)
 *   POST auth/citizen/delete-account  deletes the account: its partition (REQ# entries, preferences), the requests'
 *                               link to it (the requests stay), the Cognito account (DeleteUser with its own access
 *                               token, from the cookie); clears the cookie (needs CITIZEN_AUTH_HEADER)
 *
 * The optional password (the code stays the default way in):
 *   POST auth/citizen/password-sign-in  { email, password } → signed in, as verify; one 401 for a wrong password,
 *                                        an unknown address and an account without a password
 *   GET  auth/citizen/password          { hasPassword } of the cookie's account (needs CITIZEN_AUTH_HEADER)
 *   POST auth/citizen/password          { password, currentPassword? } chooses or changes it (needs CITIZEN_AUTH_HEADER)
 * The last two need the account's access token: the cookie's refresh token gives it (as refresh does), and it
 * never leaves the function.
 *
 * The same answers for every address (no account enumeration); CITIZEN_CODE.maxAttempts wrong codes spend a
 * sign-in, which lasts CITIZEN_CODE.minutes; the routes are rate-limited per client (class `citizen-sign-in`).
 */
import {
  CITIZEN_AUTH_HEADER,
  CITIZEN_CODE,
  CITIZEN_REFRESH_COOKIE,
  type AccountDeleted,
  CitizenPasswordInput,
  CitizenPasswordSignInInput,
  type CitizenPasswordStatus,
  CitizenStartInput,
  type CitizenStep,
  CitizenVerifyInput,
  type CommuneRegistration,
  citizenAuthPath,
} from '@tandem/shared';
import { HttpError, badRequest, json, parseBody, problemResponse, type ApiEvent, type ApiResult } from '../lib/http.js';
import type { CitizenClient } from './citizen-sign-in.js';
import {
  countWrongCitizenCode,
  heldCitizenSignIn,
  holdCitizenSignIn,
  releaseCitizenSignIn,
  renewCitizenSignIn,
} from './citizen-sign-in-store.js';
import { currentCitizenSignIn } from './current-citizen-sign-in.js';
import { type IssuedTokens, identityErrorName } from './identity-provider.js';
import { clearedCookie, cookieValue, refreshCookie } from './refresh-cookie.js';
import { claimsOf, requireCookieCallHeader, secondsLeft, userContext } from './sign-in-parts.js';
import { removeAccountData } from '../citizen/account-data.js';

export type CitizenAction =
  | 'citizen-start'
  | 'citizen-verify'
  | 'citizen-refresh'
  | 'citizen-sign-out'
  | 'citizen-password-sign-in'
  | 'citizen-password-status'
  | 'citizen-password'
  | 'citizen-delete-account';

export const CITIZEN_AUTH_ROUTES = {
  'POST /api/{commune}/auth/citizen/start': 'citizen-start',
  'POST /api/{commune}/auth/citizen/verify': 'citizen-verify',
  'POST /api/{commune}/auth/citizen/refresh': 'citizen-refresh',
  'POST /api/{commune}/auth/citizen/sign-out': 'citizen-sign-out',
  'POST /api/{commune}/auth/citizen/delete-account': 'citizen-delete-account',
  'POST /api/{commune}/auth/citizen/password-sign-in': 'citizen-password-sign-in',
  'GET /api/{commune}/auth/citizen/password': 'citizen-password-status',
  'POST /api/{commune}/auth/citizen/password': 'citizen-password',
} as const satisfies Record<string, CitizenAction>;

const WRONG_CODE = new Set(['CodeMismatchException']);
const SPENT = new Set(['ExpiredCodeException', 'TooManyFailedAttemptsException', 'NotAuthorizedException']);

const expired = () =>
  new HttpError(401, 'this code has expired or was used: ask for a new one', [{ name: 'session', reason: 'expired or spent' }]);
/** What a password sign-in refusal may be called: one answer for all (cognito-local's InvalidPasswordException included). */
const WRONG_PASSWORD = new Set([
  'NotAuthorizedException',
  'UserNotFoundException',
  'InvalidPasswordException',
  'UserNotConfirmedException',
  'PasswordResetRequiredException',
]);
const wrongPassword = () =>
  new HttpError(401, 'the e-mail address or the password is not right', [{ name: 'password', reason: 'does not match' }]);
const wrongCode = () => badRequest('the code is not right', [{ name: 'code', reason: 'does not match' }]);

export function citizenClient(reg: CommuneRegistration): CitizenClient {
  const { citizenClientId, citizenPoolId } = reg.auth;
  if (!citizenClientId || !citizenPoolId) throw new HttpError(404, `${reg.config.id} has no citizen accounts`);
  return { clientId: citizenClientId, poolId: citizenPoolId };
}

export async function citizenAuth(action: CitizenAction, event: ApiEvent, reg: CommuneRegistration): Promise<ApiResult> {
  const client = citizenClient(reg);
  const signIn = currentCitizenSignIn();
  switch (action) {
    case 'citizen-start': {
      const { email } = parseBody(event, CitizenStartInput);
      const upstream = await signIn.start(client, email, userContext(event));
      const session = await holdCitizenSignIn(reg.config.id, email, upstream);
      return json(200, { step: 'code-sent', session } satisfies CitizenStep);
    }
    case 'citizen-verify': {
      const b = parseBody(event, CitizenVerifyInput);
      const held = await heldCitizenSignIn(reg.config.id, b.session, b.email);
      if (!held) throw expired();
      let step: Awaited<ReturnType<typeof signIn.verify>>;
      try {
        step = await signIn.verify(client, b.email, held.upstream, b.code, userContext(event));
      } catch (e) {
        const name = identityErrorName(e);
        if (WRONG_CODE.has(name)) {
          const attempts = await countWrongCitizenCode(reg.config.id, b.session).catch(() => CITIZEN_CODE.maxAttempts);
          if (attempts >= CITIZEN_CODE.maxAttempts) {
            await releaseCitizenSignIn(reg.config.id, b.session);
            throw expired();
          }
          throw wrongCode();
        }
        if (SPENT.has(name)) {
          await releaseCitizenSignIn(reg.config.id, b.session);
          throw expired();
        }
        throw e;
      }
      if (step.kind === 'code-sent') {
        await renewCitizenSignIn(reg.config.id, b.session, step.session);
        return json(200, { step: 'code-sent', session: b.session } satisfies CitizenStep);
      }
      // Two requests with the right code: one signs in.
      if (!(await releaseCitizenSignIn(reg.config.id, b.session))) throw expired();
      return signedIn(reg, step.tokens);
    }
    case 'citizen-refresh': {
      requireCitizenHeader(event);
      const token = cookieValue(event, CITIZEN_REFRESH_COOKIE);
      if (!token) throw new HttpError(401, 'not signed in');
      try {
        return signedIn(reg, await signIn.refresh(client, token, userContext(event)));
      } catch (e) {
        if (identityErrorName(e) !== 'NotAuthorizedException') throw e;
        return signedOut(event, reg, 'the session has expired: sign in again');
      }
    }
    case 'citizen-password-sign-in': {
      const b = parseBody(event, CitizenPasswordSignInInput);
      try {
        return signedIn(reg, await signIn.signInWithPassword(client, b.email, b.password, userContext(event)));
      } catch (e) {
        if (WRONG_PASSWORD.has(identityErrorName(e))) throw wrongPassword();
        throw e;
      }
    }
    case 'citizen-password-status': {
      requireCitizenHeader(event);
      return withAccessToken(event, reg, client, async (accessToken) =>
        json(200, { hasPassword: await signIn.hasPassword(client, accessToken) } satisfies CitizenPasswordStatus),
      );
    }
    case 'citizen-password': {
      requireCitizenHeader(event);
      const b = parseBody(event, CitizenPasswordInput);
      return withAccessToken(event, reg, client, async (accessToken) => {
        const has = await signIn.hasPassword(client, accessToken);
        if (has && b.currentPassword === undefined) {
          throw badRequest('give the password now in use', [{ name: 'currentPassword', reason: 'required: the account has a password' }]);
        }
        try {
          // No password yet: none to prove (Cognito's ChangePassword without PreviousPassword).
          await signIn.changePassword(client, accessToken, b.password, has ? b.currentPassword : undefined);
        } catch (e) {
          const name = identityErrorName(e);
          if (name === 'NotAuthorizedException')
            throw badRequest('the current password is not right', [{ name: 'currentPassword', reason: 'does not match' }]);
          if (name === 'InvalidPasswordException')
            throw badRequest('this password is refused', [{ name: 'password', reason: (e as Error).message }]);
          throw e;
        }
        return json(200, { hasPassword: true } satisfies CitizenPasswordStatus);
      });
    }
    case 'citizen-sign-out': {
      requireCitizenHeader(event);
      const token = cookieValue(event, CITIZEN_REFRESH_COOKIE);
      if (token) {
        await signIn.signOut(client, token).catch((e) => {
          // Already revoked, expired or unknown: signed out all the same.
          if (!['NotAuthorizedException', 'UnsupportedTokenTypeException'].includes(identityErrorName(e))) throw e;
        });
      }
      return {
        statusCode: 204,
        headers: { 'cache-control': 'no-store' },
        cookies: [clearedCookie(CITIZEN_REFRESH_COOKIE, citizenAuthPath(reg.config.id))],
      };
    }
    case 'citizen-delete-account':
      return deleteAccount(event, reg, client);
  }
}

/**
 * The account is deleted for whoever holds its refresh cookie (and the CSRF header): the cookie gives the account's
 * own tokens, so no admin right is needed. The table first, then Cognito: a deletion cut short is finished by the
 * next one (each step is idempotent); once the account is gone the cookie is refused (401) and nothing is touched.
 */
async function deleteAccount(event: ApiEvent, reg: CommuneRegistration, client: CitizenClient): Promise<ApiResult> {
  requireCitizenHeader(event);
  const cleared = clearedCookie(CITIZEN_REFRESH_COOKIE, citizenAuthPath(reg.config.id));
  const token = cookieValue(event, CITIZEN_REFRESH_COOKIE);
  if (!token) return signedOut(event, reg, 'not signed in: nothing to delete');
  const signIn = currentCitizenSignIn();
  let tokens: IssuedTokens;
  try {
    tokens = await signIn.refresh(client, token, userContext(event));
  } catch (e) {
    if (identityErrorName(e) !== 'NotAuthorizedException') throw e;
    return signedOut(event, reg, 'not signed in: nothing to delete');
  }
  const claims = claimsOf(tokens.idToken);
  if (typeof claims.sub !== 'string' || !claims.sub) throw new Error('the refreshed ID token names no account');
  const unlinked = await removeAccountData(reg.config.id, claims.sub);
  try {
    await signIn.deleteAccount(client, { accessToken: tokens.accessToken, refreshToken: token, email: String(claims.email ?? '') });
  } catch (e) {
    // Deleted meanwhile (a second click): done all the same.
    if (!['UserNotFoundException', 'NotAuthorizedException'].includes(identityErrorName(e))) throw e;
  }
  return { ...json(200, { deleted: true, unlinked } satisfies AccountDeleted), cookies: [cleared] };
}

/** A 401 that also clears the refresh cookie (revoked, expired, or the account gone). */
function signedOut(event: ApiEvent, reg: CommuneRegistration, message: string): ApiResult {
  return {
    ...problemResponse(new HttpError(401, message).toProblem(event.rawPath)),
    cookies: [clearedCookie(CITIZEN_REFRESH_COOKIE, citizenAuthPath(reg.config.id))],
  };
}

/** Signed in: the ID token in the answer, the refresh token in its HttpOnly cookie (the code's, the password's, FAS's). */
export function signedIn(reg: CommuneRegistration, t: IssuedTokens): ApiResult {
  const res = json(200, { step: 'signed-in', idToken: t.idToken, expiresIn: secondsLeft(t) } satisfies CitizenStep);
  return t.refreshToken
    ? { ...res, cookies: [refreshCookie(CITIZEN_REFRESH_COOKIE, citizenAuthPath(reg.config.id), t.refreshToken)] }
    : res;
}

/**
 * Runs `use` with the access token the cookie's refresh token gives (REFRESH_TOKEN_AUTH, as the refresh route):
 * 401 and the cookie cleared when signed out or revoked; a rotated refresh token goes back into the cookie.
 */
async function withAccessToken(
  event: ApiEvent,
  reg: CommuneRegistration,
  client: CitizenClient,
  use: (accessToken: string) => Promise<ApiResult>,
): Promise<ApiResult> {
  const token = cookieValue(event, CITIZEN_REFRESH_COOKIE);
  if (!token) throw new HttpError(401, 'not signed in');
  let t: IssuedTokens;
  try {
    t = await currentCitizenSignIn().refresh(client, token, userContext(event));
  } catch (e) {
    if (identityErrorName(e) !== 'NotAuthorizedException') throw e;
    return signedOut(event, reg, 'the session has expired: sign in again');
  }
  const res = await use(t.accessToken);
  return t.refreshToken && t.refreshToken !== token
    ? { ...res, cookies: [refreshCookie(CITIZEN_REFRESH_COOKIE, citizenAuthPath(reg.config.id), t.refreshToken)] }
    : res;
}

const requireCitizenHeader = (event: ApiEvent) => requireCookieCallHeader(event, CITIZEN_AUTH_HEADER, 'the site');
