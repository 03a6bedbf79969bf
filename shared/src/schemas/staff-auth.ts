/**
 * Staff sign-in (functions/src/auth/sign-in.ts, docs/staff-sign-in.md): what the staff SPA sends at each step
 * and what each step answers. The refresh token is never in a body: it travels in an HttpOnly cookie scoped
 * to /api/<commune>/auth/ (STAFF_REFRESH_COOKIE in staff-auth-transport.ts).
 */
import * as z from 'zod';

export { STAFF_AUTH_HEADER, STAFF_REFRESH_COOKIE } from '../staff-auth-transport.js';

const username = z.string().trim().min(3).max(200).describe('The e-mail address of the staff account.');
const password = z.string().min(1).max(256);
const session = z.string().min(1).max(4096).describe('The session of the step before (opaque).');
/** A new password; the pool's policy (shared/src/identity.ts) is checked by the identity service. */
const newPassword = z.string().min(1).max(256);
const code = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'six digits')
  .describe('Six digits.');

export const LoginInput = z.object({
  username,
  password,
  /** An agent or worker who wants a second factor asks for TOTP set-up at sign-in (admins always have one). */
  setUpTotp: z.boolean().optional(),
  /**
   * Keep the refresh cookie when the browser closes (the field app on a phone: docs/field-app.md), for as long as
   * Cognito accepts the refresh token; without it the cookie lasts as long as the browser's session.
   */
  remember: z.boolean().optional(),
  /** Device data from Cognito's context-data library, if the page collected it (threat protection). */
  contextData: z.string().max(131_072).optional(),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const NewPasswordInput = z.object({ username, session, newPassword });
export type NewPasswordInput = z.infer<typeof NewPasswordInput>;

export const TotpCodeInput = z.object({ username, session, code });
export type TotpCodeInput = z.infer<typeof TotpCodeInput>;

export const ForgotPasswordInput = z.object({ username });
export type ForgotPasswordInput = z.infer<typeof ForgotPasswordInput>;

export const ResetPasswordInput = z.object({
  username,
  code: z.string().trim().min(1).max(20).describe('The code received by e-mail.'),
  newPassword,
});
export type ResetPasswordInput = z.infer<typeof ResetPasswordInput>;

/** Signed in: the ID token to send as `Authorization: Bearer <idToken>` (the refresh token is in the cookie). */
export const SignedIn = z.object({
  step: z.literal('signed-in'),
  idToken: z.string(),
  /** Seconds the ID token stays valid. */
  expiresIn: z.number(),
});
export type SignedIn = z.infer<typeof SignedIn>;

/** What a sign-in step answers: signed in, or the next step. */
export const SignInStep = z.discriminatedUnion('step', [
  SignedIn,
  z.object({ step: z.literal('new-password'), session: z.string() }).describe('First sign-in: choose a password.'),
  z.object({ step: z.literal('totp'), session: z.string() }).describe('Give the code of your authenticator app.'),
  z
    .object({
      step: z.literal('totp-setup'),
      session: z.string(),
      secret: z.string().describe('Base32 secret, for typing into an authenticator app.'),
      otpauthUri: z.string().describe('The otpauth:// URI an authenticator app reads from a QR code.'),
    })
    .describe('Set up an authenticator app (required for admins), then give its first code.'),
]);
export type SignInStep = z.infer<typeof SignInStep>;

/** The answer to a forgotten-password request: the same whether or not the account exists. */
export const ForgotPasswordAnswer = z.object({ sent: z.literal(true) });
