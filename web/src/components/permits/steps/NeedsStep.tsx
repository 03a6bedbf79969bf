/** Event: what it needs from the commune (each need may bring a department's opinion). */
import { EVENT_NEEDS, type EventNeed } from '@tandem/shared/permits/permit-details';
import { tr, type MessageKey } from '../../../lib/locale';
import { FieldError, describedBy } from '../../report/form-errors';
import type { StepProps } from './step-props';

export default function NeedsStep({ draft, errors, set }: StepProps) {
  const toggle = (n: EventNeed, on: boolean) =>
    set({ needs: on ? [...draft.needs.filter((x) => x !== n), n] : draft.needs.filter((x) => x !== n) }, 'pf-needs');
  return (
    <fieldset class="inline-fieldset" aria-describedby={describedBy('pf-needs', errors, 'pf-needs-hint')}>
      <legend>{tr('permit.f.needs')}</legend>
      <span class="hint" id="pf-needs-hint">
        {tr('permit.f.needs.hint')}
      </span>
      <FieldError id="pf-needs" errors={errors} />
      <div class="choices stacked">
        {EVENT_NEEDS.map((n, i) => (
          <label class="choice" key={n}>
            <input
              type="checkbox"
              id={i === 0 ? 'pf-needs' : `pf-needs-${n}`}
              value={n}
              checked={draft.needs.includes(n)}
              onChange={(e) => toggle(n, e.currentTarget.checked)}
            />
            <span>
              {tr(`permit.need.${n}` as MessageKey)}
              <span class="hint choice-detail">{tr(`permit.need.${n}.help` as MessageKey)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
