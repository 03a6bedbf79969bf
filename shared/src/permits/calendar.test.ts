import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWorkingDays,
  belgianPublicHolidays,
  daysBetween,
  easterSunday,
  isoWeekday,
  isValidIsoDate,
  isWorkingDay,
} from './calendar.js';

describe('ISO dates', () => {
  it('accepts real calendar days only', () => {
    expect(isValidIsoDate('2026-05-14')).toBe(true);
    expect(isValidIsoDate('2024-02-29')).toBe(true); // leap year
    expect(isValidIsoDate('2000-02-29')).toBe(true); // divisible by 400
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('2100-02-29')).toBe(false); // divisible by 100, not 400
    expect(isValidIsoDate('2026-02-30')).toBe(false);
    expect(isValidIsoDate('2026-04-31')).toBe(false);
    expect(isValidIsoDate('2026-13-01')).toBe(false);
    expect(isValidIsoDate('2026-00-10')).toBe(false);
    expect(isValidIsoDate('2026-01-00')).toBe(false);
    expect(isValidIsoDate('2026-5-1')).toBe(false);
    expect(isValidIsoDate('14/05/2026')).toBe(false);
    expect(isValidIsoDate('2026-05-14T00:00:00Z')).toBe(false);
    expect(isValidIsoDate('')).toBe(false);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30'); // over the spring clock change
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26'); // over the autumn clock change
    expect(addDays('2026-05-14', 0)).toBe('2026-05-14');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
  });

  it('counts whole days between two dates', () => {
    expect(daysBetween('2026-05-14', '2026-05-14')).toBe(0);
    expect(daysBetween('2026-05-14', '2026-05-15')).toBe(1);
    expect(daysBetween('2026-05-15', '2026-05-14')).toBe(-1);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // the 23-hour day does not shorten the count
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2); // nor does the 25-hour one lengthen it
  });

  it('numbers weekdays Monday = 1 … Sunday = 7', () => {
    expect(isoWeekday('2026-03-02')).toBe(1); // Monday
    expect(isoWeekday('2026-01-01')).toBe(4); // Thursday
    expect(isoWeekday('2026-05-08')).toBe(5); // Friday
    expect(isoWeekday('2026-05-09')).toBe(6); // Saturday
    expect(isoWeekday('2026-09-27')).toBe(7); // Sunday
  });
});

