/**
 * Step 2: what. Categories grouped as the commune configured them, then the chosen category's questions. Before a
 * category is chosen, and always in the page's HTML (which posts without a script: docs/report-form.md), every
 * category's questions, each group saying which category it is for; the form's post reads the chosen one's. (So the
 * island, hydrated on that HTML, changes nothing by coming; the groups go when a category is chosen.)
 */
import type { PublicCommuneConfig, ReportCategory, CategoryQuestion } from '@tandem/shared/commune-config';
import { reportFormAnswerName } from '@tandem/shared/report-form';
import { tr, lt } from '../../lib/locale';
import { FieldError, describedBy, type FieldErrors } from './form-errors';

export type AnswerDraft = Record<string, string>;

interface Props {
  commune: PublicCommuneConfig;
  /** false: the page's HTML (every category's questions), true: the island (the chosen category's, once chosen). */
  live: boolean;
  category: string;
  /** Each category's answers. */
  answers: Record<string, AnswerDraft>;
  errors: FieldErrors;
  onCategory(code: string): void;
  onAnswer(category: string, question: string, value: string): void;
}

export const questionFieldId = (category: string, code: string) => `f-q-${category}-${code}`;

function groups(categories: ReportCategory[]): { label: string; items: ReportCategory[] }[] {
  const out = new Map<string, ReportCategory[]>();
  for (const c of categories) {
    const g = c.group ? lt(c.group) : tr('report.category.other');
    out.set(g, [...(out.get(g) ?? []), c]);
  }
  return [...out].map(([label, items]) => ({ label, items }));
}

function Required({ required }: { required: boolean }) {
  return required ? <span class="req"> ({tr('report.required')})</span> : <span class="hint-inline"> ({tr('report.optional')})</span>;
}

function Question({
  category,
  q,
  value,
  errors,
  onAnswer,
}: {
  category: string;
  q: CategoryQuestion;
  value: string;
  errors: FieldErrors;
  onAnswer(v: string): void;
}) {
  const id = questionFieldId(category, q.code);
  const name = reportFormAnswerName(category, q.code);
  if (q.type === 'singlevaluelist' || q.type === 'boolean') {
    const options =
      q.type === 'boolean'
        ? [
            { key: 'true', label: tr('common.yes') },
            { key: 'false', label: tr('common.no') },
          ]
        : (q.options ?? []).map((o) => ({ key: o.key, label: lt(o.label) }));
    return (
      <fieldset class="field question" aria-describedby={errors[id] ? `${id}-error` : undefined}>
        <legend>
          {lt(q.label)}
          <Required required={q.required} />
        </legend>
        <FieldError id={id} errors={errors} />
        <div class="choices">
          {options.map((o, i) => (
            <label class="choice" key={o.key}>
              <input
                type="radio"
                id={i === 0 ? id : `${id}-${o.key}`}
                name={name}
                value={o.key}
                checked={value === o.key}
                aria-invalid={errors[id] ? 'true' : undefined}
                onChange={() => onAnswer(o.key)}
              />
              {o.label}
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  return (
    <div class="field question">
      <label for={id}>
        {lt(q.label)}
        <Required required={q.required} />
      </label>
      <FieldError id={id} errors={errors} />
      <input
        id={id}
        name={name}
        type={q.type === 'number' ? 'number' : 'text'}
        inputMode={q.type === 'number' ? 'decimal' : undefined}
        value={value}
        maxLength={500}
        aria-invalid={errors[id] ? 'true' : undefined}
        aria-describedby={describedBy(id, errors)}
        onInput={(e) => onAnswer(e.currentTarget.value)}
      />
    </div>
  );
}

/** A category's questions, said to be that category's. */
function Questions({
  c,
  answers,
  errors,
  onAnswer,
}: {
  c: ReportCategory;
  answers: AnswerDraft;
  errors: FieldErrors;
  onAnswer(code: string, v: string): void;
}) {
  return (
    <fieldset class="questions" data-category={c.code}>
      <legend class="questions-for">{tr('report.questions.for', { category: lt(c.label) })}</legend>
      {c.questions.map((q) => (
        <Question
          key={q.code}
          category={c.code}
          q={q}
          value={answers[q.code] ?? ''}
          errors={errors}
          onAnswer={(v) => onAnswer(q.code, v)}
        />
      ))}
    </fieldset>
  );
}

export default function CategoryFieldset({ commune, live, category, answers, errors, onCategory, onAnswer }: Props) {
  const chosen = commune.categories.find((c) => c.code === category);
  const asked = live && chosen ? [chosen] : commune.categories;
  return (
    <fieldset id="what">
      <legend>{tr('report.step.category')}</legend>
      <div class="field">
        <label for="f-category">
          {tr('report.category')}
          <Required required />
        </label>
        <FieldError id="f-category" errors={errors} />
        <select
          id="f-category"
          name="category"
          value={category}
          aria-invalid={errors['f-category'] ? 'true' : undefined}
          aria-describedby={describedBy('f-category', errors, chosen?.description && 'f-category-desc')}
          onChange={(e) => onCategory(e.currentTarget.value)}
        >
          <option value="">{tr('report.category.choose')}</option>
          {groups(commune.categories).map((g) => (
            <optgroup label={g.label} key={g.label}>
              {g.items.map((c) => (
                <option value={c.code} key={c.code}>
                  {lt(c.label)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {chosen?.description && (
          <span class="hint" id="f-category-desc">
            {lt(chosen.description)}
          </span>
        )}
      </div>
      {asked
        .filter((c) => c.questions.length > 0)
        .map((c) => (
          <Questions key={c.code} c={c} answers={answers[c.code] ?? {}} errors={errors} onAnswer={(code, v) => onAnswer(c.code, code, v)} />
        ))}
    </fieldset>
  );
}
