/**
 * Recurring tasks' rules: a subset of RFC 5545's RRULE, read and expanded into Brussels calendar days.
 *
 *   FREQ      DAILY | WEEKLY | MONTHLY | YEARLY (required)
 *   INTERVAL  every n periods (default 1)
 *   BYDAY     MO…SU; with MONTHLY (or YEARLY with BYMONTH) an ordinal in the month: 2TU (second Tuesday), -1FR (last Friday)
 *   BYMONTHDAY 1…31, or -1…-31 from the month's end (a month without that day is skipped, as RFC 5545 says)
 *   BYMONTH   1…12 (YEARLY only; YEARLY with BYDAY or BYMONTHDAY needs it, so a rule never means "the 20th Monday of the year")
 *   COUNT     this many occurrences from the start, or
 *   UNTIL     the last day (YYYYMMDD, YYYY-MM-DD, or an instant YYYYMMDDTHHMMSSZ read as its Brussels day), inclusive
 *
 * Weeks start on Monday (WKST=MO, the Belgian week). Occurrences are calendar days: the task's hour is the
 * recurrence's Brussels wall time, turned into an instant per day (`brusselsWallToMs`), so "every Tuesday at 07:30"
 * stays 07:30 in Brussels across the DST changes. The start day counts only if it matches the rule (unlike RFC 5545's
 * DTSTART, which always counts): a rule's occurrences are exactly the days it describes. Pure: no clock, no zone.
 */
import { addDays, daysBetween, isValidIsoDate, isoWeekday, type IsoDate } from '../permits/calendar.js';
import { brusselsDate } from '../brussels-time.js';

export const RRULE_FREQS = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
export type RruleFreq = (typeof RRULE_FREQS)[number];
/** RFC 5545's weekday codes, Monday first (index + 1 = ISO weekday). */
export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];

/** A weekday, with its place in the month when it has one (2 = second, -1 = last). */
export interface ByDay {
  weekday: WeekdayCode;
  ordinal?: number;
}

export interface RecurrenceRule {
  freq: RruleFreq;
  interval: number;
  byDay?: ByDay[];
  byMonthDay?: number[];
  byMonth?: number[];
  count?: number;
  until?: IsoDate;
}

/** A part of the rule that cannot be read, and why (French: staff read it next to the field). */
export interface RruleError {
  part: string;
  message: string;
}

export type RruleParse = { ok: true; rule: RecurrenceRule } | { ok: false; errors: RruleError[] };

