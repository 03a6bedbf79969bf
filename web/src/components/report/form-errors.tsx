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

/** The GOV.UK-style summary: a focused box listing every problem with a link to its field. */
export function ErrorSummary({ errors, order, focusKey }: { errors: FieldErrors; order: string[]; focusKey: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const ids = [...order.filter((id) => errors[id]), ...Object.keys(errors).filter((id) => !order.includes(id))];
  useEffect(() => {
    if (ids.length) ref.current?.focus();
  }, [focusKey]);
  if (!ids.length) return null;
  return (
    <div class="error-summary" ref={ref} tabindex={-1} aria-labelledby="error-summary-title" data-testid="error-summary">
      <h2 id="error-summary-title">{tr('report.errors.title')}</h2>
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
    </div>
  );
}
