/**
 * Event: what it needs from the commune. Which department each need brings in, and who will be asked in all,
 * come from the commune's settings through the same rule the summary and the server use (reviewersFor).
 */
import type { EventNeed } from '@tandem/shared/permits/permit-details';
import { EVENT_NEEDS } from '@tandem/shared/permits/permit-vocabulary';
import { reviewersFor } from '@tandem/shared/permits/permit-rules';
import { tr, type MessageKey } from '../../../lib/locale';
import { FieldError, describedBy } from '../../report/form-errors';
import { departmentName } from '../../../lib/department-name';
import type { StepProps } from './step-props';

export default function NeedsStep({ commune, cfg, draft, errors, set }: StepProps) {
  const toggle = (n: EventNeed, on: boolean) =>
    set({ needs: on ? [...draft.needs.filter((x) => x !== n), n] : draft.needs.filter((x) => x !== n) }, 'pf-needs');
  const names = (codes: string[]) => codes.map((c) => departmentName(commune, c)).join(', ');
  const always = reviewersFor(cfg, 'event', { needs: [] });
  const added = (n: EventNeed) => reviewersFor(cfg, 'event', { needs: [n] }).filter((r) => !always.includes(r));
  const all = reviewersFor(cfg, 'event', { needs: draft.needs });
  return (
    <fieldset class="inline-fieldset" aria-describedby={describedBy('pf-needs', errors, 'pf-needs-hint')}>
      <legend>{tr('permit.f.needs')}</legend>
      <span class="hint" id="pf-needs-hint">
        {tr('permit.f.needs.hint')}
      </span>
      <FieldError id="pf-needs" errors={errors} />
      <div class="choices stacked">
        {EVENT_NEEDS.map((n, i) => {
          const extra = added(n);
          return (
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
                <span class="hint choice-detail" data-testid={`permit-need-help-${n}`}>
                  {tr(`permit.need.${n}.help` as MessageKey)}
                  {extra.length > 0 && ` ${tr('permit.need.opinion', { departments: names(extra) })}`}
                </span>
              </span>
            </label>
          );
        })}
      </div>
      <p class="status" aria-live="polite" data-testid="permit-needs-reviewers">
        {all.length > 0 ? tr('permit.needs.reviewers', { reviewers: names(all) }) : ''}
      </p>
    </fieldset>
  );
}
