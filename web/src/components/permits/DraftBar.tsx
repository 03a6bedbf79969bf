/** Below the request form: saving it as a draft, its outcome, the link to take it up again, cancelling an edit. */
import { tr } from '../../lib/locale';
import { privateLink } from './permit-storage';
import type { Saved } from './use-request-save';

interface Props {
  commune: string;
  canSaveDraft: boolean;
  editing: boolean;
  note?: { ok: boolean; text: string };
  saved?: Saved;
  savedKey?: string;
  onSave(): void;
  onCancel?(): void;
}

export default function DraftBar({ commune, canSaveDraft, editing, note, saved, savedKey, onSave, onCancel }: Props) {
  return (
    <div class="draft-bar">
      {canSaveDraft && (
        <button type="button" class="button secondary small" onClick={onSave} data-testid="permit-save-draft">
          {tr('permit.draft.save')}
        </button>
      )}
      {onCancel && (
        <button type="button" class="button secondary small" onClick={onCancel}>
          {tr('permit.edit.cancel')}
        </button>
      )}
      <div aria-live="polite">
        {note && (
          <p class={note.ok ? 'notice ok' : 'notice error'} data-testid="permit-draft-note">
            {note.text}
          </p>
        )}
        {saved && savedKey && !editing && (
          <p data-testid="permit-resume">
            {tr('permit.draft.resume')}{' '}
            <a href={privateLink(commune, saved.code, savedKey)} data-testid="permit-resume-link">
              {new URL(privateLink(commune, saved.code, savedKey), location.origin).href}
            </a>
          </p>
        )}
      </div>
      {!editing && !note && <p class="hint">{tr('permit.draft.local')}</p>}
    </div>
  );
}
