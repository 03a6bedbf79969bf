import type { Locale } from '../commune-config.js';
import { fr, type MessageKey } from './fr.js';
import { nl } from './nl.js';
import { de } from './de.js';
import { en } from './en.js';
import { fillMessage } from './fill.js';

export * from './server-messages.js';
export { departmentPhrase } from './department-phrase.js';

export type { MessageKey };
export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { fr, nl, de, en };

/**
 * Translates a key, filling {placeholders}; falls back to French. Over every module in four languages: for tests and tools.
 * Server code uses translator() with the modules it needs (translator.ts).
 */
export function t(locale: Locale, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return fillMessage(MESSAGES[locale]?.[key] ?? fr[key], vars);
}

/** Picks the best supported locale from an Accept-Language header or navigator.languages. */
export function negotiateLocale(preferences: readonly string[] | string | undefined): Locale {
  const list = typeof preferences === 'string' ? preferences.split(',').map((p) => p.split(';')[0].trim()) : (preferences ?? []);
  for (const p of list) {
    const base = p.toLowerCase().slice(0, 2);
    if (base === 'fr' || base === 'nl' || base === 'de' || base === 'en') return base;
  }
  return 'fr';
}
