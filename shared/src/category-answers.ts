import type { CategoryQuestion, ReportCategory } from './commune-config.js';
import type { InvalidParam } from './problem.js';

export type AnswerScalar = string | number | boolean;

/**
 * Checks a report's answers against its category's questions: required ones present, options known,
 * types right, no unknown questions. Returns the cleaned answers (numbers and booleans coerced from
 * strings, as Open311 form posts send everything as text) or the failing fields as answers.<code>.
 */
export function checkAnswers(
  category: Pick<ReportCategory, 'questions'>,
  answers: Record<string, AnswerScalar>,
): { ok: true; answers: Record<string, AnswerScalar> } | { ok: false; params: InvalidParam[] } {
  const params: InvalidParam[] = [];
  const out: Record<string, AnswerScalar> = {};
  const known = new Map(category.questions.map((q) => [q.code, q]));
  for (const code of Object.keys(answers)) {
    if (!known.has(code)) params.push({ name: `answers.${code}`, reason: 'no such question for this category' });
  }
  for (const q of category.questions) {
    const raw = answers[q.code];
    const empty = raw === undefined || raw === '';
    if (empty) {
      if (q.required) params.push({ name: `answers.${q.code}`, reason: 'this question must be answered' });
      continue;
    }
    const v = coerce(q, raw);
    if (v === undefined) params.push({ name: `answers.${q.code}`, reason: reasonFor(q) });
    else out[q.code] = v;
  }
  return params.length ? { ok: false, params } : { ok: true, answers: out };
}

function coerce(q: CategoryQuestion, raw: AnswerScalar): AnswerScalar | undefined {
  switch (q.type) {
    case 'text':
      return typeof raw === 'string' && raw.trim().length <= 500 ? raw.trim() : undefined;
    case 'number': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      return Number.isFinite(n) ? n : undefined;
    }
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      if (raw === 'true' || raw === 'oui') return true;
      if (raw === 'false' || raw === 'non') return false;
      return undefined;
    case 'singlevaluelist':
      return typeof raw === 'string' && (q.options ?? []).some((o) => o.key === raw) ? raw : undefined;
  }
}

function reasonFor(q: CategoryQuestion): string {
  if (q.type === 'singlevaluelist') return `must be one of: ${(q.options ?? []).map((o) => o.key).join(', ')}`;
  if (q.type === 'boolean') return 'must be true or false';
  if (q.type === 'number') return 'must be a number';
  return 'must be text of at most 500 characters';
}
