/**
 * Photos from the phone's camera (`capture="environment"`), each resized in the browser before it is kept
 * (lib/photo-resize.ts), shown as thumbnails from blob URLs, each removable.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { resizePhoto } from '../../../lib/photo-resize';
import { tr } from '../../../lib/locale';
import { CameraIcon } from './CameraIcon';

function Thumb({ blob, n, onRemove }: { blob: Blob; n: number; onRemove?: () => void }) {
  const url = useMemo(() => URL.createObjectURL(blob), [blob]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <li class="fa-thumb">
      <img src={url} alt={tr('field.photo.thumb', { n })} />
      {onRemove && (
        <button type="button" class="fa-remove" onClick={onRemove} aria-label={tr('field.photo.remove', { n })}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </li>
  );
}

/** Read-only thumbnails of kept photos (e.g. what a conflicting action held). */
export function Thumbnails({ photos }: { photos: readonly Blob[] }) {
  return (
    <ul class="fa-thumbs">
      {photos.map((p, i) => (
        <Thumb key={i} blob={p} n={i + 1} />
      ))}
    </ul>
  );
}

export function PhotoPicker({
  photos,
  onChange,
  id,
  describedBy,
  invalid,
}: {
  photos: readonly Blob[];
  onChange(next: Blob[]): void;
  /** The take button's id (an error message moves the focus there). */
  id: string;
  describedBy?: string;
  invalid?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<'idle' | 'preparing' | 'failed'>('idle');
  const latest = useRef(photos);
  latest.current = photos;

  const picked = async (files: FileList | null) => {
    const list = [...(files ?? [])];
    if (input.current) input.current.value = '';
    if (!list.length) return;
    setState('preparing');
    try {
      const resized = await Promise.all(list.map((f) => resizePhoto(f)));
      onChange([...latest.current, ...resized]);
      setState('idle');
    } catch {
      setState('failed');
    }
  };

  return (
    <div class="fa-photos">
      {photos.length > 0 && (
        <ul class="fa-thumbs">
          {photos.map((p, i) => (
            <Thumb key={i} blob={p} n={i + 1} onRemove={() => onChange(photos.filter((_, j) => j !== i))} />
          ))}
        </ul>
      )}
      <button
        type="button"
        id={id}
        class={`fa-button fa-secondary${invalid ? ' fa-invalid' : ''}`}
        onClick={() => input.current?.click()}
        aria-describedby={describedBy}
        disabled={state === 'preparing'}
      >
        <CameraIcon />
        {photos.length ? tr('field.photo.another') : tr('field.photo.take')}
      </button>
      <input ref={input} type="file" accept="image/*" capture="environment" hidden onChange={(e) => void picked(e.currentTarget.files)} />
      <p class="fa-live" role="status">
        {state === 'preparing' ? tr('field.photo.preparing') : ''}
      </p>
      {state === 'failed' && (
        <p class="fa-error" role="alert">
          {tr('field.photo.failed')}
        </p>
      )}
    </div>
  );
}
