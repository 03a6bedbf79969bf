import { describe, expect, it } from 'vitest';
import { hasControlCharacters, plainText, stripControlCharacters } from './plain-text.js';

describe('plain text', () => {
  it('keeps tabs and line breaks (LF, CR LF), letters of every script, emoji', () => {
    for (const s of ['Rue de Mons\nn° 12', 'a\r\nb\tc', 'Ĳzer — “quotes” 🎄 é ß ж', ''])
      expect(plainText().safeParse(s).success, JSON.stringify(s)).toBe(true);
  });
  it('refuses C0 controls but tab and line breaks, DEL and C1', () => {
    for (const c of ['\u0000', '\u0007', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009f']) {
      const r = plainText().safeParse(`avant${c}après`);
      expect(r.success, c.charCodeAt(0).toString(16)).toBe(false);
      expect(r.error?.issues[0].message).toBe('caractères de contrôle interdits');
      expect(hasControlCharacters(c)).toBe(true);
      expect(stripControlCharacters(`a${c}b`)).toBe('ab');
    }
  });
  it('checks before trimming: a leading vertical tab is refused, not trimmed away', () => {
    expect(plainText().trim().min(3).safeParse('\u000bRue de Mons').success).toBe(false);
  });
});
