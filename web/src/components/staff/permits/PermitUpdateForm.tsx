/**
 * A message to the requester (public: on the tracking page and by e-mail) or an internal note. Only the
 * handling department writes to the requester; reviewers add internal notes. Keeps the text when saving fails.
 */
import { useState } from 'preact/hooks';
import type { StaffPermit } from '@tandem/shared/permits/permit-api';
import { tr } from '../../../lib/locale';
import { describedBy, ErrorSummary, FieldError, type FieldErrors } from '../../report/form-errors';
import { useFormSubmit } from '../use-form-submit';
import VisibilityChoice, { type Visibility } from '../VisibilityChoice';
import type { PermitMutate } from './mutate';
import PublicPageChoice, { checkPublicPage, type PublicPage } from './PublicPageChoice';

const P = 'permit-update';
const TEXT_ID = `${P}-text`;
const PUBLIC_PAGE_ID = `${P}-public-page`;

export default function PermitUpdateForm({ permit, mutate }: { permit: StaffPermit; mutate: PermitMutate }) {
  const [text, setText] = useState('');
  const [chosen, setVisibility] = useState<Visibility>('private');
  const visibility = permit.canDecide ? chosen : 'private';
  const [publicPage, setPublicPage] = useState<PublicPage>(undefined);
  const { errors, busy, summary, onSubmit } = useFormSubmit();

  const submit = onSubmit(
    (): FieldErrors => {
      const found: FieldErrors = text.trim() ? {} : { [TEXT_ID]: tr('staff.update.empty') };
      if (visibility === 'public') checkPublicPage(PUBLIC_PAGE_ID, publicPage, found);
      return found;
    },
    () =>
      mutate('updates', {
        text: text.trim(),
        public: visibility === 'public',
        ...(visibility === 'public' ? { publicPage } : {}),
        version: permit.version,
      }),
    () => {
      setText('');
      setPublicPage(undefined);
    },
  );

  return (
    <form onSubmit={submit} noValidate data-testid="permit-update-form" aria-labelledby={`${P}-title`}>
      <fieldset>
        <legend id={`${P}-title`}>{tr(permit.canDecide ? 'permitStaff.update.title' : 'permitStaff.note.title')}</legend>
        <ErrorSummary prefix={P} order={[PUBLIC_PAGE_ID, TEXT_ID]} level={3} {...summary} />
        {!permit.canDecide && <p class="hint">{tr('permitStaff.note.hint')}</p>}
        {permit.canDecide && (
          <VisibilityChoice
            name={`${P}-visibility`}
            value={visibility}
            publicLabel={tr('permitStaff.update.public')}
            onChange={setVisibility}
          />
        )}
        {visibility === 'public' && <PublicPageChoice id={PUBLIC_PAGE_ID} value={publicPage} errors={errors} onChange={setPublicPage} />}
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
