/**
 * A plain « Aujourd’hui » of the shell's own, shown only in a build without the screens (../FieldApp.tsx): the tasks
 * with one button for the next step, what waits in the outbox with « Envoyer maintenant », and the conflicts in words.
 * It lets the shell (outbox, offline copy, service worker) be used and tested on its own.
 */
import type { FieldTaskView } from '@tandem/shared/field/field-api';
import { tr } from '../../../lib/locale';
import type { OutboxApi, TodayStore } from '../contract';

export default function PlainToday({ outbox, today }: { outbox: OutboxApi; today: TodayStore }) {
  const view = today.today.value;
  const conflicts = outbox.entries.value.filter((e) => e.state === 'conflict');
  const card = (t0: FieldTaskView) => {
    const t = today.task(t0.id) ?? t0;
    const next = t.status === 'todo' ? 'start' : t.status === 'doing' || t.status === 'waiting' ? 'finish' : undefined;
    return (
      <li key={t.id} class="field-plain-card" data-task={t.id} data-status={t.status}>
        <strong>{t.title}</strong>
        {t.place?.label && <span>{t.place.label}</span>}
        {t.mine && next && (
          <button
            type="button"
            class="button"
            onClick={() =>
              void outbox.add(
                next === 'start'
                  ? { kind: 'move', taskId: t.id, from: t.status, to: 'doing', version: t0.version }
                  : { kind: 'finish', taskId: t.id, from: t.status, version: t0.version, note: '', checklist: t.checklist, photos: [] },
              )
            }
          >
            {tr(next === 'start' ? 'fieldShell.list.start' : 'fieldShell.list.finish')}
          </button>
        )}
      </li>
    );
  };
  return (
    <div class="field-plain">
      <p class="field-outbox-bar" role="status" data-testid="outbox-count" aria-busy={outbox.sending.value ? 'true' : 'false'}>
        <span>{tr('fieldShell.outbox.waiting', { n: outbox.waiting.value })}</span>
        {/* Never disabled: a press during a run joins it (flush calls at once share one run). */}
        <button type="button" class="button secondary" onClick={() => void outbox.flush()}>
          {tr('fieldShell.outbox.send')}
        </button>
      </p>
      {today.offline.value && view && <p class="notice">{tr('fieldShell.offline')}</p>}
      {conflicts.map((e) => (
        <div key={e.id} class="notice warn" role="alert" data-conflict={e.conflict?.reason}>
          <p>{tr(`fieldShell.conflict.${e.conflict?.reason ?? 'refused'}` as 'fieldShell.conflict.refused')}</p>
          {e.conflict?.detail && <p>{e.conflict.detail}</p>}
          <button type="button" class="button secondary" onClick={() => void outbox.dismiss(e.id)}>
            {tr('fieldShell.conflict.dismiss')}
          </button>
        </div>
      ))}
      {!view ? (
        <p role="status">{tr('common.loading')}</p>
      ) : (
        <>
          <h1>{tr('fieldShell.list.mine')}</h1>
          {view.mine.length ? <ul class="field-plain-list">{view.mine.map(card)}</ul> : <p>{tr('fieldShell.list.empty')}</p>}
          <h2>{tr('fieldShell.list.team')}</h2>
          {view.team.length ? <ul class="field-plain-list">{view.team.map(card)}</ul> : <p>{tr('fieldShell.list.empty')}</p>}
        </>
      )}
    </div>
  );
}
