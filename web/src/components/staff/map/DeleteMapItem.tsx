/** Taking an item off the map: one button opens a confirmation (focus moves to it), "Non" closes it and gives focus back. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { tr } from '../../../lib/locale';
import { ErrorNotice } from '../page-states';

export default function DeleteMapItem({
  title,
  onDelete,
}: {
  title: string;
  /** Deletes; resolves with the problem to show, or '' once done (or handled elsewhere). */
  onDelete(): Promise<string>;
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
      const problem = await onDelete();
      if (problem) setError(problem);
      else setAsking(false);
    } finally {
      setBusy(false);
    }
  };

  if (!asking) {
    return (
      <p>
        <button type="button" class="button danger" ref={opener} onClick={() => setAsking(true)} data-testid="mi-delete">
          {tr('mapStaff.delete.open')}
        </button>
      </p>
    );
  }
  return (
    <section class="delete-box" aria-labelledby="mi-delete-title" data-testid="mi-delete-confirm">
      <h2 id="mi-delete-title" tabindex={-1} ref={heading}>
        {tr('mapStaff.delete.title')}
      </h2>
      <p>{tr('mapStaff.delete.confirm', { title })}</p>
      {error && <ErrorNotice message={error} />}
      <div class="button-row">
        <button
          type="button"
          class="button danger"
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => void confirm()}
          data-testid="mi-delete-yes"
        >
          {tr('mapStaff.delete.yes')}
        </button>
        <button type="button" class="button secondary" onClick={close} data-testid="mi-delete-no">
          {tr('mapStaff.delete.no')}
        </button>
      </div>
    </section>
  );
}
