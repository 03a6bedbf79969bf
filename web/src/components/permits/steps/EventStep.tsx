/** Event, step 1: what it is and who organises it. */
import { ORGANISER_TYPES } from '@tandem/shared/permits/permit-vocabulary';
import { tr, type MessageKey } from '../../../lib/locale';
import { RadioGroup, TextField } from '../fields';
import type { OrganiserType } from '../request-draft';
import type { StepProps } from './step-props';

export default function EventStep({ cfg, draft, errors, set }: StepProps) {
  const large = Number(draft.attendance) >= cfg.event.largeAttendance;
  return (
    <>
      <TextField
        id="pf-title"
        label={tr('permit.f.title')}
        hint={tr('permit.f.title.hint')}
        required
        errors={errors}
        value={draft.title}
        maxLength={120}
        onValue={(v) => set({ title: v }, 'pf-title')}
      />
      <TextField
        id="pf-description"
        label={tr('permit.f.eventDescription')}
        hint={tr('permit.f.eventDescription.hint')}
        multiline
        errors={errors}
        value={draft.description}
        onValue={(v) => set({ description: v }, 'pf-description')}
      />
      <RadioGroup<OrganiserType>
        id="pf-organiser-type"
        legend={tr('permit.f.organiserType')}
        options={ORGANISER_TYPES.map((t) => ({ value: t, label: tr(`permit.organiser.${t}` as MessageKey) }))}
        value={draft.organiserType}
        errors={errors}
        onValue={(v) => set({ organiserType: v }, 'pf-organiser-type')}
      />
      {draft.organiserType && draft.organiserType !== 'citizen' && (
        <TextField
          id="pf-organiser-name"
          label={tr(draft.organiserType === 'association' ? 'permit.f.organiserName.association' : 'permit.f.organiserName.company')}
          hint={tr('permit.f.organiserName.hint')}
          required
          errors={errors}
          value={draft.organiserName}
          maxLength={120}
          autocomplete="organization"
          onValue={(v) => set({ organiserName: v }, 'pf-organiser-name')}
        />
      )}
      <TextField
        id="pf-attendance"
        inputMode="numeric"
        maxLength={6}
        label={tr('permit.f.attendance')}
        hint={tr('permit.f.attendance.hint', { n: cfg.event.largeAttendance, days: cfg.event.largeLeadDays })}
        required
        errors={errors}
        value={draft.attendance}
        onValue={(v) => set({ attendance: v }, 'pf-attendance', 'pf-start', 'pf-doc-plan')}
      />
      <p class="status" aria-live="polite" data-testid="permit-large">
        {large ? tr('permit.f.attendance.large', { days: cfg.event.largeLeadDays }) : ''}
      </p>
    </>
  );
}
