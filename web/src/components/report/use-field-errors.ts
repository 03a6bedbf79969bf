/**
 * A citizen form's problems: the message per field, the problem with no field (shown above the form), and a
 * key that changes on every failed try so that the error summary takes the focus again.
 */
import { useState } from 'preact/hooks';
import type { FieldErrors } from './form-errors';

export function useFieldErrors() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState('');
  const [focusKey, setFocusKey] = useState(0);

  /** A field's error goes away as soon as the person changes that field. */
  const clear = (...ids: string[]) =>
    setErrors((e) => {
      if (!ids.some((id) => e[id])) return e;
      const next = { ...e };
      for (const id of ids) delete next[id];
      return next;
    });

  /** Focuses the error summary (or the general problem) again. */
  const refocus = () => setFocusKey((k) => k + 1);

  return { errors, setErrors, general, setGeneral, focusKey, clear, refocus };
}
