/**
 * A password field with a show/hide button (the person can check what they typed: WCAG 2.1 3.3 "input assistance"),
 * its `autocomplete` set by the form (`current-password` to sign in or prove the current one, `new-password` to
 * choose one) so that password managers fill or offer the right thing. `hint` (the rules) sits between the label
 * and the field, so that it is read before anything is typed, and describes the field.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { tr } from '../../lib/locale';
import { describedBy, FieldError, type FieldErrors } from '../report/form-errors';

export default function PasswordField({
  id,
  label,
  autocomplete,
  errors,
  value,
  onInput,
  hint,
}: {
  id: string;
  label: string;
  autocomplete: 'current-password' | 'new-password';
  errors: FieldErrors;
  value: string;
  onInput(value: string): void;
  /** Shown under the label; its element must carry the id `<id>-hint`. */
  hint?: ComponentChildren;
}) {
  const [shown, setShown] = useState(false);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint}
      <FieldError id={id} errors={errors} />
      <div class="password-input">
        <input
          id={id}
          type={shown ? 'text' : 'password'}
          autocomplete={autocomplete}
          autocapitalize="off"
          spellcheck={false}
          maxLength={256}
          value={value}
          aria-invalid={errors[id] ? 'true' : undefined}
          aria-describedby={describedBy(id, errors, hint ? `${id}-hint` : undefined)}
          onInput={(e) => onInput(e.currentTarget.value)}
          data-testid={id}
        />
        <button type="button" class="button secondary" aria-controls={id} onClick={() => setShown((s) => !s)} data-testid={`${id}-toggle`}>
          {tr(shown ? 'password.hide' : 'password.show')}
        </button>
      </div>
    </div>
  );
}
