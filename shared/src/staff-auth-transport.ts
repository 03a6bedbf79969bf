/**
 * How the staff sign-in's refresh token travels (functions/src/auth/sign-in.ts, the staff SPA's session.ts):
 * plain constants, without zod, so that the sign-in screen's script stays small.
 */

/** The cookie that carries the refresh token (HttpOnly, SameSite=Strict, Path=/api/<commune>/auth/). */
export const STAFF_REFRESH_COOKIE = 'tandem_staff_refresh';
/**
 * The header refresh and sign-out require (any value): a page of another site cannot send it without a CORS
 * preflight, which the API never grants, so the cookie alone cannot be used by someone else's page (CSRF).
 */
export const STAFF_AUTH_HEADER = 'x-tandem-staff';
