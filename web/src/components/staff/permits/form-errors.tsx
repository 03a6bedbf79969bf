/**
 * Errors in the permit forms: a summary at the top of the form linking to each field at fault, and the
 * message under the field. Several forms share the page, so every id carries the form's own prefix.
 */
import { useEffect, useRef } from 'preact/hooks';
import { tr } from '../../../lib/locale';

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
 * The form's problems, focused when they appear (`focusKey` changes on every failed submit). `general`
 * is a problem with no field (the server refused the change).
 */
export function ErrorSummary({ prefix, errors, order, general, focusKey }: { prefix: string; errors: FieldErrors; order: string[]; general?: string; focusKey: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const ids = [...order.filter((id) => errors[id]), ...Object.keys(errors).filter((id) => !order.includes(id))];
  const shown = ids.length > 0 || !!general;
  useEffect(() => {
    if (shown && focusKey) ref.current?.focus();
  }, [focusKey]);
  if (!shown) return null;
  const titleId = `${prefix}-errors-title`;
  return (
    <div class="error-summary" ref={ref} tabindex={-1} aria-labelledby={titleId} data-testid={`${prefix}-errors`}>
      <h3 id={titleId}>{tr('report.errors.title')}</h3>
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
