/**
 * « Équipe : comptes du personnel »: every staff account with its role, departments and status, the invitation
 * form, and the editor of the account an admin opens (focus goes to it, and back to its row's button on closing).
 */
import { useRef, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { StaffAccountView } from '@tandem/shared/schemas/staff-accounts';
import { tr } from '../../../lib/locale';
import { Cell, ListTable } from '../list-table';
import { ErrorNotice } from '../page-states';
import { useFocusOn } from '../use-staff-resource';
import { departmentNames, roleLabel, statusLabel } from './account-format';
import { useAccounts } from './use-accounts';
import InviteForm from './InviteForm';
import AccountEditor from './AccountEditor';

const COLUMNS = [
  'staffAdmin.col.name',
  'staffAdmin.col.role',
  'staffAdmin.col.departments',
  'staffAdmin.col.status',
  'staffAdmin.col.actions',
] as const;

export default function AccountsPage({ commune, onSignedOut }: { commune: PublicCommuneConfig; onSignedOut(): void }) {
  const list = useAccounts(commune.id, onSignedOut);
  const [open, setOpen] = useState<string>();
  const [notice, setNotice] = useState('');
  const noticeRef = useFocusOn<HTMLParagraphElement>(notice);
  const table = useRef<HTMLDivElement>(null);
  const opened = list.accounts.find((a) => a.id === open);

  const changed = (a: StaffAccountView, text: string) => {
    list.put(a);
    setOpen(undefined);
    setNotice(text);
  };
  const close = () => {
    const id = open;
    setOpen(undefined);
    requestAnimationFrame(() => table.current?.querySelector<HTMLButtonElement>(`button[data-id="${CSS.escape(id ?? '')}"]`)?.focus());
  };

  return (
    <section aria-labelledby="accounts-title" data-testid="accounts" aria-busy={list.loading ? 'true' : undefined}>
      <h1 id="accounts-title" tabindex={-1} ref={list.heading}>
        {tr('staffAdmin.accounts.title')}
      </h1>
      <p>{tr('staffAdmin.accounts.intro')}</p>
      {notice && (
        <p class="notice ok" role="status" tabindex={-1} ref={noticeRef} data-testid="accounts-notice">
          {notice}
        </p>
      )}
      {opened ? (
        <AccountEditor key={opened.id} commune={commune} account={opened} onChanged={changed} onClose={close} onSignedOut={onSignedOut} />
      ) : (
        <InviteForm
          commune={commune}
          onInvited={(a) => {
            const again = list.accounts.some((x) => x.id === a.id);
            changed(a, tr(again ? 'staffAdmin.invite.again' : 'staffAdmin.invite.done', { email: a.email }));
          }}
          onSignedOut={onSignedOut}
        />
      )}
      <p class="status" role="status" aria-live="polite">
        {list.loading ? tr('common.loading') : list.status}
      </p>
      {list.error && <ErrorNotice message={list.error} onRetry={list.reload} />}
      {!list.loading && !list.error && list.accounts.length === 0 && <p>{tr('staffAdmin.accounts.empty')}</p>}
      {list.accounts.length > 0 && (
        <div ref={table}>
          <ListTable class="inbox accounts" testId="accounts-table" caption={tr('staffAdmin.accounts.caption')} columns={COLUMNS}>
            {list.accounts.map((a) => (
              <tr key={a.id} data-id={a.id} data-email={a.email} data-testid="account-row">
                <Cell k="staffAdmin.col.name">
                  <strong>{a.displayName}</strong> {a.self && tr('staffAdmin.you')}
                  <br />
                  {a.email}
                </Cell>
                <Cell k="staffAdmin.col.role" data-testid="account-role">
                  {roleLabel(a.role)}
                </Cell>
                <Cell k="staffAdmin.col.departments" data-testid="account-departments">
                  {departmentNames(commune, a.departments)}
                </Cell>
                <Cell k="staffAdmin.col.status" data-testid="account-status" data-enabled={String(a.enabled)} data-status={a.status}>
                  <span class={a.enabled ? undefined : 'account-status-disabled'}>{statusLabel(a)}</span>
                </Cell>
                <Cell k="staffAdmin.col.actions">
                  <button
                    type="button"
                    class="button secondary small"
                    data-id={a.id}
                    aria-expanded={open === a.id ? 'true' : 'false'}
                    onClick={() => {
                      setNotice('');
                      setOpen(a.id);
                    }}
                    data-testid="account-edit"
                  >
                    {tr('staffAdmin.edit.open')}
                    <span class="visually-hidden"> {a.displayName}</span>
                  </button>
                </Cell>
              </tr>
            ))}
          </ListTable>
        </div>
      )}
      {list.cursor && (
        <button type="button" class="button secondary" onClick={list.more} aria-disabled={list.loading ? 'true' : undefined}>
          {tr('staffAdmin.accounts.more')}
        </button>
      )}
    </section>
  );
}
