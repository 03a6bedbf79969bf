/** The field of a code received by e-mail (the sign-in's, an attachment's): numeric keypad, one-time-code autofill. */
import type { ComponentChildren } from 'preact';
import { describedBy, FieldError, type FieldErrors } from '../report/form-errors';

export default function CodeField({
  id,
  label,
  hint,
  errors,
  value,
  onInput,
}: {
  id: string;
  label: string;
  /** Shown under the label (announced: the code was just sent). */
  hint?: ComponentChildren;
  errors: FieldErrors;
  value: string;
  onInput(value: string): void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <span class="hint" id={`${id}-hint`} role="status">
          {hint}
        </span>
      )}
      <FieldError id={id} errors={errors} />
      <input
        id={id}
        inputMode="numeric"
        autocomplete="one-time-code"
        maxLength={12}
        value={value}
        aria-invalid={errors[id] ? 'true' : undefined}
        aria-describedby={describedBy(id, errors, hint ? `${id}-hint` : undefined)}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}
