/** The requester's own part of the tracking page: their details, the private link, completing and withdrawing the request. */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { RequesterPermit } from '@tandem/shared/permits/permit-api';
import { tr } from '../../../lib/locale';
import { privateLink } from '../permit-storage';
import { useWithdraw } from './use-withdraw';
import WithdrawConfirm from './WithdrawConfirm';

interface Props {
  commune: PublicCommuneConfig;
  permit: RequesterPermit;
  privateKey: string;
  canEdit: boolean;
  canWithdraw: boolean;
  onEdit(): void;
  onChanged(p: RequesterPermit, text: string): void;
  onReload(text: string): void;
}

export default function RequesterPart({ commune, permit: p, privateKey, canEdit, canWithdraw, onEdit, onChanged, onReload }: Props) {
  const w = useWithdraw({ commune: commune.id, permit: p, privateKey, onChanged, onReload });
  const link = new URL(privateLink(commune.id, p.code, privateKey), location.origin).href;

  return (
    <section class="requester-part" aria-labelledby="permit-mine-title" data-testid="permit-requester">
      <h2 id="permit-mine-title">{tr('permit.track.mine')}</h2>
      <dl class="facts">
        <dt>{tr('permit.f.name')}</dt>
        <dd>{p.requester.name}</dd>
        {p.requester.organisation && (
          <>
            <dt>{tr('permit.f.organisation')}</dt>
            <dd>{p.requester.organisation}</dd>
          </>
        )}
        <dt>{tr('permit.f.email')}</dt>
        <dd>{p.requester.email}</dd>
        {p.requester.phone && (
          <>
            <dt>{tr('permit.f.phone')}</dt>
            <dd>{p.requester.phone}</dd>
          </>
        )}
        {p.requester.address && (
          <>
            <dt>{tr('permit.f.address')}</dt>
            <dd>{p.requester.address}</dd>
          </>
        )}
      </dl>
      <p class="hint">{tr('permit.track.privateLink')}</p>
      <p class="private-link">
        <a href={privateLink(commune.id, p.code, privateKey)} data-testid="permit-private-link">
          {link}
        </a>
      </p>
      {(canEdit || canWithdraw) && (
        <div class="button-row">
          {canEdit && (
            <button type="button" class="button" onClick={onEdit} data-testid="permit-complete">
              {tr(p.state === 'draft' ? 'permit.track.continue' : 'permit.track.complete')}
            </button>
          )}
          {canWithdraw && !w.confirming && (
            <button type="button" class="button danger" ref={w.withdrawButton} onClick={w.ask} data-testid="permit-withdraw">
              {tr('permit.track.withdraw')}
            </button>
          )}
        </div>
      )}
      {w.confirming && (
        <WithdrawConfirm
          title={w.confirmTitle}
          reason={w.reason}
          error={w.error}
          sending={w.sending}
          onReason={w.setReason}
          onYes={() => void w.withdraw()}
          onNo={w.cancel}
        />
      )}
    </section>
  );
}
