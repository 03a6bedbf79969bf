/** Occupation, step 1: what will stand on the public space (each use with its fee and lead time). */
import type { OccupationUse } from '@tandem/shared/permits/permit-details';
import { OCCUPATION_USES } from '@tandem/shared/permits/permit-vocabulary';
import { occupationUse } from '@tandem/shared/permits/permit-kinds';
import { tr, type MessageKey } from '../../../lib/locale';
import { RadioGroup, TextField } from '../fields';
import { feeRuleText, leadText } from '../permit-format';
import type { StepProps } from './step-props';

export function enabledUses(cfg: StepProps['cfg']): OccupationUse[] {
  return OCCUPATION_USES.filter((u) => occupationUse(cfg.occupation, u).enabled);
}

export default function UseStep({ cfg, draft, errors, set }: StepProps) {
  return (
    <>
      <RadioGroup<OccupationUse>
        id="pf-use"
        legend={tr('permit.f.use')}
        options={enabledUses(cfg).map((u) => {
          const c = occupationUse(cfg.occupation, u);
          return {
            value: u,
            label: tr(`permit.use.${u}` as MessageKey),
            detail: tr('permit.f.use.detail', {
              fee: feeRuleText(c.fee),
              lead: leadText({ days: c.leadWorkingDays ?? cfg.occupation.leadWorkingDays, working: true }),
            }),
          };
        })}
        value={draft.use}
        errors={errors}
        onValue={(v) => set({ use: v }, 'pf-use', 'pf-start')}
      />
      <TextField
        id="pf-description"
        label={tr('permit.f.useDescription')}
        hint={tr('permit.f.useDescription.hint')}
        multiline
        errors={errors}
        value={draft.description}
        onValue={(v) => set({ description: v }, 'pf-description')}
      />
      <TextField
        id="pf-contractor"
        label={tr('permit.f.contractor')}
        hint={tr('permit.f.contractor.hint')}
        errors={errors}
        value={draft.contractor}
        maxLength={120}
        autocomplete="organization"
        onValue={(v) => set({ contractor: v }, 'pf-contractor')}
      />
    </>
  );
}
