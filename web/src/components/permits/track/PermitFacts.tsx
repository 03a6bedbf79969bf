/** The request's facts on its tracking page: state, kind, reference, period, place (with its map), fee, filing date. */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { tr, formatDate, type MessageKey } from '../../../lib/locale';
import PlaceMap from '../PlaceMap';
import { feeText, periodText, permitStateLabel } from '../permit-format';
import type { AnyPermit } from './tracked-permit';

export default function PermitFacts({ commune, permit: p }: { commune: PublicCommuneConfig; permit: AnyPermit }) {
  return (
    <dl class="facts">
      <dt>{tr('track.state')}</dt>
      <dd>
        <span class="state-badge" data-testid="permit-state" data-state={p.state}>
          {permitStateLabel(p.state)}
        </span>
      </dd>
      <dt>{tr('permit.track.kind')}</dt>
      <dd>{tr(`permit.kind.${p.kind}` as MessageKey)}</dd>
      {p.reference && (
        <>
          <dt>{tr('permit.track.reference')}</dt>
          <dd data-testid="permit-reference">{p.reference}</dd>
        </>
      )}
      <dt>{tr('permit.summary.period')}</dt>
      <dd>{periodText(p.period)}</dd>
      <dt>{tr('permit.track.place')}</dt>
      <dd>
        <span data-testid="permit-place">{p.place.label}</span>
        <PlaceMap commune={commune} geometry={p.place.geometry} label={p.place.label} />
      </dd>
      <dt>{tr('permit.track.fee')}</dt>
      <dd data-testid="permit-fee" data-cents={p.fee}>
        {feeText(p.fee)}
      </dd>
      {p.submittedAt && (
        <>
          <dt>{tr('permit.track.submittedAt')}</dt>
          <dd>{formatDate(p.submittedAt)}</dd>
        </>
      )}
    </dl>
  );
}
