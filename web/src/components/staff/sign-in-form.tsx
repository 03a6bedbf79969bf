/**
 * One step of the staff sign-in: a form with its fields, the error summary (focused, role="alert") and each
 * field's message, and a busy button. The API's problems become messages: a field the problem names
 * (invalid-params), an expired step (401 outside the password step), too many attempts (429).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { tr, type MessageKey } from '../../lib/locale';
import { ApiError } from '../../lib/api';
import { ErrorSummary, FieldError, describedBy, type FieldErrors } from '../report/form-errors';

export interface FieldSpec {
  /** The API's field name, also the input's id suffix. */
  name: string;
  label: MessageKey;
  type: 'email' | 'password' | 'text';
  autocomplete: string;
  hint?: MessageKey;
  /** A six-digit code: numeric keypad, one-time-code autofill. */
  code?: boolean;
}

interface Props {
  id: string;
  title: MessageKey;
  intro?: ComponentChildren;
  fields: FieldSpec[];
  submit: MessageKey;
  /** Sends the values; throws the API's error. */
  onSubmit(values: Record<string, string>): Promise<void>;
  /** A 401 of a step after the password: the step expired, back to the start. */
  onExpired?(): void;
  /** What a 401 means on this form (the password step: wrong e-mail or password). */
  unauthorized?: MessageKey;
  /** Shown after the fields, inside the form (e.g. a checkbox). */
  children?: ComponentChildren;
  /** Shown after the form (e.g. a link to another step). */
  footer?: ComponentChildren;
  initial?: Record<string, string>;
}

const FIELD_MESSAGES: Record<string, MessageKey> = {
  code: 'staffAuth.error.code',
  newPassword: 'staffAuth.error.password',
};

/** The messages of an API error: per field, or general. */
function messagesOf(err: unknown, unauthorized: MessageKey | undefined): { fields: FieldErrors; general: string; expired: boolean } {
  if (!(err instanceof ApiError) || err.status >= 500) return { fields: {}, general: tr('report.error.network'), expired: false };
  if (err.status === 429) return { fields: {}, general: tr('staffAuth.error.tooMany'), expired: false };
  if (err.status === 401) return { fields: {}, general: tr(unauthorized ?? 'staffAuth.error.expired'), expired: !unauthorized };
  const fields: FieldErrors = {};
  for (const p of err.invalidParams) {
    const key = p.reason === 'expired' ? 'staffAuth.error.codeExpired' : (FIELD_MESSAGES[p.name] ?? 'staffAuth.error.missing');
    if (p.name === 'code' && err.status === 422) fields['f-code'] = tr('staffAuth.error.codeFormat');
    else fields[`f-${p.name}`] = tr(key);
  }
  return { fields, general: Object.keys(fields).length ? '' : tr('staffAuth.error.expired'), expired: false };
}

export function StepForm({ id, title, intro, fields, submit, onSubmit, onExpired, unauthorized, children, footer, initial = {} }: Props) {
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const send = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const missing: FieldErrors = {};
    for (const f of fields) if (!(values[f.name] ?? '').trim()) missing[`f-${f.name}`] = tr('staffAuth.error.missing');
    for (const f of fields)
      if (f.code && values[f.name] && !/^\d{6}$/.test(values[f.name].trim())) missing[`f-${f.name}`] = tr('staffAuth.error.codeFormat');
    setErrors(missing);
    setGeneral('');
    if (Object.keys(missing).length) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(Object.fromEntries(fields.map((f) => [f.name, f.code ? values[f.name].trim() : (values[f.name] ?? '')])));
    } catch (err) {
      const m = messagesOf(err, unauthorized);
      if (m.expired && onExpired) return onExpired();
      setErrors(m.fields);
      setGeneral(m.general);
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="narrow">
      <h1 ref={heading} tabindex={-1}>
        {tr(title)}
      </h1>
      {intro}
      <form onSubmit={send} noValidate data-testid={`${id}-form`}>
        <ErrorSummary prefix={id} errors={errors} order={fields.map((f) => `f-${f.name}`)} general={general} focusKey={attempt} />
        {fields.map((f) => {
          const fid = `f-${f.name}`;
          return (
            <div class="field" key={f.name}>
              <label for={fid}>{tr(f.label)}</label>
              {f.hint && (
                <span class="hint" id={`${fid}-hint`}>
                  {tr(f.hint)}
                </span>
              )}
              <FieldError id={fid} errors={errors} />
              <input
                id={fid}
                type={f.type}
                autocomplete={f.autocomplete}
                {...(f.code ? { inputmode: 'numeric', pattern: '[0-9]*', maxLength: 6 } : {})}
                aria-invalid={errors[fid] ? 'true' : undefined}
                aria-describedby={describedBy(fid, errors, f.hint && `${fid}-hint`)}
                value={values[f.name] ?? ''}
                onInput={(e) => setValues((v) => ({ ...v, [f.name]: e.currentTarget.value }))}
              />
            </div>
          );
        })}
        {children}
        <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
          {busy ? tr('common.loading') : tr(submit)}
        </button>
      </form>
      {footer}
    </div>
  );
}
