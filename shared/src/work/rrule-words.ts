/**
 * A recurrence rule in words, for the staff app's lists and forms: « chaque 2e mardi du mois », « elke 2e dinsdag van
 * de maand », « jeden 2. Dienstag im Monat », « every 2nd Tuesday of the month ». The phrases are the recurring
 * module's messages (shared/src/i18n/recurring/); weekday and month names come from Intl, in the reader's language.
 */
import type { Locale } from '../commune-config.js';
import { DATE_LOCALE_TAGS, formatCalendarDay, formatDayInWords } from '../brussels-time.js';
import { fillMessage } from '../i18n/fill.js';
import { recurringFr } from '../i18n/recurring/fr.js';
import type { IsoDate } from '../permits/calendar.js';
import { explicitRule, WEEKDAY_CODES, type RecurrenceRule, type WeekdayCode } from './rrule.js';

type Key = keyof typeof recurringFr;
export type RecurringMessages = Readonly<Record<Key, string>>;

/** A Monday (2024-01-01) and the next six days: their names in a language. */
const weekdayName = (code: WeekdayCode, locale: Locale) =>
  formatCalendarDay(`2024-01-0${WEEKDAY_CODES.indexOf(code) + 1}`, DATE_LOCALE_TAGS[locale], { weekday: 'long' });
const monthName = (month: number, locale: Locale) =>
  formatCalendarDay(`2024-${String(month).padStart(2, '0')}-15`, DATE_LOCALE_TAGS[locale], { month: 'long' });

const list = (items: string[], locale: Locale) =>
  new Intl.ListFormat(DATE_LOCALE_TAGS[locale], { style: 'long', type: 'conjunction' }).format(items);

/**
 * The rule in words; `messages` are the recurring module's in that language (French by default), `time` the Brussels
 * wall time the tasks are due at, if it should be said.
 */
export function describeRrule(
  rule: RecurrenceRule,
  start: IsoDate,
  locale: Locale = 'fr',
  messages: RecurringMessages = recurringFr,
  time?: string,
): string {
  const r = explicitRule(rule, start);
  const t = (key: Key, vars?: Record<string, string | number>) => fillMessage(messages[key], vars);
  const has = (key: string): key is Key => key in messages;
  const numbered = (kind: 'nth' | 'monthDay' | 'yearDay', n: number) => {
    const exact = `recurring.rule.${kind}.${n}`;
    if (has(exact)) return t(exact);
    return t(`recurring.rule.${kind}.${n < 0 ? '-n' : 'n'}` as Key, { n: Math.abs(n) });
  };
  const byDays = (r.byDay ?? []).map((d) =>
    d.ordinal === undefined
      ? weekdayName(d.weekday, locale)
      : t('recurring.rule.nthWeekday', { nth: numbered('nth', d.ordinal), weekday: weekdayName(d.weekday, locale) }),
  );
  const monthDays = (r.byMonthDay ?? []).map((d) => numbered('monthDay', d));
  const n = r.interval;
  let phrase: string;
  switch (r.freq) {
    case 'DAILY':
      if (r.byDay && !r.byMonthDay) phrase = t('recurring.rule.weekly', { days: list(byDays, locale) });
      else if (r.byMonthDay && !r.byDay) phrase = t('recurring.rule.monthlyByMonthDay', { days: list(monthDays, locale) });
      else phrase = n === 1 ? t('recurring.rule.daily') : t('recurring.rule.dailyN', { n });
      break;
    case 'WEEKLY':
      phrase =
        n === 1
          ? t('recurring.rule.weekly', { days: list(byDays, locale) })
          : t('recurring.rule.weeklyN', { n, days: list(byDays, locale) });
      break;
    case 'MONTHLY':
      if (r.byDay && !r.byMonthDay)
        phrase =
          n === 1
            ? t('recurring.rule.monthlyByDay', { days: list(byDays, locale) })
            : t('recurring.rule.monthlyByDayN', { n, days: list(byDays, locale) });
      else {
        const days = list(monthDays, locale);
        phrase = n === 1 ? t('recurring.rule.monthlyByMonthDay', { days }) : t('recurring.rule.monthlyByMonthDayN', { n, days });
        if (r.byDay) phrase = `${phrase} (${list(byDays, locale)})`;
      }
      break;
    case 'YEARLY': {
      const months = list(
        (r.byMonth ?? []).map((m) => monthName(m, locale)),
        locale,
      );
      if (r.byDay && !r.byMonthDay) {
        const month = t('recurring.rule.monthOf', { month: months });
        phrase =
          n === 1
            ? t('recurring.rule.yearlyByDay', { days: list(byDays, locale), month })
            : t('recurring.rule.yearlyByDayN', { n, days: list(byDays, locale), month });
      } else {
        const days = list(
          (r.byMonthDay ?? []).map((d) => (d > 0 ? numbered('yearDay', d) : numbered('monthDay', d))),
          locale,
        );
        phrase = n === 1 ? t('recurring.rule.yearly', { days, month: months }) : t('recurring.rule.yearlyN', { n, days, month: months });
      }
      break;
    }
  }
  if (r.count !== undefined) phrase = t('recurring.rule.count', { rule: phrase, n: r.count });
  if (r.until) phrase = t('recurring.rule.until', { rule: phrase, day: formatDayInWords(r.until, locale) });
  if (time) phrase = t('recurring.rule.at', { rule: phrase, time });
  return phrase;
}
