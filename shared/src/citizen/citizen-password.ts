/**
 * The citizen's optional password (docs/citizen-space.md, "A password, for those who prefer one"): choosing or
 * changing it in « Mon espace », and signing in with it instead of an e-mail code. The rules are PASSWORD_RULES
 * (password-rules.ts), the one definition the pool's policy, this schema and the form share.
 */
import * as z from 'zod';
import { ChosenPassword, PASSWORD_MAX_LENGTH } from '../password-rules.js';

const email = z.string().trim().toLowerCase().email().max(200).describe('The e-mail address of the account.');
/** A password being typed to sign in or to prove the current one: not checked against the rules (an older one may predate them). */
const typedPassword = z.string().min(1).max(PASSWORD_MAX_LENGTH);

/** Signing in with the password: the same answer for a wrong password and an unknown address. */
export const CitizenPasswordSignInInput = z.object({ email, password: typedPassword.describe('The account’s password.') });
export type CitizenPasswordSignInInput = z.infer<typeof CitizenPasswordSignInInput>;

/** Choosing a password (no `currentPassword`), or changing it (`currentPassword` required once one is set). */
export const CitizenPasswordInput = z.object({
  password: ChosenPassword,
  currentPassword: typedPassword.optional().describe('The password now in use; required when the account has one.'),
});
export type CitizenPasswordInput = z.infer<typeof CitizenPasswordInput>;

/** Whether the account has a password (the page says « Choisir » or « Changer »). */
export const CitizenPasswordStatus = z.object({ hasPassword: z.boolean() });
export type CitizenPasswordStatus = z.infer<typeof CitizenPasswordStatus>;
