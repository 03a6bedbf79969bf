/**
 * What the citizen sign-in needs from the identity service, as one small interface (docs/citizen-space.md): an
 * e-mail code, no password, and the account created at the first code. Two implementations:
 *
 * - in the cloud (cognito-citizen-sign-in.ts): Cognito's choice-based sign-in on the commune's citizen pool
 *   (USER_AUTH with PREFERRED_CHALLENGE EMAIL_OTP; SignUp + ConfirmSignUp at the first use);
 * - on one machine (local-citizen-sign-in.ts): cognito-local keeps the accounts and issues the tokens, but knows no
 *   e-mail codes; the local implementation mails and proves the code itself, then obtains the user's tokens from
 *   cognito-local, so that the handlers and the web verify and use them exactly as in the cloud.
 *
 * The password is optional (a person chooses one in « Mon espace »): Cognito keeps it in the cloud; locally the
 * implementation keeps its salted scrypt hash and checks it before signing in with the service password.
 *
 * The session `start` answers is the implementation's own and never reaches the browser: the sign-in function
 * keeps it in the table behind a random handle (citizen-sign-in-store.ts), with its own count of wrong codes.
 * Errors keep Cognito's names, like the staff identity provider's (identity-provider.ts).
 */
import type { IssuedTokens, StaffClient, UserContext } from './identity-provider.js';

/** The commune's citizen app client and pool (the same shape as the staff one). */
export type CitizenClient = StaffClient;

/** After a code: tokens, or (an account begun and never confirmed) a new code sent, with its session. */
export type CitizenCodeStep = { kind: 'tokens'; tokens: IssuedTokens } | { kind: 'code-sent'; session: string };

export interface CitizenSignIn {
  /** Mails a code to the address, signing the person up at the first use. The same for every address. */
  start(client: CitizenClient, email: string, context: UserContext): Promise<string>;
  /** The code of that session: tokens (or, rarely, another code). */
  verify(client: CitizenClient, email: string, session: string, code: string, context: UserContext): Promise<CitizenCodeStep>;
  /**
   * Signs in with the person's own password: tokens, or NotAuthorizedException alike for a wrong password, an unknown
   * address and an account without a password (no account enumeration).
   */
  signInWithPassword(client: CitizenClient, email: string, password: string, context: UserContext): Promise<IssuedTokens>;
  /** Whether the account of this access token (just issued by `refresh`) has a password. */
  hasPassword(client: CitizenClient, accessToken: string): Promise<boolean>;
  /**
   * Chooses (`previous` omitted: no password yet) or changes the account's password. A wrong `previous`:
   * NotAuthorizedException; a password the pool refuses: InvalidPasswordException.
   */
  changePassword(client: CitizenClient, accessToken: string, proposed: string, previous?: string): Promise<void>;
  /** REFRESH_TOKEN_AUTH (refused once the refresh token is revoked). */
  refresh(client: CitizenClient, refreshToken: string, context: UserContext): Promise<IssuedTokens>;
  /** RevokeToken. */
  signOut(client: CitizenClient, refreshToken: string): Promise<void>;
  /**
   * Deletes the account itself, with the person's own access token (DeleteUser: no admin right over the pool); its
   * tokens stop working. `email` and `refreshToken` let the local stand-in forget what it keeps beside cognito-local.
   */
  deleteAccount(client: CitizenClient, account: { accessToken: string; refreshToken: string; email: string }): Promise<void>;
}
