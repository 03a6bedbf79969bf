/**
 * A collection day as people read it on the collections page and in the evening-before mail (docs/collections.md):
 * « aujourd’hui », « demain », or the day in words without the year (« mardi 8 décembre », the field app's
 * `dueDayInWords`), and the kinds of a day as one phrase (« PMC et papiers-cartons »). `today` is a parameter.
 */
import type { Locale } from '../commune-config.js';
import { DATE_LOCALE_TAGS } from '../brussels-time.js';
import { dueDayInWords } from '../field/due-words.js';
import { addDays, type IsoDate } from '../permits/calendar.js';

/** How near a collection day is: today, tomorrow, or another day. */
export function collectionDayWhen(day: IsoDate, today: IsoDate): 'today' | 'tomorrow' | 'day' {
  return day === today ? 'today' : day === addDays(today, 1) ? 'tomorrow' : 'day';
}

/**
 * A collection day to open a line: « Aujourd’hui (mardi 8 décembre) », « Demain (mercredi 9 décembre) », « Mardi 15
 * décembre ». `near` holds the words for today and tomorrow in the reader's language.
 */
export function collectionDayInWords(day: IsoDate, today: IsoDate, locale: Locale, near: { today: string; tomorrow: string }): string {
  const words = dueDayInWords(day, locale);
  const when = collectionDayWhen(day, today);
  const text = when === 'day' ? words : `${near[when]} (${words})`;
  return text.charAt(0).toLocaleUpperCase(DATE_LOCALE_TAGS[locale]) + text.slice(1);
}

/**
 * Kinds' names as one phrase in a language: « PMC et papiers-cartons ». A name after the first is lower-cased unless
 * it is an acronym (PMC, PMD) or the language capitalises its nouns (German).
 */
export function kindsInWords(names: readonly string[], locale: Locale): string {
  const tag = DATE_LOCALE_TAGS[locale];
  const inner = (name: string) =>
    locale === 'de' || /^\p{Lu}{2}/u.test(name) ? name : name.charAt(0).toLocaleLowerCase(tag) + name.slice(1);
  return new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' }).format(names.map((n, i) => (i ? inner(n) : n)));
}
