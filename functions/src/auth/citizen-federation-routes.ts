/**
 * The federated sign-in's routes, served by the sign-in function (auth/sign-in), docs/citizen-federation.md:
 *
 *   POST auth/citizen/federation/start   → { url }: the provider's page; sets FEDERATION_COOKIE (the state, HttpOnly)
 *   POST auth/citizen/federation/finish  { code, state } → signed in (ID token; refresh token in the cookie), as
 *                                        auth/citizen/verify answers
 *
 * The state, the PKCE verifier and the nonce never leave the server but as the state (in the address and the
 * cookie) and the challenge: they are kept in the table behind the state's SHA-256 for FEDERATION_MINUTES and used
 * once. `finish` refuses a state that is not this browser's cookie (400, `state`), unknown, expired or already used
 * (401), and a code the provider does not confirm or whose id_token does not hold (401). Rate-limited with the
 * other citizen sign-in routes (class `citizen-sign-in`).
 */
import { timingSafeEqual } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  type CommuneRegistration,
  FEDERATION_COOKIE,
  FEDERATION_MINUTES,
  FederationFinishInput,
  type FederationStarted,
  type FederationStateItem,
  citizenAuthPath,
  federationKeys,
  federationReturnPath,
} from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';
import { endsAfter, heldStep, releaseStep, sha256 } from '../lib/held-code.js';
import { HttpError, badRequest, json, parseBody, type ApiEvent, type ApiResult } from '../lib/http.js';
import { signedIn } from './citizen-auth.js';
import type { CitizenClient } from './citizen-sign-in.js';
import { NO_EMAIL, newFederationSecrets, pkceChallenge } from './citizen-federation.js';
import { currentCitizenFederation } from './current-citizen-federation.js';
import { identityErrorName } from './identity-provider.js';
import { cookieAttributes, cookieValue } from './refresh-cookie.js';
import { userContext } from './sign-in-parts.js';

export type FederationAction = 'citizen-federation-start' | 'citizen-federation-finish';

export const FEDERATION_ROUTES = {
  'POST /api/{commune}/auth/citizen/federation/start': 'citizen-federation-start',
  'POST /api/{commune}/auth/citizen/federation/finish': 'citizen-federation-finish',
} as const satisfies Record<string, FederationAction>;

const keyOf = (commune: string, state: string) => federationKeys.federationState(commune, sha256(state));

/** The state's cookie: HttpOnly, only on the citizen auth routes, Lax (the citizen comes back from the provider's site), short. */
function stateCookie(reg: CommuneRegistration, state: string | undefined): string {
  const attributes = cookieAttributes(citizenAuthPath(reg.config.id), 'Lax');
  return `${FEDERATION_COOKIE}=${state ?? ''}; ${attributes}; Max-Age=${state ? FEDERATION_MINUTES * 60 : 0}`;
}

const redirectUri = (reg: CommuneRegistration) => `${env().publicBaseUrl}${federationReturnPath(reg.config.id)}`;

const spent = () =>
  new HttpError(401, 'this sign-in has expired or was already used: start again', [{ name: 'state', reason: 'expired or spent' }]);

export async function citizenFederationAuth(
  action: FederationAction,
  event: ApiEvent,
  reg: CommuneRegistration,
  client: CitizenClient,
): Promise<ApiResult> {
  if (!reg.config.citizenFederation) throw new HttpError(404, `${reg.config.id} offers no sign-in with itsme or the identity card`);
  const federation = currentCitizenFederation();
  if (action === 'citizen-federation-start') {
    const s = newFederationSecrets();
    const uri = redirectUri(reg);
    let url: string;
    try {
      url = await federation.authorizationUrl(client, reg, {
        redirectUri: uri,
        state: s.state,
        nonce: s.nonce,
        codeChallenge: pkceChallenge(s.codeVerifier),
      });
    } catch (e) {
      if (identityErrorName(e) === 'NotAuthorizedException')
        throw new HttpError(404, `${reg.config.id} offers no sign-in with itsme or the identity card here`);
      throw e;
    }
    const item: FederationStateItem = {
      ...keyOf(reg.config.id, s.state),
      type: 'citizen-federation',
      codeVerifier: s.codeVerifier,
      nonce: s.nonce,
      redirectUri: uri,
      expiresAt: endsAfter(FEDERATION_MINUTES),
    };
    await ddb().send(new PutCommand({ TableName: env().tableName, Item: item }));
    return { ...json(200, { url } satisfies FederationStarted), cookies: [stateCookie(reg, s.state)] };
  }

  const b = parseBody(event, FederationFinishInput);
  const mine = cookieValue(event, FEDERATION_COOKIE);
  // Not begun in this browser (no cookie, or another sign-in's): a link someone else began cannot sign anyone in here.
  if (!mine || mine.length !== b.state.length || !timingSafeEqual(Buffer.from(mine), Buffer.from(b.state))) {
    throw badRequest('this sign-in was not begun in this browser: start again', [
      { name: 'state', reason: 'does not match this browser’s sign-in' },
    ]);
  }
  const key = keyOf(reg.config.id, b.state);
  const held = await heldStep<FederationStateItem>(key);
  // One use: of two requests with the same state, one goes on.
  if (!held || !(await releaseStep(key))) throw spent();
  let tokens: Awaited<ReturnType<typeof federation.finish>>;
  try {
    tokens = await federation.finish(
      client,
      reg,
      { redirectUri: held.redirectUri, code: b.code, codeVerifier: held.codeVerifier, nonce: held.nonce },
      userContext(event),
    );
  } catch (e) {
    if (identityErrorName(e) === 'NotAuthorizedException') {
      const reason = (e as Error).message;
      console.warn(JSON.stringify({ msg: 'federated sign-in refused', commune: reg.config.id, reason }));
      if (reason.includes(NO_EMAIL)) {
        throw new HttpError(401, 'the identity provider gave no e-mail address: sign in with an e-mail code', [
          { name: 'email', reason: 'not given by the identity provider' },
        ]);
      }
      throw new HttpError(401, 'the identity provider did not confirm this sign-in: start again', [{ name: 'code', reason: 'refused' }]);
    }
    throw e;
  }
  const res = signedIn(reg, tokens);
  return { ...res, cookies: [stateCookie(reg, undefined), ...(res.cookies ?? [])] };
}
