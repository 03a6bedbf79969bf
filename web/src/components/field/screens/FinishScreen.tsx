/**
 * « Terminer » with proof: one or more photos from the camera (required, said in words), an optional note (typed,
 * or dictated with the keyboard's microphone) and the checklist; sending puts one « finish » in the outbox.
 */
import { useState } from 'preact/hooks';
import type { OutboxApi, TodayStore } from '../contract';
import { tr } from '../../../lib/locale';
import { PhotoPicker } from './PhotoPicker';
import { say, go, hrefOf } from './route';
import { findTask, NotFound } from './TaskPage';

export function FinishScreen({ id, store, outbox }: { id: string; store: TodayStore; outbox: OutboxApi }) {
  const task = findTask(store, id);
  const [photos, setPhotos] = useState<Blob[]>([]);
  const [note, setNote] = useState('');
  const [checks, setChecks] = useState(() => Object.fromEntries((task?.checklist ?? []).map((c) => [c.id, c.done])));
  const [missingPhoto, setMissingPhoto] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!task) return <NotFound />;

  const send = async (e: Event) => {
    e.preventDefault();
    if (!photos.length) {
      setMissingPhoto(true);
      document.getElementById('fa-finish-photo')?.focus();
      return;
    }
    setBusy(true);
    try {
      await outbox.add({
        kind: 'finish',
        taskId: task.id,
        from: task.status,
        version: task.version,
        note: note.trim(),
        checklist: task.checklist.map((c) => ({ id: c.id, text: c.text, done: Boolean(checks[c.id]) })),
        photos,
      });
      say(tr('field.added'), { name: 'today' });
      go({ name: 'today' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="fa-finish" onSubmit={(e) => void send(e)} noValidate>
      <h1 tabIndex={-1}>{tr('field.finish.title', { title: task.title })}</h1>
      <fieldset>
        <legend>{tr('field.finish.photos')}</legend>
        <PhotoPicker
          id="fa-finish-photo"
          photos={photos}
          onChange={(next) => {
            setPhotos(next);
            if (next.length) setMissingPhoto(false);
          }}
          describedBy="fa-finish-photo-rule"
          invalid={missingPhoto}
        />
        <p id="fa-finish-photo-rule" class={missingPhoto ? 'fa-error' : 'fa-note'} role={missingPhoto ? 'alert' : undefined}>
          {tr('field.finish.photoRequired')}
        </p>
      </fieldset>
      {task.checklist.length > 0 && (
        <fieldset>
          <legend>{tr('field.finish.checklist')}</legend>
          {task.checklist.map((c) => (
            <label key={c.id} class="fa-check">
              <input
                type="checkbox"
                checked={Boolean(checks[c.id])}
                onChange={(e) => setChecks({ ...checks, [c.id]: e.currentTarget.checked })}
              />
              <span>{c.text}</span>
            </label>
          ))}
        </fieldset>
      )}
      <label class="fa-field" for="fa-finish-note">
        {tr('field.finish.note')}
      </label>
      <textarea
        id="fa-finish-note"
        rows={4}
        value={note}
        onInput={(e) => setNote(e.currentTarget.value)}
        aria-describedby="fa-finish-note-hint"
        maxLength={2000}
      />
      <p id="fa-finish-note-hint" class="fa-note">
        {tr('field.finish.noteHint')}
      </p>
      <div class="fa-actions">
        <button type="submit" class="fa-button fa-primary" disabled={busy}>
          {tr('field.finish.send')}
        </button>
        <a class="fa-button fa-secondary" href={hrefOf({ name: 'task', id: task.id })}>
          {tr('field.finish.cancel')}
        </a>
      </div>
    </form>
  );
}
