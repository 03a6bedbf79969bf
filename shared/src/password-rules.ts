/**
 * The password rules, stated once from PASSWORD_POLICY (identity.ts), which the CDK pools' password policy and the
 * local provisioning already read: the API's zod schema (`ChosenPassword`) checks them, and the citizen's form
 * shows them, one line each, before anything is typed and ticks them off as they are met (docs/citizen-space.md).
 *
 * Each test is Cognito's own reading of the rule (only the Basic Latin letters count as lower- or upper-case;
 * digits 0–9; its list of symbols), so a password the form accepts is one Cognito accepts too. Cognito also
 * refuses a password that begins or ends with a space (ChangePassword's pattern), and more than 256 characters.
 */
import * as z from 'zod';
import { PASSWORD_POLICY } from './identity.js';

export type PasswordRuleId = 'min-length' | 'lowercase' | 'uppercase' | 'digit' | 'symbol' | 'no-edge-space';

export interface PasswordRule {
  id: PasswordRuleId;
  /** The message key of the rule's line (the citizen-password messages), with `{count}` for the length. */
  message: `password.rule.${PasswordRuleId}`;
  test: (password: string) => boolean;
}

/** Cognito's symbols (and the space), as its password policy counts them. */
const SYMBOLS = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;

export const PASSWORD_MAX_LENGTH = 256;

/** The rules in the order the form lists them; only those PASSWORD_POLICY asks for. */
export const PASSWORD_RULES: readonly PasswordRule[] = (
  [
    { id: 'min-length', on: true, test: (p: string) => [...p].length >= PASSWORD_POLICY.minLength },
    { id: 'lowercase', on: PASSWORD_POLICY.requireLowercase, test: (p: string) => /[a-z]/.test(p) },
    { id: 'uppercase', on: PASSWORD_POLICY.requireUppercase, test: (p: string) => /[A-Z]/.test(p) },
    { id: 'digit', on: PASSWORD_POLICY.requireDigits, test: (p: string) => /[0-9]/.test(p) },
    { id: 'symbol', on: PASSWORD_POLICY.requireSymbols, test: (p: string) => SYMBOLS.test(p) },
    { id: 'no-edge-space', on: true, test: (p: string) => p === '' || p.trim() === p },
  ] as const
)
  .filter((r) => r.on)
  .map(({ id, test }) => ({ id, message: `password.rule.${id}` as const, test }));

/** The rules a password does not meet yet (none: it may be chosen). */
export const unmetPasswordRules = (password: string): PasswordRuleId[] => PASSWORD_RULES.filter((r) => !r.test(password)).map((r) => r.id);

/** A password being chosen: every rule met. The reason names the rules missed (their ids). */
export const ChosenPassword = z
  .string()
  .max(PASSWORD_MAX_LENGTH)
  .superRefine((p, ctx) => {
    const unmet = unmetPasswordRules(p);
    if (unmet.length) ctx.addIssue({ code: 'custom', message: `does not meet the rules: ${unmet.join(', ')}` });
  })
  .describe(
    `A new password: at least ${PASSWORD_POLICY.minLength} characters${PASSWORD_POLICY.requireLowercase ? ', a lower-case letter' : ''}${
      PASSWORD_POLICY.requireUppercase ? ', an upper-case letter' : ''
    }${PASSWORD_POLICY.requireDigits ? ', a digit' : ''}${PASSWORD_POLICY.requireSymbols ? ', a symbol' : ''}; no space at either end.`,
  );
