/** Error display shared by the form's fields: the summary at the top and the message under each field. */
import { useEffect, useRef } from 'preact/hooks';
import { tr } from '../../lib/locale';

/** Field id → message. */
export type FieldErrors = Record<string, string>;

export function describedBy(id: string, errors: FieldErrors, ...more: (string | false | undefined)[]): string | undefined {
  const ids = [errors[id] ? `${id}-error` : undefined, ...more].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldError({ id, errors }: { id: string; errors: FieldErrors }) {
  if (!errors[id]) return null;
  return (
    <span class="field-error" id={`${id}-error`}>
      <span class="visually-hidden">{tr('common.error')} : </span>
      {errors[id]}
    </span>
  );
}

/**
 * The GOV.UK-style summary: a focused box (role="alert") listing every problem with a link to its field, focused
 * again whenever `focusKey` changes while there are problems. Every form shows its problems with it (the staff
 * forms through useFormSubmit); each field's own message is its FieldError, tied to it by aria-describedby. Optional, for pages with several forms: `prefix`
 * gives this form's summary its own ids (`<prefix>-errors-title`, test id `<prefix>-errors`), `general`
 * is a problem with no field (the server refused the change), `level` the heading's level.
 */
export function ErrorSummary({
  errors,
  order,
  focusKey,
  prefix,
  general,
  level = 2,
}: {
  errors: FieldErrors;
  order: string[];
  focusKey: number;
  prefix?: string;
  general?: string;
  level?: 2 | 3;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const ids = [...order.filter((id) => errors[id]), ...Object.keys(errors).filter((id) => !order.includes(id))];
  const shown = ids.length > 0 || !!general;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [focusKey]);
  if (!shown) return null;
  const titleId = prefix ? `${prefix}-errors-title` : 'error-summary-title';
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <div
      class="error-summary"
      role="alert"
      ref={ref}
      tabindex={-1}
      aria-labelledby={titleId}
      data-testid={prefix ? `${prefix}-errors` : 'error-summary'}
    >
      <Heading id={titleId}>{tr('report.errors.title')}</Heading>
      {general && <p>{general}</p>}
      {ids.length > 0 && (
        <ul>
          {ids.map((id) => (
            <li key={id}>
              <a
                href={`#${id}`}
                onClick={(e) => {
                  const el = document.getElementById(id);
                  if (el) {
                    e.preventDefault();
                    el.focus();
                    el.scrollIntoView({ block: 'center' });
                  }
                }}
              >
                {errors[id]}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
