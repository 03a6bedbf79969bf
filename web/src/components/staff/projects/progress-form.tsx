/** A progress update for a published works site: words for the public and up to six photos (resized in the browser). */
import { useState } from 'preact/hooks';
import { tr } from '../../../lib/locale';
import { uuid } from '../../../lib/api';
import { resizePhoto } from '../../../lib/photo-resize';
import { uploadPhoto } from '../../../lib/upload';
import { staffFetch } from '../session';
import { problemText } from '../staff-text';
import type { PublicationAnswer } from '@tandem/shared/schemas/worksites';

export default function ProgressForm({
  commune,
  id,
  version,
  onDone,
}: {
  commune: string;
  id: string;
  version: number;
  onDone(a: PublicationAnswer): void;
}) {
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'warn'; text: string }>();
  const [key, setKey] = useState(uuid);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setNotice(undefined);
    try {
      const photos = [];
      for (const f of files.slice(0, 6)) photos.push(await uploadPhoto(commune, await resizePhoto(f)));
      const answer = await staffFetch<PublicationAnswer>(commune, `staff/projects/${encodeURIComponent(id)}/progress`, {
        method: 'POST',
        headers: { 'idempotency-key': key },
        body: JSON.stringify({ version, text: text.trim(), photos }),
      });
      setText('');
      setFiles([]);
      setKey(uuid());
      setNotice({ kind: 'ok', text: tr('works.staff.progress.sent') });
      onDone(answer);
    } catch (err) {
      setNotice({ kind: 'warn', text: tr('works.staff.failed', { detail: problemText(err) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby="progress-title">
      <h3 id="progress-title">{tr('works.staff.progress.title')}</h3>
      {notice && (
        <p class={`notice ${notice.kind}`} role={notice.kind === 'ok' ? 'status' : 'alert'}>
          {notice.text}
        </p>
      )}
      <label for="progress-text">{tr('works.staff.progress.text')}</label>
      <textarea
        id="progress-text"
        rows={3}
        required
        minLength={3}
        value={text}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
      />
      <label for="progress-photos">{tr('works.staff.progress.photos')}</label>
      <input
        id="progress-photos"
        type="file"
        accept="image/jpeg,image/png,image/webp"
        multiple
        onChange={(e) => setFiles([...((e.target as HTMLInputElement).files ?? [])].slice(0, 6))}
      />
      <button type="submit" class="button primary" disabled={busy || text.trim().length < 3}>
        {tr('works.staff.progress.submit')}
      </button>
    </form>
  );
}
