/**
 * The visitor's language in the browser. French is always loaded (source of truth and fallback);
 * NL, DE and EN are loaded on demand, so a French visitor downloads one dictionary only.
 * Pre-rendered text marked with data-i18n="<key>" is re-translated in place; islands read `tr`.
 */
import { signal } from '@preact/signals-core';
import { fr, type MessageKey } from '@tandem/shared/i18n/fr';
import type { Locale, LocalisedText } from '@tandem/shared/commune-config';

export type { MessageKey };
export const LOCALE_STORAGE_KEY = 'tandem.locale';
export const WEB_LOCALES: readonly Locale[] = ['fr', 'nl', 'de', 'en'];

const LOADERS: Record<Exclude<Locale, 'fr'>, () => Promise<Record<MessageKey, string>>> = {
  nl: () => import('@tandem/shared/i18n/nl').then((m) => m.nl),
  de: () => import('@tandem/shared/i18n/de').then((m) => m.de),
  en: () => import('@tandem/shared/i18n/en').then((m) => m.en),
};

export const locale = signal<Locale>('fr');
const dictionary = signal<Record<MessageKey, string>>(fr);

/** Translates a key in the current language, filling {placeholders} (same rules as shared `t`). */
export function tr(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text = dictionary.value[key] ?? fr[key] ?? key;
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

function applyToDom(): void {
  document.documentElement.lang = locale.value;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = tr(el.dataset.i18n as MessageKey);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    el.setAttribute('aria-label', tr(el.dataset.i18nLabel as MessageKey));
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-lang-choice]')) {
    el.setAttribute('aria-pressed', String(el.dataset.langChoice === locale.value));
  }
}

export async function setLocale(next: Locale, remember = true): Promise<void> {
  const dict = next === 'fr' ? fr : await LOADERS[next]();
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
  return { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' }[locale.value];
}
export function formatDate(iso: string): string {
  try {
    return new Intl.DateTimeFormat(dateLocale(), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
  } catch {
    return iso;
  }
}

/** The citizen-facing name of a report state. */
export function stateLabel(state: import('@tandem/shared/report-states').ReportState): string {
  return tr(`state.${state}` as MessageKey);
}
