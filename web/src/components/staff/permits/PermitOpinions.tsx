/** The departments' opinions side by side: one card per reviewing department, pending or given. */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { StaffPermit } from '@tandem/shared/permits/permit-api';
import { tr, formatDate, type MessageKey } from '../../../lib/locale';
import { deptName, formatDay, reviewersOf } from './permit-format';

export default function PermitOpinions({ commune, permit }: { commune: PublicCommuneConfig; permit: StaffPermit }) {
  const opinions = permit.opinions;
  const reviewers = reviewersOf(commune, permit);
  const pending = opinions.filter((o) => o.status === 'pending').length;
  return (
    <section class="permit-section" aria-labelledby="permit-opinions-title" data-testid="permit-opinions" data-pending={pending}>
      <h2 id="permit-opinions-title">{tr('permitStaff.opinions')}</h2>
      {opinions.length === 0 ? (
        <p>
          {reviewers.length
            ? tr('permitStaff.opinions.notAsked', { departments: reviewers.map((d) => deptName(commune, d)).join(', ') })
            : tr('permitStaff.opinions.none')}
        </p>
      ) : (
        <>
          <p class="hint">
            {pending
              ? tr('permitStaff.opinions.pendingCount', { n: pending, total: opinions.length })
              : tr('permitStaff.opinions.allGiven')}
          </p>
          <ul class="opinion-cards">
            {opinions.map((o) => {
              const titleId = `opinion-${o.department}-title`;
              return (
                <li key={o.department}>
                  <article
                    class="opinion-card"
                    aria-labelledby={titleId}
                    data-testid={`opinion-${o.department}`}
                    data-status={o.status}
                    data-verdict={o.verdict}
                  >
                    <h3 id={titleId}>{deptName(commune, o.department)}</h3>
                    <p>
                      {o.status === 'given' && o.verdict ? (
                        <span class={`verdict verdict-${o.verdict}`} data-testid="opinion-verdict">
                          {tr(`permit.verdict.${o.verdict}` as MessageKey)}
                        </span>
                      ) : (
                        <strong data-testid="opinion-verdict">{tr('permitStaff.opinion.pending')}</strong>
                      )}
                      {o.status === 'pending' && o.overdue && (
                        <>
                          {' '}
                          <span class="flag-overdue" data-testid="opinion-overdue">
                            {tr('permitStaff.overdue')}
                          </span>
                        </>
                      )}
                    </p>
                    {o.text && <p class="opinion-text">{o.text}</p>}
                    <dl>
                      {o.by && (
                        <>
                          <dt>{tr('permitStaff.opinion.by')}</dt>
                          <dd>{o.by}</dd>
                        </>
                      )}
                      {o.at && (
                        <>
                          <dt>{tr('permitStaff.opinion.at')}</dt>
                          <dd>
                            <time dateTime={o.at}>{formatDate(o.at)}</time>
                          </dd>
                        </>
                      )}
                      <dt>{tr('permitStaff.opinion.due')}</dt>
                      <dd>
                        <time dateTime={o.due}>{formatDay(o.due)}</time>
                      </dd>
                    </dl>
                  </article>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
