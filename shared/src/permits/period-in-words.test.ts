import { describe, expect, it } from 'vitest';
import type { Locale } from '../commune-config.js';
import { t } from '../i18n/index.js';
import { periodInWords } from './period-in-words.js';

const words = (p: Parameters<typeof periodInWords>[0], locale: Locale) => periodInWords(p, locale, (key, vars) => t(locale, key, vars));

describe('a permit period in words', () => {
  it('writes a period over several days from one day to the other, in each language', () => {
    const p = { start: '2027-01-09', end: '2027-01-11' };
    expect(words(p, 'fr')).toBe('du samedi 9 janvier 2027 au lundi 11 janvier 2027');
    expect(words(p, 'nl')).toBe('van zaterdag 9 januari 2027 tot maandag 11 januari 2027');
    expect(words(p, 'de')).toBe('vom Samstag, 9. Januar 2027 bis Montag, 11. Januar 2027');
    expect(words(p, 'en')).toMatch(/^from Saturday,? 9 January 2027 to Monday,? 11 January 2027$/);
  });
  it('says the hours: within one day, or at each end', () => {
    expect(words({ start: '2027-01-09', end: '2027-01-09', startTime: '14:00', endTime: '23:00' }, 'fr')).toBe(
      'samedi 9 janvier 2027, de 14:00 à 23:00',
    );
    expect(words({ start: '2027-01-09', end: '2027-01-09', startTime: '14:00' }, 'fr')).toBe('samedi 9 janvier 2027 à 14:00');
    expect(words({ start: '2027-01-09', end: '2027-01-10', startTime: '08:00', endTime: '18:00' }, 'fr')).toBe(
      'du samedi 9 janvier 2027 à 08:00 au dimanche 10 janvier 2027 à 18:00',
    );
  });
  it('is empty before a start is chosen', () => {
    expect(words({}, 'fr')).toBe('');
  });
});
