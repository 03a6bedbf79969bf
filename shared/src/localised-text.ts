/** Locales (French first) and a label a commune's config gives in them: fr always, the others optional. */
import * as z from 'zod';

/** Locales: French first. Every user-facing label in a commune config carries fr and may carry the others. */
export const LOCALES = ['fr', 'nl', 'de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const LocalisedText = z.object({
  fr: z.string().min(1),
  nl: z.string().optional(),
  de: z.string().optional(),
  en: z.string().optional(),
});
export type LocalisedText = z.infer<typeof LocalisedText>;

export function pickText(t: LocalisedText, locale: Locale): string {
  return t[locale] ?? t.fr;
}
