/**
 * A staff form's sending: the fields are checked first (their problems go to the form's error summary,
 * focused), then the change is sent, one at a time. A refused change is shown as a problem with no field
 * and the typed text stays; the form is cleared only once the change is saved. Every staff form sends
 * through it and shows `summary` in its ErrorSummary (the one way a staff form shows a problem).
 */
import { useState } from 'preact/hooks';
import type { FieldErrors } from '../report/form-errors';
import { problemText } from './staff-text';

export function useFormSubmit() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  /** The form's onSubmit: `check` finds the field problems, `send` makes the change (true once saved), `saved` clears the form. */
  const onSubmit = (check: () => FieldErrors, send: () => Promise<boolean>, saved?: () => void) => async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found = check();
    setErrors(found);
    setGeneral('');
    if (Object.keys(found).length) return setAttempt((n) => n + 1);
    setBusy(true);
    try {
      if (await send()) saved?.();
    } catch (err) {
      setGeneral(problemText(err));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  /** For the ErrorSummary: the field problems, the refusal, and a key that changes on every failed try. */
  const summary = { errors, general, focusKey: attempt };
  return { errors, general, busy, summary, onSubmit };
}
