import { describe, expect, it } from 'vitest';
import { PASSWORD_POLICY } from './identity.js';
import { ChosenPassword, PASSWORD_RULES, unmetPasswordRules } from './password-rules.js';

describe('password rules', () => {
  it('state every rule of PASSWORD_POLICY, the one definition the pools use', () => {
    const ids = PASSWORD_RULES.map((r) => r.id);
    expect(ids).toContain('min-length');
    expect(ids.includes('lowercase')).toBe(PASSWORD_POLICY.requireLowercase);
    expect(ids.includes('uppercase')).toBe(PASSWORD_POLICY.requireUppercase);
    expect(ids.includes('digit')).toBe(PASSWORD_POLICY.requireDigits);
    expect(ids.includes('symbol')).toBe(PASSWORD_POLICY.requireSymbols);
  });

  it('say which rules a password misses, as Cognito reads them', () => {
    const long = 'a'.repeat(PASSWORD_POLICY.minLength);
    expect(unmetPasswordRules(`${long}B1`)).toEqual([]);
    expect(unmetPasswordRules('aB1')).toEqual(['min-length']);
    // Only Basic Latin letters count (Cognito's reading): « é » is no lower-case letter, « É » no upper-case one.
    expect(unmetPasswordRules(`${'é'.repeat(PASSWORD_POLICY.minLength)}É1`)).toEqual(
      [PASSWORD_POLICY.requireLowercase && 'lowercase', PASSWORD_POLICY.requireUppercase && 'uppercase'].filter(Boolean),
    );
    expect(unmetPasswordRules(` ${long}B1`)).toEqual(['no-edge-space']);
    expect(unmetPasswordRules(`${long}B 1`)).toEqual([]);
  });

  it('make the API’s schema refuse a password missing a rule, and accept one meeting them all', () => {
    expect(ChosenPassword.safeParse(`Abcdefghijk${'1'.repeat(PASSWORD_POLICY.minLength)}`).success).toBe(true);
    const r = ChosenPassword.safeParse('abc');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toContain('min-length');
    expect(ChosenPassword.safeParse(`Aa1${'x'.repeat(300)}`).success).toBe(false);
  });
});
