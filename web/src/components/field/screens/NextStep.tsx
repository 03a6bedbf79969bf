/**
 * A task's one next step: « Commencer » (à faire → en cours, into the outbox) then « Terminer » (the finish screen).
 * A team task that is not the worker's own is shown without a button: it is not theirs to start.
 */
import { useState } from 'preact/hooks';
import type { FieldTaskView, OutboxApi } from '../contract';
import { tr, type MessageKey } from '../../../lib/locale';
import { say, go } from './route';

export function NextStep({ task, outbox, titleId }: { task: FieldTaskView; outbox: OutboxApi; titleId: string }) {
  const [busy, setBusy] = useState(false);
  if (!task.mine) return <p class="fa-tag">{tr('field.teamTask')}</p>;
  if (task.status === 'todo') {
    const start = async () => {
      setBusy(true);
      try {
        await outbox.add({ kind: 'move', taskId: task.id, from: task.status, to: 'doing', version: task.version });
        say(tr('field.added'));
      } finally {
        setBusy(false);
      }
    };
    return (
      <button type="button" class="fa-button fa-primary" aria-describedby={titleId} disabled={busy} onClick={() => void start()}>
        {tr('field.start')}
      </button>
    );
  }
  if (task.status === 'doing' || task.status === 'waiting') {
    return (
      <button type="button" class="fa-button fa-primary" aria-describedby={titleId} onClick={() => go({ name: 'finish', id: task.id })}>
        {tr('field.finish')}
      </button>
    );
  }
  return <p class="fa-tag">{tr(`field.status.${task.status}` as MessageKey)}</p>;
}
