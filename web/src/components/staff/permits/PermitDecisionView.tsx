/** The decision recorded on a request: outcome, who and when, the conditions, the message and the college's decision. */
import type { StaffPermit } from '@tandem/shared/permits/permit-api';
import { tr, formatDate } from '../../../lib/locale';
import { formatDay, permitStateLabel } from './permit-format';

export default function PermitDecisionView({ permit }: { permit: StaffPermit }) {
  const d = permit.decision;
  if (!d) return null;
  return (
    <section class="permit-section" aria-labelledby="permit-decision-title" data-testid="permit-decision" data-outcome={d.outcome}>
      <h2 id="permit-decision-title">{tr('permitStaff.decision')}</h2>
      <p>
        <strong>{permitStateLabel(d.outcome)}</strong> — <time dateTime={d.at}>{formatDate(d.at)}</time>
        {d.by && <> — {d.by}</>}
      </p>
      {d.conditions.length > 0 && (
        <>
          <h3>{tr('permitStaff.decision.conditionsList')}</h3>
          <ol class="conditions-list" data-testid="permit-conditions">
            {d.conditions.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ol>
        </>
      )}
      {d.message && <p class="pre-line">{d.message}</p>}
      {d.college && <p>{tr('permitStaff.decision.collegeDone', { date: formatDay(d.college.date), reference: d.college.reference })}</p>}
    </section>
  );
}
