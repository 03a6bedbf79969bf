import { describe, expect, it } from 'vitest';
import { formatFrenchDate, formatFrenchPeriod, formatFrenchPeriodLines, formatFrenchTime, formatShortDate } from './french-dates.js';
import { formatEuros, formatFee } from './french-money.js';

describe('French dates', () => {
  it('writes the weekday, the day (1er for the first), the month and the year', () => {
    expect(formatFrenchDate('2026-05-12')).toBe('mardi 12 mai 2026');
    expect(formatFrenchDate('2026-06-01')).toBe('lundi 1er juin 2026');
    expect(formatFrenchDate('2026-08-15')).toBe('samedi 15 août 2026');
    expect(formatFrenchDate('2028-02-29')).toBe('mardi 29 février 2028');
    expect(formatFrenchDate('2026-12-31', { weekday: false })).toBe('31 décembre 2026');
  });

  it('reads a timestamp as the date in Brussels', () => {
    expect(formatFrenchDate('2026-05-12T23:30:00Z')).toBe('mercredi 13 mai 2026');
    expect(formatShortDate('2026-01-01T22:59:00Z')).toBe('01/01/2026');
    // 00:30 in Brussels is still the day before in UTC: at the DST changes and at the new year.
    expect(formatFrenchDate('2026-03-28T23:30:00Z')).toBe('dimanche 29 mars 2026');
    expect(formatFrenchDate('2026-10-25T23:30:00Z')).toBe('lundi 26 octobre 2026');
    expect(formatFrenchDate('2026-12-31T23:30:00Z')).toBe('vendredi 1er janvier 2027');
    expect(formatFrenchDate('2026-12-31T22:30:00Z')).toBe('jeudi 31 décembre 2026');
    expect(formatShortDate('2027-10-30T22:30:00Z')).toBe('31/10/2027');
  });

  it('gives back what is no date instead of throwing', () => {
    expect(formatFrenchDate('2026-02-30')).toBe('2026-02-30');
    expect(formatFrenchDate('bientôt')).toBe('bientôt');
    expect(formatShortDate('2026-13-01')).toBe('2026-13-01');
  });

  it('writes hours the Belgian way', () => {
    expect(formatFrenchTime('07:00')).toBe('7 h');
    expect(formatFrenchTime('07:30')).toBe('7 h 30');
    expect(formatFrenchTime('18:05')).toBe('18 h 05');
    expect(formatFrenchTime('00:00')).toBe('0 h');
  });

  it('writes a period over several days, with or without hours', () => {
    expect(formatFrenchPeriod({ start: '2026-05-12', end: '2026-05-13', startTime: '07:00', endTime: '18:00' })).toBe(
      'du mardi 12 mai 2026 à 7 h au mercredi 13 mai 2026 à 18 h',
    );
    expect(formatFrenchPeriodLines({ start: '2026-05-12', end: '2026-05-13', startTime: '07:00', endTime: '18:00' })).toEqual([
      'du mardi 12 mai 2026 à 7 h',
      'au mercredi 13 mai 2026 à 18 h',
    ]);
    expect(formatFrenchPeriod({ start: '2026-07-01', end: '2026-07-31' })).toBe('du mercredi 1er juillet 2026 au vendredi 31 juillet 2026');
  });

  it('writes a period within one day', () => {
    expect(formatFrenchPeriod({ start: '2026-06-06', end: '2026-06-06', startTime: '14:00', endTime: '23:30' })).toBe(
      'le samedi 6 juin 2026 de 14 h à 23 h 30',
    );
    expect(formatFrenchPeriod({ start: '2026-06-06', end: '2026-06-06' })).toBe('le samedi 6 juin 2026');
    expect(formatFrenchPeriod({ start: '2026-06-06', end: '2026-06-06', startTime: '08:00' })).toBe(
      'le samedi 6 juin 2026 à partir de 8 h',
    );
  });
});

describe('fees', () => {
  it('writes euro cents with a decimal comma, spaces between thousands and the € after', () => {
    expect(formatEuros(2500)).toBe('25,00 €');
    expect(formatEuros(5)).toBe('0,05 €');
    expect(formatEuros(125050)).toBe('1 250,50 €');
    expect(formatEuros(123456789)).toBe('1 234 567,89 €');
    expect(formatEuros(-1000)).toBe('-10,00 €');
  });

  it('says Gratuit when nothing is due', () => {
    expect(formatFee(0)).toBe('Gratuit');
    expect(formatFee(2500)).toBe('25,00 €');
    expect(formatFee(1)).toBe('0,01 €');
  });
});
