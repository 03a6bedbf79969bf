/**
 * An ID token of one of a commune's user pools, checked the same way for staff (staff-auth.ts) and citizens
 * (citizen-auth.ts): decoded; its issuer under the trusted prefix (TRUSTED_ISSUER_PREFIX); then the caller compares
 * the issuer with the pool it expects; then the signature against that issuer's keys, the audience (the pool's app
 * client) and the token's use.
 */
import { createRemoteJWKSet, decodeJwt, jwtVerify, type JWTPayload } from 'jose';
import { HttpError } from './http.js';
import { env } from './aws.js';

/** 401 naming the Authorization header. */
export const unauthorized = (detail: string) => new HttpError(401, detail, [{ name: 'authorization', reason: detail }]);

const jwksByIssuer = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
function jwks(issuer: string) {
  let set = jwksByIssuer.get(issuer);
  if (!set) {
    set = createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`), { cacheMaxAge: 10 * 60_000 });
    jwksByIssuer.set(issuer, set);
  }
  return set;
}

/**
 * Whether tokens may be trusted from issuers under this prefix: an https:// issuer (Cognito), or a plain http://
 * one only on loopback (cognito-local on one machine). cognito-local signs with a key published in its npm package,
 * so anyone can forge its tokens: a deployment that trusted an http:// issuer elsewhere would accept them.
 */
export function isTrustableIssuerPrefix(prefix: string): boolean {
  let url: URL;
  try {
    url = new URL(prefix);
  } catch {
    return false;
  }
  // Ends with '/': "http://localhost" would also prefix "http://localhost.attacker.example/…".
  if (url.username || url.password || !prefix.endsWith('/')) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** The token's issuer, unverified yet but under the trusted prefix (401 otherwise). */
export function trustedIssuerOf(token: string): string {
  let claimed: JWTPayload;
  try {
    claimed = decodeJwt(token);
  } catch {
    throw unauthorized('the token is not a JWT');
  }
  const prefix = env().trustedIssuerPrefix;
  // A misconfiguration, not the client's fault: fail closed and loudly (500, logged).
  if (!isTrustableIssuerPrefix(prefix))
    throw new Error(`TRUSTED_ISSUER_PREFIX ${prefix} is neither https:// nor a loopback http:// origin`);
  const iss = String(claimed.iss ?? '');
  if (!iss.startsWith(prefix)) throw unauthorized('the token was not issued by a trusted sign-in service');
  return iss;
}

/** The claims of an ID token signed by `issuer` for the app client `audience` (401 otherwise). */
export async function verifiedIdToken(token: string, issuer: string, audience: string): Promise<JWTPayload> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, jwks(issuer), { issuer, audience }));
  } catch (e) {
    throw unauthorized(`the token is not valid (${(e as Error).message})`);
  }
  if (payload.token_use !== undefined && payload.token_use !== 'id') throw unauthorized('send the ID token');
  return payload;
}
