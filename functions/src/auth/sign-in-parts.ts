/**
 * What the staff sign-in (sign-in.ts) and the citizen sign-in (citizen-auth.ts) do alike, whichever pool they
 * serve: the person's context for the identity service, the claims of a token it just issued, the ID token's
 * remaining life on the handlers' clock, and the custom header that refresh and sign-out need (CSRF).
 */
import { clock } from '../lib/clock.js';
import { HttpError, header, type ApiEvent } from '../lib/http.js';
import type { IssuedTokens, UserContext } from './identity-provider.js';

/** The person's context for Cognito's threat protection (accepted and ignored locally). */
export function userContext(event: ApiEvent, encodedData?: string): UserContext {
  return {
    sourceIp: event.requestContext.http.sourceIp,
    userAgent: header(event, 'user-agent') ?? event.requestContext.http.userAgent ?? '',
    ...(encodedData ? { encodedData } : {}),
  };
}

/** The claims of a token the identity service has just issued to this function (read, not verified). */
export function claimsOf(jwt: string): Record<string, unknown> {
  try {
    return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Seconds the ID token has left by its own `exp` on the handlers' clock (the service's `expiresIn` otherwise). */
export function secondsLeft(t: Pick<IssuedTokens, 'idToken' | 'expiresIn'>): number {
  const exp = Number(claimsOf(t.idToken).exp);
  return Number.isFinite(exp) ? Math.max(0, Math.floor(exp - clock.ms() / 1000)) : t.expiresIn;
}

/**
 * Refresh and sign-out ride on a cookie: they need a custom header (`name`), which no other site's page can send
 * without a CORS preflight (CSRF). `sender` names who sends it, for the message.
 */
export function requireCookieCallHeader(event: ApiEvent, name: string, sender: string): void {
  if (header(event, name) === undefined) {
    throw new HttpError(403, `send the ${name} header (${sender} does)`, [{ name, reason: 'required on refresh and sign-out' }]);
  }
}
