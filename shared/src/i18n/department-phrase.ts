/**
 * A department named inside a sentence, with its article: "le service Mobilité", but "le Service Travaux"
 * when the commune's name for it already starts with "Service" (no "le service Service Travaux"), and the
 * same in each language. Messages then say "instruite par {handler}" and never add the word themselves.
 */
import type { Locale } from '../commune-config.js';

interface PhraseRule {
  /** Names that already say what they are (a department, a zone…), with the article they take. */
  named: [RegExp, string][];
  /** For any other name: the article and the word for "department". */
  other: (name: string) => string;
}

/** The name without a trailing parenthesis ("Hilfeleistungszone (Brandschutz)" → "Hilfeleistungszone"). */
const core = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '').trim();

const RULES: Record<Locale, PhraseRule> = {
  // After "par", "de", "à": the article stays separate ("par le service Mobilité", "par la Zone de police").
  fr: {
    named: [
      [/^(service|département|bureau|secrétariat|pôle)\b/i, 'le'],
      [/^(direction|cellule|zone|division|régie)\b/i, 'la'],
    ],
    other: (name) => `le service ${name}`,
  },
  nl: {
    named: [[/^(dienst|afdeling|cel|zone|directie)\b|(dienst|afdeling|zone)$/i, 'de']],
    other: (name) => `de dienst ${name}`,
  },
  // Dative (after "von"): "von dem Bauamt", "von der Polizeizone", "von dem Dienst Mobilität".
  de: {
    named: [
      [/(dienst|amt|referat|büro)$/i, 'dem'],
      [/(zone|abteilung|stelle|verwaltung|polizei)$/i, 'der'],
    ],
    other: (name) => `dem Dienst ${name}`,
  },
  en: {
    named: [[/\b(department|service|office|zone|unit|team|directorate)\b/i, 'the']],
    other: (name) => `the ${name} department`,
  },
};

/**
 * "le service Mobilité" / "le Service Fêtes et Évènements" / "la Zone de police" (FR); "de dienst Mobiliteit" /
 * "de Dienst Openbare Werken" (NL); "dem Dienst Mobilität" / "dem Bauamt" (DE, dative, after "von");
 * "the Mobility department" / "the Events Department" (EN). Lower-case article: for the middle of a sentence.
 */
export function departmentPhrase(locale: Locale, name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return '';
  const rule = RULES[locale] ?? RULES.fr;
  const c = core(trimmed);
  const named = rule.named.find(([re]) => re.test(c));
  return named ? `${named[1]} ${trimmed}` : rule.other(trimmed);
}
