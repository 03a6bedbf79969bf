/**
 * The first possible date and the fee, recomputed as the person types, in a polite live region
 * (a screen reader hears the new value without losing its place).
 */
import type { PermitsConfig } from '@tandem/shared/permits/permit-config';
import type { EventDetails, OccupationDetails } from '@tandem/shared/permits/permit-details';
import { earliestStart, leadTimeOf, quoteFee } from '@tandem/shared/permits/permit-rules';
import { tr } from '../../lib/locale';
import { detailsOf, type RequestDraft } from './request-draft';
import { feeText, leadText, longDate } from './permit-format';

interface Props {
  cfg: PermitsConfig;
  draft: RequestDraft;
  /** Brussels date; empty until the page runs in the browser. */
  today: string;
  show: { earliest?: boolean; fee?: boolean };
}

export default function LiveFacts({ cfg, draft, today, show }: Props) {
  const details = detailsOf(draft) as Partial<EventDetails & OccupationDetails>;
  const quote = quoteFee(cfg, draft.kind, details);
  const earliest = today ? earliestStart(cfg, draft.kind, details, today) : '';
  const needsUse = draft.kind === 'occupation' && !draft.use;
  return (
    <div class="live-facts" aria-live="polite">
      {show.earliest && earliest && !needsUse && (
        <p data-testid="permit-earliest" data-date={earliest}>
          {tr('permit.earliest')} <strong>{longDate(earliest)}</strong>{' '}
          <span class="hint">{tr('permit.earliest.why', { lead: leadText(leadTimeOf(cfg, draft.kind, details)) })}</span>
        </p>
      )}
      {show.fee && (
        <p data-testid="permit-fee" data-cents={quote.days ? quote.amount : undefined}>
          {tr('permit.fee')}{' '}
          {quote.days ? (
            <>
              <strong>{feeText(quote.amount)}</strong>{' '}
              {quote.amount > 0 && (
                <span class="hint">
                  {draft.kind === 'occupation'
                    ? tr('permit.fee.basisOccupation', { days: quote.days, metres: quote.metres })
                    : tr('permit.fee.basisEvent', { days: quote.days })}
                </span>
              )}
            </>
          ) : quote.rule.flat === 0 && quote.rule.perDay === 0 && quote.rule.perMetrePerDay === 0 && quote.rule.minimum === 0 ? (
            <strong>{tr('permit.fee.free')}</strong>
          ) : (
            <span>{tr('permit.fee.pending')}</span>
          )}
        </p>
      )}
    </div>
  );
}
