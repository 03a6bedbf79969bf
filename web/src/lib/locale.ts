/**
 * The visitor's language in the browser. French is always loaded (source of truth and fallback);
 * NL, DE and EN are loaded on demand, so a French visitor downloads one dictionary only. Messages come in
 * modules (lib/messages/): the core on every page, the others only where an island imports them.
 * Pre-rendered text marked with data-i18n="<key>" is re-translated in place; islands read `tr`.
 */
import { signal } from '@preact/signals-core';
import type { MessageKey } from '@tandem/shared/i18n/fr';
import type { Locale, LocalisedText } from '@tandem/shared/commune-config';
import { DATE_LOCALE_TAGS, formatInstantInWords } from '@tandem/shared/brussels-time';
import { CORE_MESSAGES } from './messages/core';
import type { MessageModule } from './messages/message-module';

export type { MessageKey };
export const LOCALE_STORAGE_KEY = 'tandem.locale';
export const WEB_LOCALES: readonly Locale[] = ['fr', 'nl', 'de', 'en'];

export const locale = signal<Locale>('fr');
const modules: MessageModule[] = [CORE_MESSAGES];
/** French of every module in use (the fallback), and the current language's (French included). */
let french: Record<string, string> = { ...CORE_MESSAGES.fr };
const dictionary = signal<Record<string, string>>(french);

async function dictionaryFor(next: Locale, mods: readonly MessageModule[]): Promise<Record<string, string>> {
  if (next === 'fr') return french;
  const parts = await Promise.all(mods.map((m) => m.load[next]()));
  return Object.assign({}, french, ...parts);
}

/**
 * Adds message modules to this page (idempotent): their French at once, their translation when the
 * page is not in French. Called when a module file is imported (lib/messages/*.ts).
 */
export function useMessages(...mods: MessageModule[]): void {
  const fresh = mods.filter((m) => !modules.some((x) => x.name === m.name));
  if (!fresh.length) return;
  modules.push(...fresh);
  french = Object.assign({}, french, ...fresh.map((m) => m.fr));
  dictionary.value = { ...french, ...dictionary.value };
  const current = locale.value;
  if (current !== 'fr' && typeof document !== 'undefined') {
    // Only the new modules' translations: the modules already there keep theirs.
    void Promise.all(fresh.map((m) => m.load[current]())).then((parts) => {
      if (locale.value === current) {
        dictionary.value = Object.assign({}, dictionary.value, ...parts);
        applyToDom();
      }
    });
  } else if (typeof document !== 'undefined') applyToDom();
}

/** Translates a key in the current language, filling {placeholders} (same rules as shared `t`). */
export function tr(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text = dictionary.value[key] ?? french[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : `{${k}}`));
}

/** A commune-config label in the current language, French when missing (same rule as shared `pickText`). */
export function lt(text: LocalisedText | undefined): string {
  if (!text) return '';
  return text[locale.value] ?? text.fr;
}

function storedLocale(): Locale {
  try {
    const v = localStorage.getItem(LOCALE_STORAGE_KEY);
    if (v && (WEB_LOCALES as readonly string[]).includes(v)) return v as Locale;
  } catch {
    /* storage may be disabled */
  }
  return 'fr';
}

/** Re-translates pre-rendered text; keys of modules not loaded (yet) keep their pre-rendered French. */
function applyToDom(): void {
  document.documentElement.lang = locale.value;
  const known = (k: string | undefined): k is MessageKey => Boolean(k && k in dictionary.value);
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    if (known(el.dataset.i18n)) el.textContent = tr(el.dataset.i18n);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    if (known(el.dataset.i18nLabel)) el.setAttribute('aria-label', tr(el.dataset.i18nLabel));
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-lang-choice]')) {
    el.setAttribute('aria-pressed', String(el.dataset.langChoice === locale.value));
  }
}

export async function setLocale(next: Locale, remember = true): Promise<void> {
  let asked = modules.length;
  let dict = await dictionaryFor(next, modules.slice(0, asked));
  // Modules added while these translations were on the way (an island evaluated meanwhile, locale.value
  // still the old one, so useMessages left them to this call): theirs too, before the language switches.
  while (modules.length > asked) {
    const added = modules.slice(asked);
    asked = modules.length;
    const parts = next === 'fr' ? [] : await Promise.all(added.map((m) => m.load[next]()));
    dict = Object.assign({}, french, dict, ...parts);
  }
  dictionary.value = dict;
  locale.value = next;
  if (remember) {
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      /* ignore */
    }
  }
  applyToDom();
}

let started: Promise<void> | undefined;
/** Applies the stored choice once per page (idempotent; every island may call it). */
export function initLocale(): Promise<void> {
  started ??= setLocale(storedLocale(), false);
  return started;
}

/** Intl-friendly tag for dates. */
export function dateLocale(): string {
  return DATE_LOCALE_TAGS[locale.value];
}
/** An instant in words, in Brussels time ("9 janvier 2027 à 14:30"). */
export function formatDate(iso: string): string {
  try {
    return formatInstantInWords(iso, locale.value);
  } catch {
    return iso;
  }
}

/** The citizen-facing name of a report state. */
export function stateLabel(state: import('@tandem/shared/report-states').ReportState): string {
  return tr(`state.${state}` as MessageKey);
}
