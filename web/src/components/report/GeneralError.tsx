/** A problem with no field (the server refused, the network failed), focused whenever `focusKey` changes. */
import { useEffect, useRef } from 'preact/hooks';

export default function GeneralError({ message, focusKey }: { message: string; focusKey: number }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), [focusKey]);
  return (
    <p class="notice error" role="alert" tabindex={-1} ref={ref} data-testid="form-error">
      {message}
    </p>
  );
}
