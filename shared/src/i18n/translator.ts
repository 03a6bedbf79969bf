/**
 * How server code writes messages: with the modules it uses only, never the whole set (`t` and MESSAGES in index.ts hold
 * every module in four languages, ≈ 410 KiB of a bundle; the French alone ≈ 106 KiB). Each module the server uses has an
 * index.ts with its four languages (e.g. report-mails/index.ts), exported by server-messages.ts; `shared/package.json`
 * says `"sideEffects": false`, so a bundle keeps only the modules its code reaches. docs/cloud.md, "Function bundles".
 *
 * Nothing here runs at import: a file lists its modules in a constant and calls translate() when it writes a message, so
 * a bundle that imports the file for another of its functions drops the list and the modules with it (esbuild keeps
 * every top-level call, even an unused one).
 */
import type { Locale } from '../commune-config.js';
import { fillMessage } from './fill.js';

type Vars = Record<string, string | number>;
type Dictionary = Readonly<Record<string, string>>;

/** One module's messages in each language (French the source, the others typed by its keys). */
export type LocalisedMessages = { readonly [L in Locale]: Dictionary };
/** The keys of some modules (their French's: the source). */
export type KeyOf<M> = M extends { fr: infer F } ? keyof F & string : never;
/** Every key of some dictionaries (keyof a union would keep only the keys they share). */
export type KeyOfFrench<D> = D extends unknown ? keyof D & string : never;

/** A translator over a constant list of modules: `const t: Translate<typeof MAILS> = (l, k, v) => translate(MAILS, l, k, v)`. */
export type Translate<L extends readonly LocalisedMessages[]> = (locale: Locale, key: KeyOf<L[number]>, vars?: Vars) => string;
/** The same in French only. */
export type TranslateFrench<L extends readonly Dictionary[]> = (key: KeyOfFrench<L[number]>, vars?: Vars) => string;

/** A message from these modules in a person's language, {placeholders} filled; falls back to French, as `t` of index.ts. */
export function translate<M extends LocalisedMessages>(modules: readonly M[], locale: Locale, key: KeyOf<M>, vars: Vars = {}): string {
  const module = modules.find((m) => key in m.fr) ?? modules[0];
  return fillMessage(module[locale]?.[key] ?? module.fr[key], vars);
}

/** A message from these French dictionaries (what the administration reads: the authorisation, timeline notes, a department's mail). */
export function translateFrench<D extends Dictionary>(dictionaries: readonly D[], key: KeyOfFrench<D>, vars: Vars = {}): string {
  return fillMessage((dictionaries.find((d) => key in d) ?? dictionaries[0])[key], vars);
}
