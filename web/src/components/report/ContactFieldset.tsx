/** How to reach the reporter: an optional e-mail address, to follow the report. */
import { tr } from '../../lib/locale';
import { FieldError, describedBy, type FieldErrors } from './form-errors';

export default function ContactFieldset({ email, errors, onEmail }: { email: string; errors: FieldErrors; onEmail(text: string): void }) {
  return (
    <fieldset id="contact">
      <legend>{tr('report.step.contact')}</legend>
      <div class="field">
        <label for="f-email">{tr('report.email')}</label>
        <span class="hint" id="f-email-hint">
          {tr('report.email.help')}
        </span>
        <FieldError id="f-email" errors={errors} />
        <input
          id="f-email"
          name="email"
          type="email"
          autocomplete="email"
          inputMode="email"
          maxLength={200}
          value={email}
          aria-invalid={errors['f-email'] ? 'true' : undefined}
          aria-describedby={describedBy('f-email', errors, 'f-email-hint')}
          onInput={(e) => onEmail(e.currentTarget.value)}
        />
      </div>
    </fieldset>
  );
}
