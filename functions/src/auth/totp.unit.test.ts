import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, matchingTotpStep, newTotpSecret, otpauthUri, totpCode } from './totp.js';

// RFC 6238 appendix B, SHA1 rows: the seed is the ASCII string "12345678901234567890".
const SEED = base32Encode(Buffer.from('12345678901234567890', 'ascii'));
const VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(VECTORS)('at %i s the 8-digit code is %s, and the 6-digit code its last six digits', (seconds, code) => {
    expect(totpCode(SEED, seconds * 1000, 8)).toBe(code);
    expect(totpCode(SEED, seconds * 1000)).toBe(code.slice(2));
  });

  it('RFC 4226 appendix D: HOTP of counters 0 and 9', () => {
    const key = Buffer.from('12345678901234567890', 'ascii');
    expect(hotp(key, 0)).toBe('755224');
    expect(hotp(key, 9)).toBe('520489');
  });

  it('base32 round-trips and new secrets are 160 bits', () => {
    const s = newTotpSecret();
    expect(s).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(s)).toHaveLength(20);
    expect(base32Encode(base32Decode(s))).toBe(s);
    expect(base32Decode('gezd gnbv-gy3t qojq')).toEqual(Buffer.from('1234567890'));
  });

  it('accepts the code of the step before, now and after, and nothing further or malformed', () => {
    const at = 1111111111 * 1000;
    expect(matchingTotpStep(SEED, totpCode(SEED, at), at)).toBe(Math.floor(1111111111 / 30));
    expect(matchingTotpStep(SEED, totpCode(SEED, at - 30_000), at)).toBe(Math.floor(1111111111 / 30) - 1);
    expect(matchingTotpStep(SEED, totpCode(SEED, at + 30_000), at)).toBe(Math.floor(1111111111 / 30) + 1);
    expect(matchingTotpStep(SEED, totpCode(SEED, at + 90_000), at)).toBeUndefined();
    expect(matchingTotpStep(SEED, '12345', at)).toBeUndefined();
    expect(matchingTotpStep(SEED, 'abcdef', at)).toBeUndefined();
  });

  it('builds the otpauth URI authenticator apps read', () => {
    const text = otpauthUri('Tandem Soignies', 'admin@soignies.example', 'JBSWY3DPEHPK3PXP');
    expect(text.startsWith('otpauth://totp/Tandem%20Soignies:admin%40soignies.example?')).toBe(true);
    const uri = new URL(text);
    expect(uri.searchParams.get('secret')).toBe('JBSWY3DPEHPK3PXP');
    expect(uri.searchParams.get('issuer')).toBe('Tandem Soignies');
    expect(uri.searchParams.get('digits')).toBe('6');
  });
});
