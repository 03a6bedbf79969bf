/**
 * Signing in to « Mon espace » through an outside provider (eID/itsme through FAS; docs/citizen-federation.md), as
 * one small interface like CitizenSignIn. The routes (citizen-federation-routes.ts) draw the state, the PKCE
 * verifier and the nonce, keep them server-side (the table, behind the state's hash, one use) and tie the state to
 * the browser with a short-lived HttpOnly cookie; an implementation only builds the provider's address and turns
 * the code it sends back into the citizen's tokens — the same cognito tokens the e-mail code gives:
 *
 * - in the cloud (cognito-citizen-federation.ts): Cognito's /oauth2/authorize with `identity_provider=FAS` and
 *   /oauth2/token on the citizen pool's domain (Cognito talks to FAS, maps the attributes, makes the account);
 * - on one machine (local-citizen-federation.ts): cognito-local has no identity providers, so the implementation
 *   talks to the OIDC stand-in itself (authorization code + PKCE, the id_token verified), then finds or creates the
 *   person's cognito-local account by e-mail and returns cognito-local's tokens.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { CommuneRegistration } from '@tandem/shared';
import { type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import type { CitizenClient } from './citizen-sign-in.js';
import { IdentityError, type IssuedTokens, type UserContext } from './identity-provider.js';

/** What the provider's address carries (RFC 6749 state, RFC 7636 S256 challenge, OIDC nonce). */
export interface FederationRequest {
  redirectUri: string;
  state: string;
  nonce: string;
  codeChallenge: string;
}

/** What the code is exchanged with. */
export interface FederationAnswer {
  redirectUri: string;
  code: string;
  codeVerifier: string;
  nonce: string;
}

export interface CitizenFederation {
  /** The provider's authorization page for this sign-in. */
  authorizationUrl(client: CitizenClient, reg: CommuneRegistration, request: FederationRequest): Promise<string>;
  /** The provider's code → the citizen's tokens (refused: IdentityError NotAuthorizedException). */
  finish(client: CitizenClient, reg: CommuneRegistration, answer: FederationAnswer, context: UserContext): Promise<IssuedTokens>;
}

/** A fresh state, PKCE verifier and nonce (32 random bytes each, base64url: 43 characters). */
export function newFederationSecrets(): { state: string; codeVerifier: string; nonce: string } {
  const r = () => randomBytes(32).toString('base64url');
  return { state: r(), codeVerifier: r(), nonce: r() };
}

/** RFC 7636's S256 challenge of a verifier. */
export const pkceChallenge = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

/** A provider refused, or its answer did not hold: one name for the routes, the reason for the logs. */
export const federationRefused = (reason: string) => new IdentityError('NotAuthorizedException', `federated sign-in refused: ${reason}`);

/**
 * The authorization request of the code flow with PKCE (RFC 6749 4.1.1, RFC 7636), as both implementations send it;
 * `extra` for what one provider adds (Cognito's `identity_provider`).
 */
export function authorizationQuery(
  clientId: string,
  scope: string,
  r: FederationRequest,
  extra: Record<string, string> = {},
): URLSearchParams {
  return new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: r.redirectUri,
    ...extra,
    scope,
    state: r.state,
    nonce: r.nonce,
    code_challenge: r.codeChallenge,
    code_challenge_method: 'S256',
  });
}

/**
 * The code exchanged at a token endpoint with its PKCE verifier (RFC 6749 4.1.3): the provider's answer, or refused
 * (invalid_grant: a code used, expired, or not issued for this verifier and return page). The client authenticates
 * with `basic` credentials (a confidential client) or names itself in the body (a public one).
 */
export async function exchangeCode(
  http: typeof fetch,
  tokenEndpoint: string,
  a: FederationAnswer,
  client: { basic: { id: string; secret: string } } | { publicId: string },
): Promise<Record<string, unknown>> {
  const res = await http(tokenEndpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
      ...('basic' in client
        ? {
            authorization: `Basic ${Buffer.from(`${encodeURIComponent(client.basic.id)}:${encodeURIComponent(client.basic.secret)}`).toString('base64')}`,
          }
        : {}),
    },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      ...('publicId' in client ? { client_id: client.publicId } : {}),
      code: a.code,
      redirect_uri: a.redirectUri,
      code_verifier: a.codeVerifier,
    }),
  });
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) throw federationRefused(`token endpoint ${res.status} ${String(body.error ?? '')}`);
  return body;
}

/**
 * The provider's id_token, as OIDC Core 3.1.3.7 asks: signed by one of its keys, by that issuer, for this client,
 * not expired, and carrying the nonce of this sign-in (a token for another sign-in is refused). Answers its claims.
 */
export async function checkedIdToken(
  idToken: string,
  keys: JWTVerifyGetKey,
  expected: { issuer: string; audience: string; nonce: string; now?: () => number },
): Promise<JWTPayload> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(idToken, keys, {
      issuer: expected.issuer,
      audience: expected.audience,
      algorithms: ['RS256', 'PS256', 'ES256'],
      ...(expected.now ? { currentDate: new Date(expected.now()) } : {}),
    }));
  } catch (e) {
    throw federationRefused(`id_token: ${(e as Error).message}`);
  }
  if (payload.nonce !== expected.nonce) throw federationRefused('id_token: not this sign-in’s nonce');
  if (Array.isArray(payload.aud) && payload.aud.length > 1 && payload.azp !== expected.audience) {
    throw federationRefused('id_token: issued to another party (azp)');
  }
  return payload;
}

export const NO_EMAIL = 'the provider gave no e-mail address';

/** The e-mail address the provider vouches for (the account's key): refused without one. */
export function federatedEmail(claims: JWTPayload): string {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw federationRefused(NO_EMAIL);
  return email;
}