const KNOWN_PARTS = ['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'COUNT', 'UNTIL', 'WKST'] as const;
export const MAX_INTERVAL = 366;
export const MAX_COUNT = 1000;

const intIn = (s: string, min: number, max: number) => (/^[+-]?\d{1,4}$/.test(s) && +s >= min && +s <= max ? +s : undefined);

/** Reads a rule ("FREQ=MONTHLY;BYDAY=2TU", an optional "RRULE:" prefix); every faulty part is named. */
export function parseRrule(text: string): RruleParse {
  const errors: RruleError[] = [];
  const err = (part: string, message: string) => errors.push({ part, message });
  const body = text.trim().replace(/^RRULE:/i, '');
  const parts = new Map<string, string>();
  for (const raw of body.split(';')) {
    if (raw.trim() === '') continue;
    const eq = raw.indexOf('=');
    const name = (eq < 0 ? raw : raw.slice(0, eq)).trim().toUpperCase();
    const value =
      eq < 0
        ? ''
        : raw
            .slice(eq + 1)
            .trim()
            .toUpperCase();
    if (!(KNOWN_PARTS as readonly string[]).includes(name)) {
      err(name || raw, `partie inconnue « ${name || raw} » (connues : ${KNOWN_PARTS.join(', ')})`);
      continue;
    }
    if (parts.has(name)) err(name, `${name} est donné deux fois`);
    else if (value === '') err(name, `${name} sans valeur`);
    else parts.set(name, value);
  }

  const freqText = parts.get('FREQ');
  const freq = (RRULE_FREQS as readonly string[]).includes(freqText ?? '') ? (freqText as RruleFreq) : undefined;
  if (!freqText) {
    if (!errors.some((e) => e.part === 'FREQ')) err('FREQ', 'FREQ est obligatoire (DAILY, WEEKLY, MONTHLY ou YEARLY)');
  } else if (!freq) err('FREQ', `FREQ « ${freqText} » : DAILY, WEEKLY, MONTHLY ou YEARLY`);

  let interval = 1;
  if (parts.has('INTERVAL')) {
    const n = intIn(parts.get('INTERVAL')!, 1, MAX_INTERVAL);
    if (n === undefined) err('INTERVAL', `INTERVAL : un entier de 1 à ${MAX_INTERVAL}`);
    else interval = n;
  }

  if (parts.has('WKST') && parts.get('WKST') !== 'MO') err('WKST', 'WKST : la semaine commence le lundi (MO) et seulement le lundi');

  let byDay: ByDay[] | undefined;
  if (parts.has('BYDAY')) {
    byDay = [];
    for (const d of parts.get('BYDAY')!.split(',')) {
      const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(d.trim());
      const ordinal = m?.[1] === undefined ? undefined : Number(m[1]);
      if (!m || (ordinal !== undefined && (ordinal === 0 || Math.abs(ordinal) > 5))) {
        err('BYDAY', `BYDAY « ${d} » : un jour MO…SU, précédé au besoin de sa place dans le mois (1 à 5, -1 à -5 : 2TU, -1FR)`);
        continue;
      }
      byDay.push({ weekday: m[2] as WeekdayCode, ...(ordinal !== undefined ? { ordinal } : {}) });
    }
  }

  let byMonthDay: number[] | undefined;
  if (parts.has('BYMONTHDAY')) {
    byMonthDay = [];
    for (const d of parts.get('BYMONTHDAY')!.split(',')) {
      const n = intIn(d.trim(), -31, 31);
      if (n === undefined || n === 0) err('BYMONTHDAY', `BYMONTHDAY « ${d} » : un jour de 1 à 31, ou de -1 à -31 depuis la fin du mois`);
      else byMonthDay.push(n);
    }
  }

  let byMonth: number[] | undefined;
  if (parts.has('BYMONTH')) {
    byMonth = [];
    for (const d of parts.get('BYMONTH')!.split(',')) {
      const n = intIn(d.trim(), 1, 12);
      if (n === undefined) err('BYMONTH', `BYMONTH « ${d} » : un mois de 1 à 12`);
      else byMonth.push(n);
    }
  }

  let count: number | undefined;
  if (parts.has('COUNT')) {
    count = intIn(parts.get('COUNT')!, 1, MAX_COUNT);
    if (count === undefined) err('COUNT', `COUNT : un entier de 1 à ${MAX_COUNT}`);
  }

  let until: IsoDate | undefined;
  if (parts.has('UNTIL')) {
    until = untilDay(parts.get('UNTIL')!);
    if (!until) err('UNTIL', 'UNTIL : un jour (AAAAMMJJ ou AAAA-MM-JJ) ou un instant UTC (AAAAMMJJTHHMMSSZ)');
  }
  if (parts.has('COUNT') && parts.has('UNTIL')) err('UNTIL', 'COUNT et UNTIL ne vont pas ensemble : choisissez l’un des deux');

  if (freq) {
    const ordinals = byDay?.some((d) => d.ordinal !== undefined);
    if (ordinals && freq !== 'MONTHLY' && freq !== 'YEARLY')
      err('BYDAY', 'BYDAY : un jour numéroté (2TU, -1FR) se dit d’un mois : FREQ=MONTHLY ou YEARLY avec BYMONTH');
    if (byMonthDay && freq === 'WEEKLY') err('BYMONTHDAY', 'BYMONTHDAY ne va pas avec FREQ=WEEKLY');
    if (byMonth && freq !== 'YEARLY') err('BYMONTH', 'BYMONTH ne va qu’avec FREQ=YEARLY');
    if (freq === 'YEARLY' && (byDay || byMonthDay) && !byMonth)
      err('BYMONTH', 'FREQ=YEARLY avec BYDAY ou BYMONTHDAY : dites le mois (BYMONTH)');
  }

  if (errors.length || !freq) return { ok: false, errors };
  const rule: RecurrenceRule = {
    freq,
    interval,
    ...(byDay?.length ? { byDay } : {}),
    ...(byMonthDay?.length ? { byMonthDay } : {}),
    ...(byMonth?.length ? { byMonth } : {}),
    ...(count !== undefined ? { count } : {}),
    ...(until ? { until } : {}),
  };
  return { ok: true, rule };
}

function untilDay(v: string): IsoDate | undefined {
  const date = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(v);
  if (date) {
    const d = `${date[1]}-${date[2]}-${date[3]}`;
    return isValidIsoDate(d) ? d : undefined;
  }
  const instant = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(v);
  if (instant) {
    const d = `${instant[1]}-${instant[2]}-${instant[3]}`;
    const ms = Date.parse(`${d}T${instant[4]}:${instant[5]}:${instant[6]}Z`);
    return isValidIsoDate(d) && !Number.isNaN(ms) ? brusselsDate(ms) : undefined;
  }
  return undefined;
}

/** The rule written back in RFC 5545's form, parts in a fixed order (what the API stores and answers). */
export function formatRrule(r: RecurrenceRule): string {
  const parts = [`FREQ=${r.freq}`];
  if (r.interval !== 1) parts.push(`INTERVAL=${r.interval}`);
  if (r.byMonth) parts.push(`BYMONTH=${r.byMonth.join(',')}`);
  if (r.byMonthDay) parts.push(`BYMONTHDAY=${r.byMonthDay.join(',')}`);
  if (r.byDay) parts.push(`BYDAY=${r.byDay.map((d) => `${d.ordinal ?? ''}${d.weekday}`).join(',')}`);
  if (r.count !== undefined) parts.push(`COUNT=${r.count}`);
  if (r.until) parts.push(`UNTIL=${r.until.replaceAll('-', '')}`);
  return parts.join(';');
}

/**
 * The rule with what its start implies written out (RFC 5545 takes them from DTSTART): WEEKLY without BYDAY is the
 * start's weekday; MONTHLY without BYDAY or BYMONTHDAY the start's day of the month; YEARLY without BYMONTH the start's
 * month (and its day, without BYDAY or BYMONTHDAY). Expansion and words both read this form.
 */
export function explicitRule(r: RecurrenceRule, start: IsoDate): RecurrenceRule {
  const [, m, d] = start.split('-').map(Number);
  const startWeekday = WEEKDAY_CODES[isoWeekday(start) - 1];
  if (r.freq === 'WEEKLY' && !r.byDay) return { ...r, byDay: [{ weekday: startWeekday }] };
  if (r.freq === 'MONTHLY' && !r.byDay && !r.byMonthDay) return { ...r, byMonthDay: [d] };
  if (r.freq === 'YEARLY' && !r.byMonth) return { ...r, byMonth: [m], ...(!r.byDay && !r.byMonthDay ? { byMonthDay: [d] } : {}) };
  return r;
}

const weekdayIndex = (code: WeekdayCode) => WEEKDAY_CODES.indexOf(code) + 1;
const pad = (n: number) => String(n).padStart(2, '0');
const monthStart = (year: number, month: number): IsoDate => `${year}-${pad(month)}-01`;
function monthLength(year: number, month: number): number {
  return daysBetween(monthStart(year, month), month === 12 ? monthStart(year + 1, 1) : monthStart(year, month + 1));
}

/** The days of one month a MONTHLY (or YEARLY, per month) rule picks, in order. */
function daysOfMonth(r: RecurrenceRule, year: number, month: number, startDay: number): IsoDate[] {
  const len = monthLength(year, month);
  const first = monthStart(year, month);
  const at = (d: number) => addDays(first, d - 1);
  let days: number[];
  if (r.byMonthDay) {
    days = r.byMonthDay.map((d) => (d > 0 ? d : len + d + 1)).filter((d) => d >= 1 && d <= len);
  } else if (r.byDay) {
    days = [];
  } else {
    days = startDay <= len ? [startDay] : [];
  }
  if (r.byDay) {
    const firstWeekday = isoWeekday(first);
    const matching: number[] = [];
    for (const bd of r.byDay) {
      const wd = weekdayIndex(bd.weekday);
      const all: number[] = [];
      for (let d = 1 + ((wd - firstWeekday + 7) % 7); d <= len; d += 7) all.push(d);
      if (bd.ordinal === undefined) matching.push(...all);
      else {
        const d = bd.ordinal > 0 ? all[bd.ordinal - 1] : all[all.length + bd.ordinal];
        if (d !== undefined) matching.push(d);
      }
    }
    // With BYMONTHDAY too, a day must satisfy both (RFC 5545: BYDAY limits BYMONTHDAY's days).
    days = r.byMonthDay ? days.filter((d) => matching.includes(d)) : matching;
  }
  return [...new Set(days)].sort((a, b) => a - b).map(at);
}

/** The candidate days of the period number `n` after the start's period, in order. */
function periodDays(r: RecurrenceRule, start: IsoDate, n: number): IsoDate[] {
  const [sy, sm, sd] = start.split('-').map(Number);
  switch (r.freq) {
    case 'DAILY': {
      const day = addDays(start, n * r.interval);
      return [day].filter((d) => dayFilter(r, d));
    }
    case 'WEEKLY': {
      const monday = addDays(start, n * 7 * r.interval - (isoWeekday(start) - 1));
      const weekdays = r.byDay ? r.byDay.map((d) => weekdayIndex(d.weekday)) : [isoWeekday(start)];
      return [...new Set(weekdays)].sort((a, b) => a - b).map((w) => addDays(monday, w - 1));
    }
    case 'MONTHLY': {
      const index = sm - 1 + n * r.interval;
      return daysOfMonth(r, sy + Math.floor(index / 12), (index % 12) + 1, sd);
    }
    case 'YEARLY': {
      const year = sy + n * r.interval;
      const months = r.byMonth ? [...new Set(r.byMonth)].sort((a, b) => a - b) : [sm];
      return months.flatMap((m) => daysOfMonth(r, year, m, sd));
    }
  }
}

/** DAILY's BYDAY / BYMONTHDAY filter the days (a weekday without ordinal; a day of the month). */
function dayFilter(r: RecurrenceRule, d: IsoDate): boolean {
  if (r.byDay && !r.byDay.some((b) => weekdayIndex(b.weekday) === isoWeekday(d))) return false;
  if (r.byMonthDay) {
    const [y, m, day] = d.split('-').map(Number);
    const len = monthLength(y, m);
    if (!r.byMonthDay.some((x) => (x > 0 ? x : len + x + 1) === day)) return false;
  }
  return true;
}

/** A rule can match nothing (BYMONTHDAY=31 with BYMONTH=2): stop looking after this many empty periods. */
const MAX_EMPTY_PERIODS = 2000;

/**
 * The rule's days from `start` (counted from there for COUNT), those within [from, to] (inclusive, default from = start).
 * `to` bounds the walk: a rule without COUNT or UNTIL goes on for ever.
 */
export function occurrences(rule: RecurrenceRule, start: IsoDate, range: { from?: IsoDate; to: IsoDate }): IsoDate[] {
  if (!isValidIsoDate(start) || !isValidIsoDate(range.to)) throw new RangeError(`not calendar days: ${start}, ${range.to}`);
  const r = explicitRule(rule, start);
  const from = range.from && range.from > start ? range.from : start;
  const last = r.until && r.until < range.to ? r.until : range.to;
  const out: IsoDate[] = [];
  let counted = 0;
  let empty = 0;
  for (let n = 0; ; n++) {
    const days = periodDays(r, start, n).filter((d) => d >= start);
    if (days.length === 0) {
      if (++empty > MAX_EMPTY_PERIODS) return out;
      // A period entirely past the end ends the walk even when empty (e.g. the 31st in a short month).
      if (periodStart(r, start, n) > last) return out;
      continue;
    }
    empty = 0;
    for (const d of days) {
      if (d > last) return out;
      counted++;
      if (r.count !== undefined && counted > r.count) return out;
      if (d >= from) out.push(d);
    }
  }
}

function periodStart(r: RecurrenceRule, start: IsoDate, n: number): IsoDate {
  const [sy, sm] = start.split('-').map(Number);
  if (r.freq === 'DAILY') return addDays(start, n * r.interval);
  if (r.freq === 'WEEKLY') return addDays(start, n * 7 * r.interval - (isoWeekday(start) - 1));
  if (r.freq === 'MONTHLY') {
    const index = sm - 1 + n * r.interval;
    return monthStart(sy + Math.floor(index / 12), (index % 12) + 1);
  }
  return monthStart(sy + n * r.interval, 1);
}

/** Whether the rule can have no occurrence after `day` any more (COUNT used up before, or UNTIL passed). */
export function endedBefore(r: RecurrenceRule, start: IsoDate, day: IsoDate): boolean {
  if (r.until && r.until < day) return true;
  if (r.count === undefined) return false;
  const upTo = occurrences(r, start, { to: addDays(day, -1) });
  return upTo.length >= r.count;
}
