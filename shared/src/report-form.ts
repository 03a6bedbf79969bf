/**
 * The report page's plain HTML form (docs/report-form.md): without JavaScript it posts to
 * POST /api/{commune}/reports/form as application/x-www-form-urlencoded and is answered 303 See Other to the
 * tracking page. Its field names and the tracking page's fragments are defined here once, for the page that writes
 * them and the function that reads them; what a post holds is then checked by the JSON route's own schema
 * (CreateReportInput). zod-free: the report page imports it.
 */
import type { CategoryQuestion, ReportCategory } from './commune-config.js';

/** The form's fields, by the CreateReportInput member each fills (questions: reportFormAnswerName). */
export const REPORT_FORM_FIELDS = {
  category: 'category',
  address: 'address',
  description: 'description',
  email: 'email',
} as const;

/**
 * A category's question, named by both codes (category codes have no dot, question codes neither): without a script
 * the page lists every category's questions, and the function reads those of the category chosen only.
 */
export const reportFormAnswerName = (category: string, question: string) => `answers.${category}.${question}`;

/** The tracking page's fragment after a filing by the form: « bien reçu » (FILED), and « confirm your address » too when one was given. */
export const FILED_FRAGMENT = 'recu';
export const FILED_CHECK_MAIL_FRAGMENT = 'recu-courriel';

/** Where a form filing is answered: the report's tracking page, with the fragment that says it was received. */
export function filedLocation(trackingUrl: string, emailGiven: boolean): string {
  return `${trackingUrl}#${emailGiven ? FILED_CHECK_MAIL_FRAGMENT : FILED_FRAGMENT}`;
}

type FormCategory = Pick<ReportCategory, 'code'> & { questions: readonly Pick<CategoryQuestion, 'code'>[] };

/**
 * A form post in CreateReportInput's shape, not yet checked: empty text fields left out (an empty address or e-mail
 * is no address), the answers of the category chosen only, as text (checkAnswers reads numbers and yes/no from text,
 * as for Open311's form posts). The first value of a name repeated is the one read.
 */
export function reportFormInput(form: URLSearchParams, categories: readonly FormCategory[]): Record<string, unknown> {
  const filled = (name: string) => {
    const v = form.get(name);
    return v !== null && v.trim() !== '' ? v : undefined;
  };
  const category = form.get(REPORT_FORM_FIELDS.category) ?? '';
  const answers: Record<string, string> = {};
  for (const q of categories.find((c) => c.code === category)?.questions ?? []) {
    const v = filled(reportFormAnswerName(category, q.code));
    if (v !== undefined) answers[q.code] = v;
  }
  const address = filled(REPORT_FORM_FIELDS.address);
  const email = filled(REPORT_FORM_FIELDS.email);
  return {
    category,
    ...(address !== undefined ? { address } : {}),
    description: form.get(REPORT_FORM_FIELDS.description) ?? '',
    answers,
    ...(email !== undefined ? { email } : {}),
  };
}

/** The parts of the report form (the page's and the island's) an API or schema field name belongs to. */
export type ReportFormPart = 'category' | 'place' | 'description' | 'email' | 'photos' | { question: string };

/** « answers.taille » → the question taille, « location » or « address » → the place, « photos.0 » → the photos; others: none. */
export function reportFormPart(name: string): ReportFormPart | undefined {
  const [head, sub] = name.split(/[.[\]/]/).filter(Boolean);
  switch (head) {
    case 'category':
    case 'description':
    case 'email':
    case 'photos':
      return head;
    case 'location':
    case 'address':
      return 'place';
    case 'answers':
      return sub ? { question: sub } : undefined;
    default:
      return undefined;
  }
}

/** What each part is called, and what is said when it is at fault (core messages: shared/src/i18n/core/). */
export const REPORT_PART_LABELS = {
  category: 'report.category',
  place: 'report.address',
  description: 'report.description',
  email: 'report.email',
  photos: 'report.photos',
} as const;
export const REPORT_PART_MESSAGES = {
  category: 'report.error.category',
  place: 'report.error.place',
  description: 'report.error.description',
  email: 'report.error.email',
  photos: 'report.error.photos',
} as const;
