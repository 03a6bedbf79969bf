import { describe, expect, it } from 'vitest';
import { BRUSSELS_EDGES } from '../brussels-time.test-support.js';
import { brusselsWallToMs } from '../brussels-time.js';
import { recurringDe } from '../i18n/recurring/de.js';
import { recurringEn } from '../i18n/recurring/en.js';
import { recurringNl } from '../i18n/recurring/nl.js';
import { endedBefore, formatRrule, occurrences, parseRrule, type RecurrenceRule } from './rrule.js';
import { describeRrule } from './rrule-words.js';

const rule = (text: string): RecurrenceRule => {
  const p = parseRrule(text);
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return p.rule;
};
const parts = (text: string) => {
  const p = parseRrule(text);
  return p.ok ? [] : p.errors.map((e) => e.part);
};

describe('parseRrule', () => {
  it('reads every part of the subset, with or without the RRULE: prefix, in any case', () => {
    expect(rule('RRULE:freq=monthly;byday=2TU,-1fr;interval=2;count=5')).toEqual({
      freq: 'MONTHLY',
      interval: 2,
      byDay: [
        { weekday: 'TU', ordinal: 2 },
        { weekday: 'FR', ordinal: -1 },
      ],
      count: 5,
    });
    expect(rule('FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=-1;UNTIL=20281231')).toMatchObject({
      byMonth: [3, 9],
      byMonthDay: [-1],
      until: '2028-12-31',
    });
    expect(rule('FREQ=DAILY;UNTIL=2027-01-31').until).toBe('2027-01-31');
  });

  it('reads UNTIL given as a UTC instant as its Brussels day (23:30 UTC on 31 December is already 1 January)', () => {
    expect(rule('FREQ=DAILY;UNTIL=20261231T233000Z').until).toBe('2027-01-01');
    expect(rule('FREQ=DAILY;UNTIL=20261231T223000Z').until).toBe('2026-12-31');
  });

  it('names each faulty part', () => {
    expect(parts('')).toEqual(['FREQ']);
    expect(parts('FREQ=HOURLY')).toEqual(['FREQ']);
    expect(parts('FREQ=DAILY;INTERVAL=0')).toEqual(['INTERVAL']);
    expect(parts('FREQ=DAILY;INTERVAL=x')).toEqual(['INTERVAL']);
    expect(parts('FREQ=WEEKLY;BYDAY=XX')).toEqual(['BYDAY']);
    expect(parts('FREQ=MONTHLY;BYDAY=6TU')).toEqual(['BYDAY']);
    expect(parts('FREQ=MONTHLY;BYDAY=0TU')).toEqual(['BYDAY']);
    expect(parts('FREQ=WEEKLY;BYDAY=2TU')).toEqual(['BYDAY']);
    expect(parts('FREQ=MONTHLY;BYMONTHDAY=32')).toEqual(['BYMONTHDAY']);
    expect(parts('FREQ=MONTHLY;BYMONTHDAY=0')).toEqual(['BYMONTHDAY']);
    expect(parts('FREQ=WEEKLY;BYMONTHDAY=3')).toEqual(['BYMONTHDAY']);
    expect(parts('FREQ=MONTHLY;BYMONTH=3')).toEqual(['BYMONTH']);
    expect(parts('FREQ=YEARLY;BYDAY=2MO')).toEqual(['BYMONTH']);
    expect(parts('FREQ=DAILY;COUNT=0')).toEqual(['COUNT']);
    expect(parts('FREQ=DAILY;UNTIL=20270230')).toEqual(['UNTIL']);
    expect(parts('FREQ=DAILY;COUNT=3;UNTIL=20270101')).toEqual(['UNTIL']);
    expect(parts('FREQ=DAILY;BYHOUR=8')).toEqual(['BYHOUR']);
    expect(parts('FREQ=DAILY;FREQ=WEEKLY')).toEqual(['FREQ']);
    expect(parts('FREQ=DAILY;WKST=SU')).toEqual(['WKST']);
    // Several faults: all named at once.
    expect(parts('FREQ=MONTHLY;INTERVAL=-2;BYDAY=9XX')).toEqual(['INTERVAL', 'BYDAY']);
  });

  it('says in French what is wrong', () => {
    const p = parseRrule('FREQ=MONTHLY;BYDAY=6TU');
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.errors[0].message).toContain('BYDAY « 6TU »');
  });

  it('writes a rule back in one form, which reads as the same rule', () => {
    for (const text of [
      'FREQ=MONTHLY;BYDAY=2TU',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=10',
      'FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=14;UNTIL=20301231',
    ]) {
      expect(formatRrule(rule(text))).toBe(text);
      expect(rule(formatRrule(rule(text)))).toEqual(rule(text));
    }
  });
});

