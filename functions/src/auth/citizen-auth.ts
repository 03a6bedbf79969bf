/**
 * The citizen sign-in's routes, served by the sign-in function (auth/sign-in), docs/citizen-space.md:
 *
 *   POST auth/citizen/start     { email } → { step: 'code-sent', session }: a code by e-mail (an account at the first use)
 *   POST auth/citizen/verify    { email, session, code } → signed in (ID token; refresh token in the cookie)
 *   POST auth/citizen/refresh   a new ID token from the cookie (needs CITIZEN_AUTH_HEADER)
 *   POST auth/citizen/sign-out  revokes the refresh token, clears the cookie (needs CITIZEN_AUTH_HEADER)
 *
 * The same answers for every address (no account enumeration); CITIZEN_CODE.maxAttempts wrong codes spend a
 * sign-in, which lasts CITIZEN_CODE.minutes; the routes are rate-limited per client (class `citizen-sign-in`).
 */
import {
  CITIZEN_AUTH_HEADER,
  CITIZEN_CODE,
  CITIZEN_REFRESH_COOKIE,
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
import { requireCookieCallHeader, secondsLeft, userContext } from './sign-in-parts.js';

export type CitizenAction = 'citizen-start' | 'citizen-verify' | 'citizen-refresh' | 'citizen-sign-out';

export const CITIZEN_AUTH_ROUTES = {
  'POST /api/{commune}/auth/citizen/start': 'citizen-start',
  'POST /api/{commune}/auth/citizen/verify': 'citizen-verify',
  'POST /api/{commune}/auth/citizen/refresh': 'citizen-refresh',
  'POST /api/{commune}/auth/citizen/sign-out': 'citizen-sign-out',
} as const satisfies Record<string, CitizenAction>;

const WRONG_CODE = new Set(['CodeMismatchException']);
const SPENT = new Set(['ExpiredCodeException', 'TooManyFailedAttemptsException', 'NotAuthorizedException']);

const expired = () =>
  new HttpError(401, 'this code has expired or was used: ask for a new one', [{ name: 'session', reason: 'expired or spent' }]);
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
        const problem = new HttpError(401, 'the session has expired: sign in again');
        return {
          ...problemResponse(problem.toProblem(event.rawPath)),
          cookies: [clearedCookie(CITIZEN_REFRESH_COOKIE, citizenAuthPath(reg.config.id))],
        };
      }
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
  }
}

function signedIn(reg: CommuneRegistration, t: IssuedTokens): ApiResult {
  const res = json(200, { step: 'signed-in', idToken: t.idToken, expiresIn: secondsLeft(t) } satisfies CitizenStep);
  return t.refreshToken
    ? { ...res, cookies: [refreshCookie(CITIZEN_REFRESH_COOKIE, citizenAuthPath(reg.config.id), t.refreshToken)] }
    : res;
}

const requireCitizenHeader = (event: ApiEvent) => requireCookieCallHeader(event, CITIZEN_AUTH_HEADER, 'the site');
