/**
 * A message to the requester (public: on the tracking page and by e-mail) or an internal note. Only the
 * handling department writes to the requester; reviewers add internal notes. Keeps the text when saving fails.
 */
import { useState } from 'preact/hooks';
import type { StaffPermit } from '@tandem/shared/permits/permit-api';
import { tr } from '../../../lib/locale';
import { problemText } from './permit-format';
import { describedBy, ErrorSummary, FieldError, type FieldErrors } from './form-errors';
import type { PermitMutate } from './mutate';

const P = 'permit-update';
const TEXT_ID = `${P}-text`;

export default function PermitUpdateForm({ permit, mutate }: { permit: StaffPermit; mutate: PermitMutate }) {
  const [text, setText] = useState('');
  const [chosen, setVisibility] = useState<'public' | 'private'>('private');
  const visibility = permit.canDecide ? chosen : 'private';
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found: FieldErrors = text.trim() ? {} : { [TEXT_ID]: tr('staff.update.empty') };
    setErrors(found);
    setGeneral('');
    if (Object.keys(found).length) return setAttempt((n) => n + 1);
    setBusy(true);
    try {
      const ok = await mutate('updates', { text: text.trim(), public: visibility === 'public', version: permit.version });
      if (ok) setText('');
    } catch (err) {
      setGeneral(problemText(err));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="permit-update-form" aria-labelledby={`${P}-title`}>
      <fieldset>
        <legend id={`${P}-title`}>{tr(permit.canDecide ? 'permitStaff.update.title' : 'permitStaff.note.title')}</legend>
        <ErrorSummary prefix={P} errors={errors} order={[TEXT_ID]} general={general} focusKey={attempt} />
        {!permit.canDecide && <p class="hint">{tr('permitStaff.note.hint')}</p>}
        {permit.canDecide && (
          <fieldset class="field">
            <legend class="label">{tr('staff.update.kind')}</legend>
            <div class="choices">
              <label class="choice">
                <input type="radio" name={`${P}-visibility`} value="private" checked={visibility === 'private'} onChange={() => setVisibility('private')} />
                {tr('staff.private')}
              </label>
              <label class="choice">
                <input type="radio" name={`${P}-visibility`} value="public" checked={visibility === 'public'} onChange={() => setVisibility('public')} />
                {tr('permitStaff.update.public')}
              </label>
            </div>
          </fieldset>
        )}
        <div class="field">
          <label for={TEXT_ID}>{tr('permitStaff.update.text')}</label>
          <FieldError id={TEXT_ID} errors={errors} />
          <textarea
            id={TEXT_ID}
            rows={4}
            maxLength={4000}
            value={text}
            aria-invalid={errors[TEXT_ID] ? 'true' : undefined}
            aria-describedby={describedBy(TEXT_ID, errors)}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button secondary" aria-disabled={busy ? 'true' : undefined}>
          {tr('staff.update.add')}
        </button>
      </fieldset>
    </form>
  );
}
