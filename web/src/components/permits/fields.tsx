/** Labelled form controls with hint and error, the same markup for every step (GOV.UK-style). */
import type { ComponentChildren } from 'preact';
import { tr } from '../../lib/locale';
import { FieldError, describedBy, type FieldErrors } from '../report/form-errors';

/** The input attributes the steps use (passed through to the <input>). Numbers use inputMode, not type="number" (GOV.UK advice: no silent rounding, no scroll jumps on blur). */
interface InputExtras {
  type?: 'text' | 'email' | 'tel' | 'number' | 'date' | 'time';
  inputMode?: 'text' | 'email' | 'tel' | 'numeric' | 'decimal';
  autocomplete?: string;
  maxLength?: number;
  min?: number | string;
  max?: number | string;
  step?: number | string;
}

interface TextProps extends InputExtras {
  id: string;
  label: string;
  hint?: string;
  required?: boolean;
  errors: FieldErrors;
  value: string;
  onValue(v: string): void;
  multiline?: boolean;
}

export function RequiredMark({ required }: { required?: boolean }) {
  return required ? <span class="req"> ({tr('report.required')})</span> : <span class="hint-inline"> ({tr('report.optional')})</span>;
}

/** What a field's control says of its hint and error. */
function controlAria(id: string, errors: FieldErrors, hint?: string) {
  return {
    'aria-invalid': errors[id] ? ('true' as const) : undefined,
    'aria-describedby': describedBy(id, errors, hint ? `${id}-hint` : undefined),
  };
}

/** A field's label (with "required" or "optional"), hint and error, above its control. */
function FieldFrame({
  id,
  label,
  hint,
  required,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  required?: boolean;
  errors: FieldErrors;
  children: ComponentChildren;
}) {
  return (
    <div class="field">
      <label for={id}>
        {label}
        <RequiredMark required={required} />
      </label>
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <FieldError id={id} errors={errors} />
      {children}
    </div>
  );
}

export function TextField({ id, label, hint, required, errors, value, onValue, multiline, ...rest }: TextProps) {
  const common = { id, name: id, value, ...controlAria(id, errors, hint) };
  return (
    <FieldFrame id={id} label={label} hint={hint} required={required} errors={errors}>
      {multiline ? (
        <textarea {...common} rows={4} maxLength={2000} onInput={(e) => onValue(e.currentTarget.value)} />
      ) : (
        <input type="text" {...rest} {...common} onInput={(e) => onValue(e.currentTarget.value)} />
      )}
    </FieldFrame>
  );
}

/** A labelled select; its options are the children. */
export function SelectField({
  id,
  label,
  hint,
  required,
  value,
  errors,
  onValue,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  required?: boolean;
  value: string;
  errors: FieldErrors;
  onValue(v: string): void;
  children: ComponentChildren;
}) {
  return (
    <FieldFrame id={id} label={label} hint={hint} required={required} errors={errors}>
      <select id={id} value={value} {...controlAria(id, errors, hint)} onChange={(e) => onValue(e.currentTarget.value)}>
        {children}
      </select>
    </FieldFrame>
  );
}

/** Radio buttons as a fieldset; the first radio carries the field id (the error summary links to it). */
export function RadioGroup<T extends string>({
  id,
  legend,
  hint,
  options,
  value,
  errors,
  onValue,
}: {
  id: string;
  legend: string;
  hint?: string;
  options: { value: T; label: string; detail?: string }[];
  value: T | '';
  errors: FieldErrors;
  onValue(v: T): void;
}) {
  return (
    <fieldset class="inline-fieldset" aria-describedby={describedBy(id, errors, hint ? `${id}-hint` : undefined)}>
      <legend>
        {legend}
        <RequiredMark required />
      </legend>
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <FieldError id={id} errors={errors} />
      <div class="choices stacked">
        {options.map((o, i) => (
          <label class="choice" key={o.value}>
            <input
              type="radio"
              id={i === 0 ? id : `${id}-${o.value}`}
              name={id}
              value={o.value}
              checked={value === o.value}
              aria-invalid={errors[id] ? 'true' : undefined}
              onChange={() => onValue(o.value)}
            />
            <span>
              {o.label}
              {o.detail && <span class="hint choice-detail">{o.detail}</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
