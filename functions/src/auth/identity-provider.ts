/**
 * What the staff sign-in needs from the identity service, as one small interface: Cognito in the cloud
 * (cognito-identity-provider.ts), and on one machine a local implementation (local-identity-provider.ts) that
 * leans on cognito-local for passwords and tokens and adds what cognito-local lacks or gets wrong (TOTP with the
 * handlers' clock, forgotten-password codes in the local outbox, refusing revoked refresh tokens, checking a
 * temporary password). The sign-in function (sign-in.ts) holds the flow and the house rules (MFA for admins).
 *
 * Errors keep Cognito's names (`CodeMismatchException`, `NotAuthorizedException`…), whichever implementation
 * throws them, so that the function maps them once (`identityErrorName`).
 */

/** The commune's staff app client (and its pool, which the local implementation needs). */
export interface StaffClient {
  clientId: string;
  poolId: string;
}

/** Who is signing in, for Cognito's threat protection (adaptive authentication). */
export interface UserContext {
  sourceIp: string;
  userAgent: string;
  /** Device data collected by Cognito's context-data library in the page, when the page sends it. */
  encodedData?: string;
}

export interface IssuedTokens {
  idToken: string;
  accessToken: string;
  /** Only on a sign-in, not on a refresh. */
  refreshToken?: string;
  /** Seconds. */
  expiresIn: number;
}

/** The challenges this platform answers; Cognito's names. */
export type ChallengeName = 'NEW_PASSWORD_REQUIRED' | 'SOFTWARE_TOKEN_MFA';

export type AuthStep = { kind: 'tokens'; tokens: IssuedTokens } | { kind: 'challenge'; challenge: ChallengeName; session: string };

export interface IdentityProvider {
  /** USER_PASSWORD_AUTH. */
  signIn(client: StaffClient, username: string, password: string, context: UserContext): Promise<AuthStep>;
  /** RespondToAuthChallenge: NEW_PASSWORD_REQUIRED with the new password, SOFTWARE_TOKEN_MFA with the code. */
  answerChallenge(
    client: StaffClient,
    challenge: ChallengeName,
    username: string,
    session: string,
    answer: string,
    context: UserContext,
  ): Promise<AuthStep>;
  /** REFRESH_TOKEN_AUTH: new ID and access tokens (refused once the refresh token is revoked). */
  refresh(client: StaffClient, refreshToken: string, context: UserContext): Promise<IssuedTokens>;
  /** RevokeToken: the refresh token and the tokens it gave stop working. */
  revoke(client: StaffClient, refreshToken: string): Promise<void>;
  /** AssociateSoftwareToken: a new TOTP secret (base32) for the signed-in user. */
  associateTotp(client: StaffClient, accessToken: string): Promise<string>;
  /** VerifySoftwareToken with the user's first code, then SetUserMFAPreference (TOTP enabled and preferred). */
  enableTotp(client: StaffClient, accessToken: string, code: string): Promise<void>;
  /** ForgotPassword: a code by e-mail. Answers the same whether or not the account exists. */
  forgotPassword(client: StaffClient, username: string, context: UserContext): Promise<void>;
  /** ConfirmForgotPassword. */
  confirmForgotPassword(client: StaffClient, username: string, code: string, newPassword: string, context: UserContext): Promise<void>;
}

/** An error with Cognito's name, for the local implementation to throw what Cognito would. */
export class IdentityError extends Error {
  constructor(
    readonly name: string,
    message: string,
  ) {
    super(message);
  }
}

/** The Cognito error name of anything thrown by a provider (SDK exceptions carry it in `name`). */
export function identityErrorName(e: unknown): string {
  return e instanceof Error ? e.name : '';
}
