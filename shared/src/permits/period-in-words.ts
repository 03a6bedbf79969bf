/**
 * A permit's period in one sentence, in the reader's language: "samedi 9 janvier 2027, de 14:00 à 23:00", "du samedi
 * 9 janvier 2027 à 08:00 au lundi 11 janvier 2027". One definition for the citizen pages (which pass the browser's
 * `tr`) and the e-mails (which pass shared `t` for the mail's language); the days come from `formatDayInWords`.
 */
import { formatDayInWords } from '../brussels-time.js';
import type { Locale } from '../commune-config.js';
import type { PermitPeriod } from './permit-details.js';

/** The three sentences a period is written with (messages in the permits module). */
export type PeriodMessageKey = 'permit.period.at' | 'permit.period.oneDayHours' | 'permit.period.range';
export type PeriodTranslate = (key: PeriodMessageKey, vars: Record<string, string>) => string;

export function periodInWords(p: Partial<PermitPeriod>, locale: Locale, translate: PeriodTranslate): string {
  if (!p.start) return '';
  const day = (iso: string) => formatDayInWords(iso, locale);
  const time = (hhmm?: string) => (hhmm ? ` ${translate('permit.period.at', { time: hhmm })}` : '');
  if (!p.end || p.end === p.start) {
    if (p.startTime && p.endTime) return translate('permit.period.oneDayHours', { date: day(p.start), from: p.startTime, to: p.endTime });
    return `${day(p.start)}${time(p.startTime)}`;
  }
  return translate('permit.period.range', { from: `${day(p.start)}${time(p.startTime)}`, to: `${day(p.end)}${time(p.endTime)}` });
}
