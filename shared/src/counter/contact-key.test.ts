import { describe, expect, it } from 'vitest';
import { contactIndexValue, normalisePhone } from './contact-key.js';

describe('the contact index’s values', () => {
  it('makes one number of every way a Belgian number is written', () => {
    for (const p of ['0470 12 34 56', '+32 470/12.34.56', '0032470123456', '(0470) 12-34-56', '+32470123456'])
      expect(normalisePhone(p), p).toBe('+32470123456');
    // A foreign number keeps its country code.
    expect(normalisePhone('+33 6 12 34 56 78')).toBe('+33612345678');
    expect(normalisePhone('0033 6 12 34 56 78')).toBe('+33612345678');
  });
  it('ignores an e-mail address’s case and spaces, and never mixes an e-mail with a phone', () => {
    expect(contactIndexValue('email', '  Marie@Example.ORG ')).toBe('email:marie@example.org');
    expect(contactIndexValue('phone', '0470 12 34 56')).toBe('phone:+32470123456');
  });
});
