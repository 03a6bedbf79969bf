/**
 * Calendar days as plain ISO dates (YYYY-MM-DD) in Belgian time: no clocks, no time zones (an instant becomes
 * a Brussels day only in `../brussels-time.ts`).
 * Belgian public holidays are computed (Easter by the Gregorian computus); a commune may add its own
 * closing days (27 September in Wallonia, 2 November, 26 December…) in its config.
 */
export type IsoDate = string;

export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function toUtc(d: IsoDate): Date {
  return new Date(`${d}T00:00:00Z`);
}
function fromUtc(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

export function isValidIsoDate(d: string): boolean {
  if (!ISO_DATE_PATTERN.test(d)) return false;
  const t = toUtc(d);
  return !Number.isNaN(t.getTime()) && fromUtc(t) === d;
}

export function addDays(d: IsoDate, n: number): IsoDate {
  const t = toUtc(d);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
}

/** Whole days from a to b (b − a); inclusive spans add one. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

/** Monday = 1 … Sunday = 7 */
export function isoWeekday(d: IsoDate): number {
  const w = toUtc(d).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Easter Sunday (Gregorian), by the anonymous computus. */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ten legal public holidays of Belgium for a year, with their French names. */
export function belgianPublicHolidays(year: number): { date: IsoDate; name: string }[] {
  const easter = easterSunday(year);
  const y = String(year);
  return [
    { date: `${y}-01-01`, name: 'Jour de l’an' },
    { date: addDays(easter, 1), name: 'Lundi de Pâques' },
    { date: `${y}-05-01`, name: 'Fête du Travail' },
    { date: addDays(easter, 39), name: 'Ascension' },
    { date: addDays(easter, 50), name: 'Lundi de Pentecôte' },
    { date: `${y}-07-21`, name: 'Fête nationale' },
    { date: `${y}-08-15`, name: 'Assomption' },
    { date: `${y}-11-01`, name: 'Toussaint' },
    { date: `${y}-11-11`, name: 'Armistice' },
    { date: `${y}-12-25`, name: 'Noël' },
  ];
}

const holidayCache = new Map<number, Set<IsoDate>>();
function holidaySet(year: number): Set<IsoDate> {
  let s = holidayCache.get(year);
  if (!s) {
    s = new Set(belgianPublicHolidays(year).map((h) => h.date));
    holidayCache.set(year, s);
  }
  return s;
}

/** Extra closing days: "MM-DD" every year, or a full "YYYY-MM-DD". */
export type ClosingDays = readonly string[];

/** Whether a day is one of Belgium's legal public holidays. */
export function isBelgianPublicHoliday(d: IsoDate): boolean {
  return holidaySet(Number(d.slice(0, 4))).has(d);
}

/** Whether a day is one of these closing days ("MM-DD" every year, or the full day). */
export function isClosingDay(d: IsoDate, closingDays: ClosingDays): boolean {
  return closingDays.some((c) => c === d || c === d.slice(5));
}

export function isWorkingDay(d: IsoDate, closingDays: ClosingDays = []): boolean {
  if (isoWeekday(d) > 5) return false;
  if (isBelgianPublicHoliday(d)) return false;
  return !isClosingDay(d, closingDays);
}

/** The date `n` working days after `d` (d itself not counted). */
export function addWorkingDays(d: IsoDate, n: number, closingDays: ClosingDays = []): IsoDate {
  let cur = d;
  let left = n;
  while (left > 0) {
    cur = addDays(cur, 1);
    if (isWorkingDay(cur, closingDays)) left--;
  }
  return cur;
}
