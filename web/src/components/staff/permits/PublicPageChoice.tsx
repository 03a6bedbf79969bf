/**
 * "Visible au public ?": whether an agent's text (a message, what is asked, conditions) also shows on the
 * request's public page. No default: the agent chooses each time (the API refuses a text without the choice).
 */
import { tr } from '../../../lib/locale';
import '../../../lib/messages/privacy';
import { describedBy, FieldError, type FieldErrors } from '../../report/form-errors';

/** Undefined until the agent chooses. */
export type PublicPage = boolean | undefined;

export function checkPublicPage(id: string, value: PublicPage, found: FieldErrors): void {
  if (value === undefined) found[id] = tr('privacy.publicPage.error');
}

export default function PublicPageChoice({
  id,
  value,
  errors,
  onChange,
}: {
  id: string;
  value: PublicPage;
  errors: FieldErrors;
  onChange(v: boolean): void;
}) {
  return (
    <fieldset class="field" data-testid={id} aria-describedby={describedBy(id, errors, `${id}-hint`)}>
      <legend class="label">
        {tr('privacy.publicPage')} <span class="req">{tr('permitStaff.required')}</span>
      </legend>
      <span class="hint" id={`${id}-hint`}>
        {tr('privacy.publicPage.hint')}
      </span>
      <FieldError id={id} errors={errors} />
      <div class="choices">
        {([true, false] as const).map((v) => (
          <label class="choice" key={String(v)}>
            <input
              type="radio"
              name={id}
              id={v ? id : `${id}-no`}
              value={v ? 'yes' : 'no'}
              checked={value === v}
              aria-invalid={errors[id] ? 'true' : undefined}
              onChange={() => onChange(v)}
            />
            {tr(v ? 'privacy.publicPage.yes' : 'privacy.publicPage.no')}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
