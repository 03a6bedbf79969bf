/** "Withdraw this request?": the optional reason, the failure if any, yes and no. */
import type { RefObject } from 'preact';
import { tr } from '../../../lib/locale';

interface Props {
  title: RefObject<HTMLHeadingElement>;
  reason: string;
  error: string;
  sending: boolean;
  onReason(text: string): void;
  onYes(): void;
  onNo(): void;
}

export default function WithdrawConfirm({ title, reason, error, sending, onReason, onYes, onNo }: Props) {
  return (
    <div class="confirm-box" data-testid="permit-withdraw-confirm">
      <h3 ref={title} tabindex={-1}>
        {tr('permit.track.withdraw.confirmTitle')}
      </h3>
      <p>{tr('permit.track.withdraw.confirmText')}</p>
      <div class="field">
        <label for="withdraw-reason">
          {tr('permit.track.withdraw.reason')} <span class="hint-inline">({tr('report.optional')})</span>
        </label>
        <textarea id="withdraw-reason" rows={3} maxLength={2000} value={reason} onInput={(e) => onReason(e.currentTarget.value)} />
      </div>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      <div class="button-row">
        <button
          type="button"
          class="button danger"
          onClick={onYes}
          aria-disabled={sending ? 'true' : undefined}
          data-testid="permit-withdraw-yes"
        >
          {tr('permit.track.withdraw.yes')}
        </button>
        <button type="button" class="button secondary" onClick={onNo}>
          {tr('permit.track.withdraw.no')}
        </button>
      </div>
    </div>
  );
}
