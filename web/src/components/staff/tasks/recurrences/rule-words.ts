/** A rule in words in the agent's language (the API's `ruleInWords` is French), and its next days as short dates. */
import { formatCalendarDay } from '@tandem/shared/brussels-time';
import { recurringFr } from '@tandem/shared/i18n/recurring/fr';
import { parseRrule } from '@tandem/shared/work/rrule';
import { describeRrule, type RecurringMessages } from '@tandem/shared/work/rrule-words';
import { dateLocale, locale, tr, type MessageKey } from '../../../../lib/locale';

const messages = (): RecurringMessages =>
  Object.fromEntries(Object.keys(recurringFr).map((k) => [k, tr(k as MessageKey)])) as RecurringMessages;

/** The rule in words, or undefined when it cannot be read (the form then says why). */
export function ruleInWords(rule: string, start: string, time?: string): string | undefined {
  const parsed = parseRrule(rule);
  if (!parsed.ok || !start) return undefined;
  return describeRrule(parsed.rule, start, locale.value, messages(), time);
}

export const shortDay = (day: string) => formatCalendarDay(day, dateLocale(), { weekday: 'short', day: 'numeric', month: 'short' });

/** Monday … Sunday in the agent's language (2024-01-01 was a Monday). */
export const weekdayLabel = (index: number) => formatCalendarDay(`2024-01-0${index + 1}`, dateLocale(), { weekday: 'long' });