describe('occurrences', () => {
  it('DAILY every day and every third day', () => {
    expect(occurrences(rule('FREQ=DAILY'), '2026-12-30', { to: '2027-01-02' })).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
    expect(occurrences(rule('FREQ=DAILY;INTERVAL=3'), '2026-02-26', { to: '2026-03-08' })).toEqual([
      '2026-02-26',
      '2026-03-01',
      '2026-03-04',
      '2026-03-07',
    ]);
  });

  it('DAILY with BYDAY keeps working days only', () => {
    expect(occurrences(rule('FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR'), '2026-12-04', { to: '2026-12-09' })).toEqual([
      '2026-12-04',
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
    ]);
  });

  it('WEEKLY on the start’s weekday by default, on given days, every other week (weeks start on Monday)', () => {
    // 2026-12-01 is a Tuesday.
    expect(occurrences(rule('FREQ=WEEKLY'), '2026-12-01', { to: '2026-12-22' })).toEqual([
      '2026-12-01',
      '2026-12-08',
      '2026-12-15',
      '2026-12-22',
    ]);
    // Monday of the start's week is before the start: not counted; the Thursday is.
    expect(occurrences(rule('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH'), '2026-12-01', { to: '2026-12-31' })).toEqual([
      '2026-12-03',
      '2026-12-14',
      '2026-12-17',
      '2026-12-28',
      '2026-12-31',
    ]);
    // A Sunday start with BYDAY=MO: the week of the start is Monday 30 Nov–Sunday 6 Dec; every other week from there.
    expect(occurrences(rule('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO'), '2026-12-06', { to: '2026-12-31' })).toEqual(['2026-12-14', '2026-12-28']);
  });

  it('MONTHLY on the 2nd Tuesday and on the last Friday', () => {
    expect(occurrences(rule('FREQ=MONTHLY;BYDAY=2TU'), '2026-12-01', { to: '2027-04-30' })).toEqual([
      '2026-12-08',
      '2027-01-12',
      '2027-02-09',
      '2027-03-09',
      '2027-04-13',
    ]);
    expect(occurrences(rule('FREQ=MONTHLY;BYDAY=-1FR'), '2026-12-01', { to: '2027-03-31' })).toEqual([
      '2026-12-25',
      '2027-01-29',
      '2027-02-26',
      '2027-03-26',
    ]);
  });

  it('MONTHLY 5th Monday only in months that have one', () => {
    expect(occurrences(rule('FREQ=MONTHLY;BYDAY=5MO'), '2026-12-01', { to: '2027-05-31' })).toEqual(['2027-03-29', '2027-05-31']);
  });

  it('MONTHLY on the 31st skips short months; -1 is every month’s last day, leap years included', () => {
    expect(occurrences(rule('FREQ=MONTHLY;BYMONTHDAY=31'), '2027-01-15', { to: '2027-06-30' })).toEqual([
      '2027-01-31',
      '2027-03-31',
      '2027-05-31',
    ]);
    expect(occurrences(rule('FREQ=MONTHLY;BYMONTHDAY=-1'), '2028-01-01', { to: '2028-04-30' })).toEqual([
      '2028-01-31',
      '2028-02-29',
      '2028-03-31',
      '2028-04-30',
    ]);
    // Without BYMONTHDAY: the start's day; 31 January → only months with a 31st.
    expect(occurrences(rule('FREQ=MONTHLY'), '2027-01-31', { to: '2027-05-31' })).toEqual(['2027-01-31', '2027-03-31', '2027-05-31']);
  });

  it('MONTHLY with BYDAY and BYMONTHDAY keeps the days that are both (Friday the 13th)', () => {
    expect(occurrences(rule('FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13'), '2026-01-01', { to: '2026-12-31' })).toEqual([
      '2026-02-13',
      '2026-03-13',
      '2026-11-13',
    ]);
  });

  it('MONTHLY every three months from the start’s month, across the year', () => {
    expect(occurrences(rule('FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1'), '2026-11-01', { to: '2027-08-31' })).toEqual([
      '2026-11-01',
      '2027-02-01',
      '2027-05-01',
      '2027-08-01',
    ]);
  });

  it('YEARLY on the start’s day, 29 February only in leap years, and the 2nd Tuesday of March', () => {
    expect(occurrences(rule('FREQ=YEARLY'), '2026-07-14', { to: '2028-12-31' })).toEqual(['2026-07-14', '2027-07-14', '2028-07-14']);
    expect(occurrences(rule('FREQ=YEARLY'), '2028-02-29', { to: '2033-01-01' })).toEqual(['2028-02-29', '2032-02-29']);
    expect(occurrences(rule('FREQ=YEARLY;BYMONTH=3;BYDAY=2TU'), '2026-01-01', { to: '2027-12-31' })).toEqual(['2026-03-10', '2027-03-09']);
  });

  it('COUNT counts from the start, whatever window is asked', () => {
    const r = rule('FREQ=WEEKLY;BYDAY=MO;COUNT=3');
    expect(occurrences(r, '2026-12-01', { to: '2027-12-31' })).toEqual(['2026-12-07', '2026-12-14', '2026-12-21']);
    expect(occurrences(r, '2026-12-01', { from: '2026-12-10', to: '2027-12-31' })).toEqual(['2026-12-14', '2026-12-21']);
    expect(endedBefore(r, '2026-12-01', '2026-12-22')).toBe(true);
    expect(endedBefore(r, '2026-12-01', '2026-12-21')).toBe(false);
  });

  it('UNTIL is the last day, inclusive', () => {
    const r = rule('FREQ=DAILY;UNTIL=20261203');
    expect(occurrences(r, '2026-12-01', { to: '2027-12-31' })).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
    expect(endedBefore(r, '2026-12-01', '2026-12-04')).toBe(true);
  });

  it('a rule that matches nothing ends the walk (30 February)', () => {
    expect(occurrences(rule('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30'), '2026-01-01', { to: '2100-12-31' })).toEqual([]);
  });

  it('is a function of days only: each Brussels edge day is an occurrence of a daily rule, at 07:30 Brussels whatever the offset', () => {
    for (const edge of BRUSSELS_EDGES) {
      const [day] = occurrences(rule('FREQ=DAILY'), edge.day, { to: edge.day });
      expect(day).toBe(edge.day);
      // The task's instant is the day's 07:30 in Brussels: the UTC day is the same one (07:30 is never before 02:00 UTC).
      expect(new Date(brusselsWallToMs(day, '07:30')).toISOString().slice(0, 10)).toBe(edge.day);
    }
    // The spring change day: 07:30 CEST = 05:30Z; the day before 07:30 CET = 06:30Z.
    const days = occurrences(rule('FREQ=DAILY'), '2026-03-28', { to: '2026-03-29' });
    expect(days.map((d) => new Date(brusselsWallToMs(d, '07:30')).toISOString())).toEqual([
      '2026-03-28T06:30:00.000Z',
      '2026-03-29T05:30:00.000Z',
    ]);
    const autumn = occurrences(rule('FREQ=WEEKLY;BYDAY=SU'), '2026-10-18', { to: '2026-10-25' });
    expect(autumn.map((d) => new Date(brusselsWallToMs(d, '07:30')).toISOString())).toEqual([
      '2026-10-18T05:30:00.000Z',
      '2026-10-25T06:30:00.000Z',
    ]);
  });
});

