/**
 * Watch a work item (a task; a project through the same route shape: `itemPath` is `staff/tasks/{id}` or
 * `staff/projects/{id}`) — it comes to « Mon travail », list « Que je suis » — or stop watching it.
 */
import { useRef, useState } from 'preact/hooks';
import { ApiError, uuid } from '../../../lib/api';
import { tr } from '../../../lib/locale';
import { SignedOut } from '../session';
import { problemText } from '../staff-text';
import { sendJson } from './task-api';

export default function WatchButton({
  commune,
  itemPath,
  watching,
  onChanged,
  onSignedOut,
}: {
  commune: string;
  /** Under /api/{commune}/, e.g. staff/tasks/ABCD-1234. */
  itemPath: string;
  watching: boolean;
  onChanged(): Promise<void>;
  onSignedOut(): void;
}) {
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const key = useRef<{ intent: string; key: string }>();
  const toggle = async () => {
    if (busy) return;
    const method = watching ? 'DELETE' : 'PUT';
    const intent = `${method}#${itemPath}`;
    if (key.current?.intent !== intent) key.current = { intent, key: uuid() };
    setBusy(true);
    try {
      await sendJson(commune, method, `${itemPath}/watch`, key.current.key);
      key.current = undefined;
      await onChanged();
      setSaid(tr(watching ? 'workTasks.watch.stopped' : 'workTasks.watch.started'));
    } catch (e) {
      if (e instanceof ApiError) key.current = undefined;
      if (e instanceof SignedOut) return onSignedOut();
      setSaid(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="watch">
      <button
        type="button"
        class="button secondary"
        aria-pressed={watching ? 'true' : 'false'}
        onClick={toggle}
        aria-disabled={busy ? 'true' : undefined}
        data-testid="task-watch"
      >
        {tr('workTasks.watch.button')}
      </button>
      <p class="hint" role="status" aria-live="polite">
        {said || tr(watching ? 'workTasks.watch.on' : 'workTasks.watch.off')}
      </p>
    </div>
  );
}
