/**
 * How to reach the reporter: an optional e-mail address, to follow the report. At the counter (docs/counter.md) the
 * agent types the citizen's contact instead: anonymous, or a name with any of e-mail, phone, postal address.
 */
import { tr } from '../../lib/locale';
import { FieldError, describedBy, type FieldErrors } from './form-errors';

export interface CounterContact {
  name: string;
  phone: string;
  postalAddress: string;
  onName(text: string): void;
  onPhone(text: string): void;
  onPostalAddress(text: string): void;
}

function TextInput({
  id,
  label,
  value,
  errors,
  onValue,
  ...rest
}: {
  id: string;
  label: string;
  value: string;
  errors: FieldErrors;
  onValue(v: string): void;
  type?: string;
  autocomplete?: string;
  inputMode?: 'tel' | 'email' | 'text';
  maxLength: number;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <FieldError id={id} errors={errors} />
      <input
        id={id}
        type="text"
        {...rest}
        value={value}
        aria-invalid={errors[id] ? 'true' : undefined}
        aria-describedby={describedBy(id, errors)}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
    </div>
  );
}

export default function ContactFieldset({
  email,
  errors,
  onEmail,
  counter,
}: {
  email: string;
  errors: FieldErrors;
  onEmail(text: string): void;
  counter?: CounterContact;
}) {
  return (
    <fieldset id="contact">
      <legend>{tr(counter ? 'counter.contact.legend' : 'report.step.contact')}</legend>
      {counter && (
        <>
          <p class="hint">{tr('counter.contact.help')}</p>
          <TextInput
            id="f-name"
            label={tr('counter.f.name')}
            value={counter.name}
            errors={errors}
            onValue={counter.onName}
            maxLength={100}
            autocomplete="off"
          />
        </>
      )}
      <div class="field">
        <label for="f-email">{tr('report.email')}</label>
        <span class="hint" id="f-email-hint">
          {tr(counter ? 'counter.f.email.help' : 'report.email.help')}
        </span>
        <FieldError id="f-email" errors={errors} />
        <input
          id="f-email"
          name="email"
          type="email"
          autocomplete={counter ? 'off' : 'email'}
          inputMode="email"
          maxLength={200}
          value={email}
          aria-invalid={errors['f-email'] ? 'true' : undefined}
          aria-describedby={describedBy('f-email', errors, 'f-email-hint')}
          onInput={(e) => onEmail(e.currentTarget.value)}
        />
      </div>
      {counter && (
        <>
          <TextInput
            id="f-phone"
            label={tr('counter.f.phone')}
            type="tel"
            inputMode="tel"
            value={counter.phone}
            errors={errors}
            onValue={counter.onPhone}
            maxLength={25}
            autocomplete="off"
          />
          <TextInput
            id="f-postal"
            label={tr('counter.f.postal')}
            value={counter.postalAddress}
            errors={errors}
            onValue={counter.onPostalAddress}
            maxLength={200}
            autocomplete="off"
          />
        </>
      )}
    </fieldset>
  );
}
