/**
 * Up to PHOTO_MAX_COUNT photos: resized in the browser, uploaded at once with a presigned POST, removable. The
 * script's alone (the page's form posts no file without one: docs/report-form.md): hidden where no script runs; photos
 * chosen before the island was live are taken when it is; the resizing and the upload load with the first photo.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { PHOTO_MAX_COUNT, PHOTO_TYPES } from '@tandem/shared/uploads';
import { tr } from '../../lib/locale';
import { FieldError, describedBy, type FieldErrors } from './form-errors';

/** Resizes then uploads one photo: its upload key. */
async function sendPhoto(commune: string, file: File): Promise<string> {
  const [{ resizePhoto }, { uploadPhoto }] = await Promise.all([import('../../lib/photo-resize'), import('../../lib/upload')]);
  return uploadPhoto(commune, await resizePhoto(file));
}

export interface PhotoItem {
  id: string;
  preview: string;
  status: 'working' | 'done' | 'failed';
  key?: string;
  /** Settles when the upload is over (either way). */
  done: Promise<void>;
}

interface Props {
  commune: string;
  photos: PhotoItem[];
  errors: FieldErrors;
  onChange(update: (photos: PhotoItem[]) => PhotoItem[]): void;
}

let seq = 0;

export default function PhotoPicker({ commune, photos, errors, onChange }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const room = PHOTO_MAX_COUNT - photos.length;

  const add = (files: FileList | null) => {
    if (!files) return;
    const list = [...files].slice(0, room);
    setStatus(files.length > room ? tr('report.photos.tooMany', { max: PHOTO_MAX_COUNT }) : tr('report.photos.working'));
    for (const file of list) {
      const id = `p${++seq}`;
      const preview = URL.createObjectURL(file);
      const patch = (p: Partial<PhotoItem>) => onChange((all) => all.map((x) => (x.id === id ? { ...x, ...p } : x)));
      const done = (async () => {
        try {
          if (!file.type.startsWith('image/')) throw new Error('not an image');
          const key = await sendPhoto(commune, file);
          patch({ status: 'done', key });
          setStatus(tr('report.photos.added'));
        } catch {
          patch({ status: 'failed' });
          setStatus(tr('report.photos.failed'));
        }
      })();
      onChange((all) => [...all, { id, preview, status: 'working', done }]);
    }
    if (input.current) input.current.value = '';
  };

  // Chosen before the island was live (directives/interaction.ts): the field holds them still.
  useEffect(() => {
    if (input.current?.files?.length) add(input.current.files);
  }, []);

  const remove = (id: string) => {
    onChange((all) => {
      const gone = all.find((x) => x.id === id);
      if (gone) URL.revokeObjectURL(gone.preview);
      return all.filter((x) => x.id !== id);
    });
    setStatus(tr('report.photos.removed'));
    requestAnimationFrame(() => (input.current ?? document.getElementById('f-photos-count'))?.focus());
  };

  return (
    <div class="field js-only">
      <label for="f-photos">{tr('report.photos')}</label>
      <span class="hint" id="f-photos-hint">
        {tr('report.photos.help')}
      </span>
      <FieldError id="f-photos" errors={errors} />
      {room > 0 ? (
        <input
          ref={input}
          id="f-photos"
          class="file-input"
          type="file"
          accept={PHOTO_TYPES.join(',')}
          multiple
          aria-describedby={describedBy('f-photos', errors, 'f-photos-hint')}
          onChange={(e) => add(e.currentTarget.files)}
        />
      ) : (
        <p id="f-photos-count" tabindex={-1}>
          {tr('report.photos.full', { max: PHOTO_MAX_COUNT })}
        </p>
      )}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      {photos.length > 0 && (
        <ul class="thumbs" aria-label={tr('report.photos.list')}>
          {photos.map((p, i) => (
            <li key={p.id} data-testid="photo-thumb" data-status={p.status}>
              <img src={p.preview} alt={tr('report.photo.alt', { n: i + 1 })} />
              <span class="hint">
                {p.status === 'working'
                  ? tr('report.photo.working')
                  : p.status === 'done'
                    ? tr('report.photo.done')
                    : tr('report.photo.failed')}
              </span>
              <button type="button" class="button danger small" onClick={() => remove(p.id)}>
                {tr('report.photo.remove')}
                <span class="visually-hidden"> {i + 1}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