describe('describeRrule', () => {
  const start = '2026-12-01'; // a Tuesday
  it('says the rule in French', () => {
    expect(describeRrule(rule('FREQ=MONTHLY;BYDAY=2TU'), start)).toBe('chaque 2e mardi du mois');
    expect(describeRrule(rule('FREQ=MONTHLY;BYDAY=-1FR'), start)).toBe('chaque dernier vendredi du mois');
    expect(describeRrule(rule('FREQ=MONTHLY;BYDAY=1MO'), start)).toBe('chaque 1er lundi du mois');
    expect(describeRrule(rule('FREQ=DAILY'), start)).toBe('chaque jour');
    expect(describeRrule(rule('FREQ=DAILY;INTERVAL=3'), start)).toBe('tous les 3 jours');
    expect(describeRrule(rule('FREQ=WEEKLY'), start)).toBe('chaque mardi');
    expect(describeRrule(rule('FREQ=WEEKLY;BYDAY=MO,WE,FR'), start)).toBe('chaque lundi, mercredi et vendredi');
    expect(describeRrule(rule('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO'), start)).toBe('toutes les 2 semaines, le lundi');
    expect(describeRrule(rule('FREQ=MONTHLY;BYMONTHDAY=1,15'), start)).toBe('chaque mois, le 1er et 15');
    expect(describeRrule(rule('FREQ=MONTHLY;BYMONTHDAY=-1'), start)).toBe('chaque mois, le dernier jour');
    expect(describeRrule(rule('FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU'), start)).toBe('tous les 3 mois, le 2e mardi');
    expect(describeRrule(rule('FREQ=YEARLY'), '2026-07-14')).toBe('chaque année, le 14 juillet');
    expect(describeRrule(rule('FREQ=YEARLY;BYMONTH=3;BYDAY=2TU'), start)).toBe('chaque année, le 2e mardi de mars');
    expect(describeRrule(rule('FREQ=WEEKLY;BYDAY=MO;COUNT=10'), start)).toBe('chaque lundi, 10 fois');
    expect(describeRrule(rule('FREQ=MONTHLY;BYDAY=2TU;UNTIL=20271231'), start, 'fr', undefined, '07:30')).toBe(
      'chaque 2e mardi du mois, jusqu’au vendredi 31 décembre 2027 à 07:30',
    );
  });

  it('says it in Dutch, German and English', () => {
    const r = rule('FREQ=MONTHLY;BYDAY=2TU');
    expect(describeRrule(r, start, 'nl', recurringNl)).toBe('elke 2e dinsdag van de maand');
    expect(describeRrule(r, start, 'de', recurringDe)).toBe('jeden 2. Dienstag im Monat');
    expect(describeRrule(r, start, 'en', recurringEn)).toBe('every 2nd Tuesday of the month');
    const last = rule('FREQ=MONTHLY;BYDAY=-1FR');
    expect(describeRrule(last, start, 'nl', recurringNl)).toBe('elke laatste vrijdag van de maand');
    expect(describeRrule(last, start, 'de', recurringDe)).toBe('jeden letzten Freitag im Monat');
    expect(describeRrule(last, start, 'en', recurringEn)).toBe('every last Friday of the month');
    expect(describeRrule(rule('FREQ=WEEKLY;BYDAY=MO,TH'), start, 'en', recurringEn)).toBe('every Monday and Thursday');
    expect(describeRrule(rule('FREQ=MONTHLY;BYMONTHDAY=22'), start, 'en', recurringEn)).toBe('every month, on the 22nd');
    expect(describeRrule(rule('FREQ=YEARLY'), '2026-07-14', 'de', recurringDe)).toBe('jedes Jahr, am 14. Juli');
    expect(describeRrule(rule('FREQ=DAILY;INTERVAL=2'), start, 'nl', recurringNl)).toBe('om de 2 dagen');
  });
});
