/**
 * How the citizen sign-in's tokens travel (functions/src/auth/citizen-auth.ts, web/src/components/citizen/citizen-session.ts),
 * as plain constants without zod so that the forms' scripts stay small. The same rules as the staff sign-in
 * (docs/staff-sign-in.md): the ID token in the page's memory, the refresh token in an HttpOnly cookie that only
 * refresh and sign-out receive, and a custom header on those two (CSRF). See docs/citizen-space.md.
 */

/** The cookie of the refresh token (HttpOnly, SameSite=Strict, Path=CITIZEN_AUTH_PATH). */
export const CITIZEN_REFRESH_COOKIE = 'tandem_citizen_refresh';
/** Refresh and sign-out need this header (any value): another site's page cannot send it without a CORS preflight. */
export const CITIZEN_AUTH_HEADER = 'x-tandem-citizen';
/** The routes' folder under /api/<commune>/, and the cookie's path. */
export const citizenAuthPath = (commune: string) => `/api/${commune}/auth/citizen/`;
/**
 * Not a secret, only a hint kept in localStorage: "this browser signed in here", so that the public forms ask
 * for a token (one refresh request) only when there is a chance of one.
 */
export const citizenHintKey = (commune: string) => `tandem-citizen:${commune}`;

/**
 * An e-mail code's rules, whichever implementation sends it. Cognito's EMAIL_OTP codes have 8 digits and live as
 * long as the app client's auth session (AuthSessionValidity, set from `minutes`); its sign-up confirmation codes
 * have 6. The sign-in function keeps its own count of wrong codes per sign-in (`maxAttempts`) and answers the
 * same for every address (no account enumeration).
 */
export const CITIZEN_CODE = { minutes: 10, maxAttempts: 5, pattern: /^\d{6,8}$/ } as const;