describe('Easter and Belgian public holidays', () => {
  it('finds Easter Sunday for known years', () => {
    const known: Record<number, string> = {
      2000: '2000-04-23',
      2008: '2008-03-23',
      2011: '2011-04-24',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2038: '2038-04-25',
      2285: '2285-03-22', // the earliest possible date
    };
    for (const [year, date] of Object.entries(known)) expect(easterSunday(Number(year)), String(year)).toBe(date);
  });

  it('always falls on a Sunday between 22 March and 25 April', () => {
    for (let y = 1990; y <= 2100; y++) {
      const e = easterSunday(y);
      expect(isoWeekday(e), e).toBe(7);
      expect(e >= `${y}-03-22` && e <= `${y}-04-25`, e).toBe(true);
    }
  });

  it('lists the ten legal holidays of 2026', () => {
    const h = belgianPublicHolidays(2026);
    expect(h.map((x) => x.date)).toEqual([
      '2026-01-01',
      '2026-04-06', // Easter Monday
      '2026-05-01',
      '2026-05-14', // Ascension
      '2026-05-25', // Whit Monday
      '2026-07-21',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
    expect(h.find((x) => x.date === '2026-05-14')?.name).toBe('Ascension');
    expect(h.find((x) => x.date === '2026-05-25')?.name).toBe('Lundi de Pentecôte');
    expect(h.find((x) => x.date === '2026-07-21')?.name).toBe('Fête nationale');
    expect(new Set(h.map((x) => x.name)).size).toBe(10);
  });

  it('moves Easter-based holidays with Easter', () => {
    const dates = (y: number) => belgianPublicHolidays(y).map((x) => x.date);
    expect(dates(2024)).toEqual(expect.arrayContaining(['2024-04-01', '2024-05-09', '2024-05-20']));
    expect(dates(2025)).toEqual(expect.arrayContaining(['2025-04-21', '2025-05-29', '2025-06-09']));
    expect(dates(2027)).toEqual(expect.arrayContaining(['2027-03-29', '2027-05-06', '2027-05-17']));
    // Easter Monday is a Monday, Ascension a Thursday, Whit Monday a Monday, whatever the year.
    for (let y = 2020; y <= 2040; y++) {
      const [, easterMonday, , ascension, whitMonday] = belgianPublicHolidays(y);
      expect([isoWeekday(easterMonday.date), isoWeekday(ascension.date), isoWeekday(whitMonday.date)]).toEqual([1, 4, 1]);
    }
  });
});

describe('working days', () => {
  it('skips weekends', () => {
    expect(isWorkingDay('2026-03-02')).toBe(true); // Monday
    expect(isWorkingDay('2026-03-06')).toBe(true); // Friday
    expect(isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(isWorkingDay('2026-03-08')).toBe(false); // Sunday
  });

  it('skips Belgian public holidays falling on weekdays', () => {
    for (const d of ['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-25', '2026-07-21', '2026-11-11', '2026-12-25']) {
      expect(isWorkingDay(d), d).toBe(false);
    }
    // The days around them are working days.
    expect(isWorkingDay('2026-05-13')).toBe(true);
    expect(isWorkingDay('2026-05-15')).toBe(true);
    expect(isWorkingDay('2026-05-26')).toBe(true);
  });

  it('skips the commune’s closing days, every year ("MM-DD") or once ("YYYY-MM-DD")', () => {
    const closing = ['09-27', '2026-06-15'];
    expect(isWorkingDay('2027-09-27')).toBe(true); // a Monday, without closing days
    expect(isWorkingDay('2027-09-27', closing)).toBe(false);
    expect(isWorkingDay('2028-09-27', closing)).toBe(false); // a Wednesday, every year
    expect(isWorkingDay('2026-06-15')).toBe(true);
    expect(isWorkingDay('2026-06-15', closing)).toBe(false);
    expect(isWorkingDay('2027-06-15', closing)).toBe(true); // the full date closes one year only
    expect(isWorkingDay('2027-09-28', closing)).toBe(true);
  });

  it('adds working days, the start day not counted', () => {
    expect(addWorkingDays('2026-03-02', 0)).toBe('2026-03-02');
    expect(addWorkingDays('2026-03-02', 1)).toBe('2026-03-03');
    expect(addWorkingDays('2026-03-02', 5)).toBe('2026-03-09'); // Monday + 5 = next Monday
    expect(addWorkingDays('2026-03-06', 1)).toBe('2026-03-09'); // Friday + 1 = Monday
    expect(addWorkingDays('2026-03-07', 1)).toBe('2026-03-09'); // from a Saturday
    expect(addWorkingDays('2026-03-02', 10)).toBe('2026-03-16');
  });

  it('skips Ascension and Whit Monday', () => {
    // Wed 13 May 2026 + 2 working days: Thu 14 (Ascension) skipped → Fri 15, Mon 18.
    expect(addWorkingDays('2026-05-13', 2)).toBe('2026-05-18');
    // Fri 22 May + 1: Mon 25 (Whit Monday) skipped → Tue 26.
    expect(addWorkingDays('2026-05-22', 1)).toBe('2026-05-26');
  });

  it('counts across Christmas and New Year', () => {
    // Wed 23 Dec 2026: Thu 24, [Fri 25 Christmas, weekend], Mon 28, Tue 29, Wed 30, Thu 31, [Fri 1 Jan], Mon 4.
    expect(addWorkingDays('2026-12-23', 1)).toBe('2026-12-24');
    expect(addWorkingDays('2026-12-23', 2)).toBe('2026-12-28');
    expect(addWorkingDays('2026-12-23', 5)).toBe('2026-12-31');
    expect(addWorkingDays('2026-12-23', 6)).toBe('2027-01-04');
    // Wed 24 Dec 2025 with 26 Dec closed: [Thu 25, Fri 26, weekend] Mon 29, Tue 30, Wed 31, [Thu 1 Jan] Fri 2.
    expect(addWorkingDays('2025-12-24', 4)).toBe('2025-12-31');
    expect(addWorkingDays('2025-12-24', 4, ['12-26'])).toBe('2026-01-02');
    expect(addWorkingDays('2025-12-24', 5, ['12-26'])).toBe('2026-01-05');
  });

  it('counts closing days given as full dates', () => {
    expect(addWorkingDays('2026-06-12', 1, ['2026-06-15'])).toBe('2026-06-16'); // Fri + 1, Mon closed
    expect(addWorkingDays('2026-06-12', 1, ['2025-06-15'])).toBe('2026-06-15'); // another year's date does not apply
  });
});
