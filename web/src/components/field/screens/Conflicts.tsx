/**
 * Actions the server could not take as they were, each explained in words (reassigned, cancelled, already done,
 * report closed, refused), with what the worker had typed or photographed, and a way to keep it: the note as a
 * comment, the photos as a new report. Nothing goes until the worker says « J’ai compris ».
 */
import { useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { OutboxApi, OutboxEntry, TodayStore } from '../contract';
import { lt, tr, type MessageKey } from '../../../lib/locale';
import { Thumbnails } from './PhotoPicker';
import { say, go, reportDraft } from './route';

function reasonText(entry: OutboxEntry): string {
  const c = entry.conflict;
  if (!c) return '';
  if (c.reason === 'refused' && c.detail) return tr('field.conflict.refusedDetail', { detail: c.detail });
  return tr(`field.conflict.${c.reason}` as MessageKey);
}

function ConflictItem({
  entry,
  outbox,
  store,
  commune,
}: {
  entry: OutboxEntry;
  outbox: OutboxApi;
  store: TodayStore;
  commune: PublicCommuneConfig;
}) {
  const [busy, setBusy] = useState(false);
  const a = entry.action;
  const taskTitle = (id: string) => {
    const today = store.today.value;
    return (
      store.task(id)?.title ??
      [...(today?.mine ?? []), ...(today?.team ?? [])].find((t) => t.id === id)?.title ??
      tr('field.conflict.aTask')
    );
  };
  const note = a.kind === 'finish' ? a.note.trim() : a.kind === 'comment' ? a.text.trim() : '';
  const photos = a.kind === 'finish' || a.kind === 'report' ? a.photos : [];
  const what =
    a.kind === 'report'
      ? tr('field.conflict.what.report', { category: lt(commune.categories.find((c) => c.code === a.category)?.label) || a.category })
      : tr(`field.conflict.what.${a.kind}` as MessageKey, { title: taskTitle(a.taskId) });

  const run = async (step: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await step();
    } finally {
      setBusy(false);
    }
  };
  const keepNote = () =>
    run(async () => {
      if (a.kind !== 'finish') return;
      await outbox.add({ kind: 'comment', taskId: a.taskId, text: note });
      await outbox.dismiss(entry.id);
      say(tr('field.added'));
    });
  const keepPhotos = () => {
    reportDraft.value = { photos: [...photos], conflictId: entry.id };
    go({ name: 'report' });
  };

  const headingId = `fa-conflict-${entry.id}`;
  return (
    <li class="fa-conflict" data-conflict={entry.conflict?.reason}>
      <h3 id={headingId}>{reasonText(entry)}</h3>
      <p>{what}</p>
      {note && (
        <>
          {a.kind === 'finish' && <p class="fa-held-label">{tr('field.conflict.note')}</p>}
          <blockquote class="fa-held">{note}</blockquote>
        </>
      )}
      {photos.length > 0 && (
        <>
          <p class="fa-held-label">{tr('field.conflict.photos')}</p>
          <Thumbnails photos={photos} />
        </>
      )}
      <div class="fa-actions">
        {a.kind === 'finish' && note && (
          <button type="button" class="fa-button fa-secondary" disabled={busy} onClick={() => void keepNote()}>
            {tr('field.conflict.keepNote')}
          </button>
        )}
        {photos.length > 0 && (
          <button type="button" class="fa-button fa-secondary" disabled={busy} onClick={keepPhotos}>
            {tr('field.conflict.keepPhotos')}
          </button>
        )}
        <button type="button" class="fa-button fa-primary" disabled={busy} onClick={() => void run(() => outbox.dismiss(entry.id))}>
          {tr('field.conflict.understood')}
        </button>
      </div>
    </li>
  );
}

export function Conflicts({ outbox, store, commune }: { outbox: OutboxApi; store: TodayStore; commune: PublicCommuneConfig }) {
  const conflicts = outbox.entries.value.filter((e) => e.state === 'conflict');
  if (!conflicts.length) return null;
  return (
    <section class="fa-conflicts" aria-labelledby="fa-conflicts-title">
      <h2 id="fa-conflicts-title">{tr('field.conflicts.title')}</h2>
      <ul>
        {conflicts.map((e) => (
          <ConflictItem key={e.id} entry={e} outbox={outbox} store={store} commune={commune} />
        ))}
      </ul>
    </section>
  );
}
