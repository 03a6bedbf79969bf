/** When: first and last day, hours; the first possible date and the fee follow as you type. */
import type { EventDetails, OccupationDetails } from '@tandem/shared/permits/permit-details';
import { earliestStart } from '@tandem/shared/permits/permit-rules';
import { tr } from '../../../lib/locale';
import { TextField } from '../fields';
import LiveFacts from '../LiveFacts';
import { detailsOf } from '../request-draft';
import type { StepProps } from './step-props';

export default function WhenStep(props: StepProps) {
  const { cfg, draft, errors, set, today } = props;
  const min = today ? earliestStart(cfg, draft.kind, detailsOf(draft) as Partial<EventDetails & OccupationDetails>, today) : undefined;
  const dates = ['pf-start', 'pf-end', 'pf-start-time', 'pf-end-time'];
  return (
    <>
      {draft.kind === 'event' ? (
        <p class="hint">
          {tr('permit.when.eventLead', { days: cfg.event.leadDays, large: cfg.event.largeAttendance, largeDays: cfg.event.largeLeadDays })}
        </p>
      ) : (
        <p class="hint">{tr('permit.when.occupationLead', { max: cfg.occupation.maxDays })}</p>
      )}
      <LiveFacts cfg={cfg} draft={draft} today={today} show={{ earliest: true, fee: draft.kind === 'occupation' }} />
      <div class="field-pair">
        <TextField
          id="pf-start"
          type="date"
          min={min}
          label={tr('permit.f.start')}
          hint={tr('permit.f.date.hint')}
          required
          errors={errors}
          value={draft.start}
          onValue={(v) => set({ start: v }, ...dates)}
        />
        <TextField
          id="pf-start-time"
          type="time"
          label={tr('permit.f.startTime')}
          errors={errors}
          value={draft.startTime}
          onValue={(v) => set({ startTime: v }, ...dates)}
        />
      </div>
      <div class="field-pair">
        <TextField
          id="pf-end"
          type="date"
          min={draft.start || min}
          label={tr('permit.f.end')}
          hint={tr('permit.f.end.hint')}
          errors={errors}
          value={draft.end}
          onValue={(v) => set({ end: v }, ...dates)}
        />
        <TextField
          id="pf-end-time"
          type="time"
          label={tr('permit.f.endTime')}
          errors={errors}
          value={draft.endTime}
          onValue={(v) => set({ endTime: v }, ...dates)}
        />
      </div>
    </>
  );
}
