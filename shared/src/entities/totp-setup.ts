/**
 * An admin's TOTP set-up in progress: the staff pool lets each user choose MFA (field workers on shared phones),
 * so Cognito gives an admin without TOTP tokens straight after the password. The sign-in function keeps them
 * here instead of answering them, for a few minutes (TTL), until the admin has set up an authenticator app and
 * given its first code. The key holds the SHA-256 of the session the browser got, never the session itself.
 */
import { communePrefix } from './key-parts.js';

export const TOTP_SETUP_SK_PREFIX = 'TOTPSETUP#';
/** Cognito's own challenge sessions last 3 minutes; typing a secret into an app takes longer. */
export const TOTP_SETUP_MINUTES = 10;
/** Wrong codes a set-up takes before it is spent (sign in again). */
export const TOTP_SETUP_MAX_ATTEMPTS = 5;

export const totpSetupKeys = {
  totpSetup: (commune: string, sessionHash: string) => ({
    pk: `${communePrefix(commune)}SIGNIN`,
    sk: `${TOTP_SETUP_SK_PREFIX}${sessionHash}`,
  }),
};

export interface TotpSetupItem {
  pk: string;
  sk: string;
  type: 'totp-setup';
  username: string;
  idToken: string;
  accessToken: string;
  refreshToken?: string;
  expiresIn: number;
  attempts: number;
  /** Epoch seconds (the table's TTL attribute); the function also refuses it past this instant. */
  expiresAt: number;
}
