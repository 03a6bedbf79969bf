/**
 * An action that asks first (take an item off the map, disable an account, revoke a key): one button opens the
 * question (focus moves to its heading), « Non » closes it and gives focus back, « Oui » acts and shows a failure
 * in the box.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorNotice } from './page-states';

export default function ConfirmAction({
  id,
  open,
  title,
  text,
  yes,
  no,
  danger = true,
  level = 3,
  onConfirm,
}: {
  /** Ids and test ids of the pieces: `<id>`, `<id>-yes`, `<id>-no`, `<id>-title`. */
  id: string;
  open: string;
  title: string;
  text: string;
  yes: string;
  no: string;
  danger?: boolean;
  /** The question's heading level, after the page's own headings. */
  level?: 2 | 3;
  /** Acts; resolves with the problem to show, or '' once done. */
  onConfirm(): Promise<string>;
}) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const closed = useRef(false);
  useEffect(() => {
    if (asking) heading.current?.focus();
    else if (closed.current) opener.current?.focus();
  }, [asking]);

  const close = () => {
    closed.current = true;
    setError('');
    setAsking(false);
  };
  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setError('');
    try {
      const problem = await onConfirm();
      if (problem) setError(problem);
      else setAsking(false);
    } finally {
      setBusy(false);
    }
  };

  const Heading = level === 2 ? 'h2' : 'h3';
  if (!asking) {
    return (
      <button
        type="button"
        class={danger ? 'button danger' : 'button secondary'}
        ref={opener}
        onClick={() => setAsking(true)}
        data-testid={id}
      >
        {open}
      </button>
    );
  }
  return (
    <section class="delete-box" aria-labelledby={`${id}-title`} data-testid={`${id}-confirm`}>
      <Heading id={`${id}-title`} tabindex={-1} ref={heading}>
        {title}
      </Heading>
      <p>{text}</p>
      {error && <ErrorNotice message={error} />}
      <div class="button-row">
        <button
          type="button"
          class={danger ? 'button danger' : 'button'}
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => void confirm()}
          data-testid={`${id}-yes`}
        >
          {yes}
        </button>
        <button type="button" class="button secondary" onClick={close} data-testid={`${id}-no`}>
          {no}
        </button>
      </div>
    </section>
  );
}
