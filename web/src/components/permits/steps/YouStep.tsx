/** The requester: personal data, never shown on public pages. */
import { tr } from '../../../lib/locale';
import { TextField } from '../fields';
import type { StepProps } from './step-props';

export default function YouStep({ draft, errors, set, counter }: StepProps) {
  return (
    <>
      <p class="hint">{tr('permit.you.privacy')}</p>
      <TextField
        id="pf-name"
        label={tr('permit.f.name')}
        required
        errors={errors}
        value={draft.name}
        maxLength={120}
        autocomplete="name"
        onValue={(v) => set({ name: v }, 'pf-name')}
      />
      {draft.kind === 'occupation' && (
        <TextField
          id="pf-organisation"
          label={tr('permit.f.organisation')}
          hint={tr('permit.f.organisation.hint')}
          errors={errors}
          value={draft.organisation}
          maxLength={120}
          autocomplete="organization"
          onValue={(v) => set({ organisation: v }, 'pf-organisation')}
        />
      )}
      <TextField
        id="pf-email"
        type="email"
        inputMode="email"
        label={tr('permit.f.email')}
        hint={tr(counter ? 'counter.f.email.help' : 'permit.f.email.hint')}
        required={!counter}
        errors={errors}
        value={draft.email}
        maxLength={200}
        autocomplete="email"
        onValue={(v) => set({ email: v }, 'pf-email')}
      />
      <TextField
        id="pf-phone"
        type="tel"
        inputMode="tel"
        label={tr('permit.f.phone')}
        hint={tr('permit.f.phone.hint')}
        errors={errors}
        value={draft.phone}
        maxLength={25}
        autocomplete="tel"
        onValue={(v) => set({ phone: v }, 'pf-phone')}
      />
      <TextField
        id="pf-address"
        label={tr('permit.f.address')}
        errors={errors}
        value={draft.address}
        maxLength={200}
        autocomplete="street-address"
        onValue={(v) => set({ address: v }, 'pf-address')}
      />
    </>
  );
}
