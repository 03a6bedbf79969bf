/**
 * A commune's department by its code, in the visitor's language. Apart from the Timeline (which re-exports
 * them) so that a page naming departments does not load the report history and its messages.
 */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { departmentPhrase } from '@tandem/shared/i18n/department-phrase';
import { lt, locale } from './locale';

export function departmentName(commune: PublicCommuneConfig, code: string | undefined): string {
  if (!code) return '';
  return lt(commune.departments.find((d) => d.code === code)?.name) || code;
}

/** A department inside a sentence, with its article ("le service Mobilité", "le Service Travaux"): see departmentPhrase. */
export function departmentInSentence(commune: PublicCommuneConfig, code: string | undefined): string {
  return departmentPhrase(locale.value, departmentName(commune, code));
}
