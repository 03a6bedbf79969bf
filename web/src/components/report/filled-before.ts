/**
 * What the page's form holds when the island hydrates on it (client:interaction, docs/report-form.md: the person may
 * have chosen and typed before the island was live): read once, as the island's first state, so that the island takes
 * over what is there instead of clearing it. Nothing at build time, nor where the island is not hydrated on the page's
 * HTML (the counter draws the form itself).
 */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { REPORT_FORM_FIELDS, reportFormAnswerName } from '@tandem/shared/report-form';

export const REPORT_FORM_ID = 'report-form';

export interface FilledBefore {
  category: string;
  address: string;
  description: string;
  email: string;
  /** Each category's answers, by question (every category's questions are in the page's HTML). */
  answers: Record<string, Record<string, string>>;
}

export function filledBefore(commune: PublicCommuneConfig): FilledBefore {
  const form = typeof document === 'undefined' ? null : (document.getElementById(REPORT_FORM_ID) as HTMLFormElement | null);
  const filled: FilledBefore = { category: '', address: '', description: '', email: '', answers: {} };
  if (!form?.closest('astro-island[ssr]')) return filled;
  const value = (name: string) => {
    const el = form.elements.namedItem(name);
    return el && 'value' in el ? el.value : '';
  };
  filled.category = value(REPORT_FORM_FIELDS.category);
  filled.address = value(REPORT_FORM_FIELDS.address);
  filled.description = value(REPORT_FORM_FIELDS.description);
  filled.email = value(REPORT_FORM_FIELDS.email);
  for (const c of commune.categories) {
    for (const q of c.questions) {
      const v = value(reportFormAnswerName(c.code, q.code));
      if (v) filled.answers[c.code] = { ...filled.answers[c.code], [q.code]: v };
    }
  }
  return filled;
}
