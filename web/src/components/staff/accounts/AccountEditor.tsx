/**
 * One staff account opened by an admin: its name, role and departments (PATCH), and disabling or enabling it,
 * each after a question. The admin's own account keeps its role and cannot be disabled (the API refuses it too).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { StaffAccountView } from '@tandem/shared/schemas/staff-accounts';
import { tr } from '../../../lib/locale';
import { ErrorSummary } from '../../report/form-errors';
import { useFormSubmit } from '../use-form-submit';
import { SignedOut } from '../session';
import { problemText } from '../staff-text';
import { send } from './use-accounts';
import { AccountFields, type AccountDraft, accountFieldErrors } from './AccountFields';
import ConfirmAction from '../ConfirmAction';

const F = { name: 'edit-name', role: 'edit-role', departments: 'edit-departments' } as const;

export default function AccountEditor({
  commune,
  account,
  onChanged,
  onClose,
  onSignedOut,
}: {
  commune: PublicCommuneConfig;
  account: StaffAccountView;
  /** The account as the API answered it, and what to tell the admin. */
  onChanged(account: StaffAccountView, notice: string): void;
  onClose(): void;
  onSignedOut(): void;
}) {
  const [draft, setDraft] = useState<AccountDraft>({
    displayName: account.displayName,
    role: account.role ?? 'agent',
    departments: account.departments,
  });
  const { errors, busy, summary, onSubmit } = useFormSubmit();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [account.id]);

  const path = `staff/accounts/${encodeURIComponent(account.id)}`;
  const save = async () => {
    try {
      const changed = await send<StaffAccountView>(commune.id, 'PATCH', path, account.self ? { ...draft, role: undefined } : draft);
      onChanged(changed, tr('staffAdmin.edit.saved', { name: changed.displayName }));
      return true;
    } catch (e) {
      if (e instanceof SignedOut) {
        onSignedOut();
        return false;
      }
      throw e;
    }
  };
  const toggle = (to: 'disable' | 'enable') => async () => {
    try {
      const changed = await send<StaffAccountView>(commune.id, 'POST', `${path}/${to}`);
      onChanged(changed, tr(to === 'disable' ? 'staffAdmin.disable.done' : 'staffAdmin.enable.done', { name: changed.displayName }));
      return '';
    } catch (e) {
      if (e instanceof SignedOut) {
        onSignedOut();
        return '';
      }
      return problemText(e);
    }
  };

  return (
    <section class="team-box" aria-labelledby="edit-title" data-testid="account-editor" data-id={account.id}>
      <h2 id="edit-title" tabindex={-1} ref={heading}>
        {tr('staffAdmin.edit.title', { name: account.displayName })}
      </h2>
      <p>{account.email}</p>
      {account.self && <p class="notice">{tr('staffAdmin.edit.self')}</p>}
      <form noValidate onSubmit={onSubmit(() => accountFieldErrors(draft, F), save)}>
        <ErrorSummary {...summary} order={[F.name, F.role]} prefix="edit" />
        <AccountFields
          commune={commune}
          ids={F}
          draft={draft}
          errors={errors}
          roleLocked={account.self}
          onDraft={(d) => setDraft({ ...draft, ...d })}
        />
        <div class="button-row">
          <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined} data-testid="edit-submit">
            {tr('staffAdmin.edit.submit')}
          </button>
          <button type="button" class="button secondary" onClick={onClose} data-testid="edit-close">
            {tr('staffAdmin.edit.close')}
          </button>
        </div>
      </form>
      {!account.self && (
        <p>
          {account.enabled ? (
            <ConfirmAction
              id="account-disable"
              open={tr('staffAdmin.disable.open')}
              title={tr('staffAdmin.disable.title', { name: account.displayName })}
              text={tr('staffAdmin.disable.confirm', { name: account.displayName })}
              yes={tr('staffAdmin.disable.yes')}
              no={tr('staffAdmin.disable.no')}
              onConfirm={toggle('disable')}
            />
          ) : (
            <button type="button" class="button secondary" onClick={() => void toggle('enable')()} data-testid="account-enable">
              {tr('staffAdmin.enable.open')}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
