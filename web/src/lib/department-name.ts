/**
 * A commune's department by its code, in the visitor's language. Apart from the Timeline (which re-exports
 * them) so that a page naming departments does not load the report history and its messages.
 */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { departmentPhrase } from '@tandem/shared/i18n/department-phrase';
import { lt, locale } from './locale';

/** What naming a department reads of a commune (a whole commune config is one; the tracking page passes no more). */
export interface DepartmentNames {
  departments: readonly Pick<PublicCommuneConfig['departments'][number], 'code' | 'name'>[];
}

export function departmentName(commune: DepartmentNames, code: string | undefined): string {
  if (!code) return '';
  return lt(commune.departments.find((d) => d.code === code)?.name) || code;
}

/** A department inside a sentence, with its article ("le service Mobilité", "le Service Travaux"): see departmentPhrase. */
export function departmentInSentence(commune: DepartmentNames, code: string | undefined): string {
  return departmentPhrase(locale.value, departmentName(commune, code));
}
