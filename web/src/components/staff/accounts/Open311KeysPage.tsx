/**
 * « Équipe : clés Open311 »: the keys in service (application, date), issuing one (its key shown once, see
 * IssuedKey) and revoking one after a question. The API is functions/src/staff/open311-keys.ts (admins only).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { Open311KeyInput, type IssuedOpen311Key, type Open311KeyView } from '@tandem/shared/schemas/open311-keys';
import { formatDate, tr } from '../../../lib/locale';
import { TextField } from '../../permits/fields';
import { ErrorSummary, type FieldErrors } from '../../report/form-errors';
import { Cell, ListTable } from '../list-table';
import { ErrorNotice } from '../page-states';
import { SignedOut, staffFetch } from '../session';
import { loadFailureText, problemText } from '../staff-text';
import { useFormSubmit } from '../use-form-submit';
import { useFocusOn } from '../use-staff-resource';
import { send } from './use-accounts';
import ConfirmAction from '../ConfirmAction';
import IssuedKey from './IssuedKey';

const APPLICATION = 'key-application';
const COLUMNS = ['staffAdmin.keys.col.application', 'staffAdmin.keys.col.created', 'staffAdmin.keys.col.actions'] as const;

export default function Open311KeysPage({ commune, onSignedOut }: { commune: string; onSignedOut(): void }) {
  const [keys, setKeys] = useState<Open311KeyView[]>();
  const [error, setError] = useState('');
  const [issued, setIssued] = useState<IssuedOpen311Key>();
  const [application, setApplication] = useState('');
  const [notice, setNotice] = useState('');
  const noticeRef = useFocusOn<HTMLParagraphElement>(notice);
  const heading = useRef<HTMLHeadingElement>(null);
  const { errors, busy, summary, onSubmit } = useFormSubmit();

  const load = async () => {
    setError('');
    try {
      setKeys((await staffFetch<{ keys: Open311KeyView[] }>(commune, 'staff/open311/keys')).keys);
      return true;
    } catch (e) {
      if (e instanceof SignedOut) onSignedOut();
      else setError(loadFailureText(e));
      return false;
    }
  };
  useEffect(() => {
    void load().then((ok) => ok && heading.current?.focus());
  }, [commune]);

  const check = (): FieldErrors =>
    Open311KeyInput.safeParse({ application }).success ? {} : { [APPLICATION]: tr('staffAdmin.keys.err.application') };
  const issue = async () => {
    try {
      const key = await send<IssuedOpen311Key>(commune, 'POST', 'staff/open311/keys', { application });
      setNotice('');
      setIssued(key);
      setKeys((had) => [...(had ?? []), { id: key.id, application: key.application, createdAt: key.createdAt, createdBy: key.createdBy }]);
      return true;
    } catch (e) {
      if (e instanceof SignedOut) {
        onSignedOut();
        return false;
      }
      throw e;
    }
  };
  const revoke = (k: Open311KeyView) => async () => {
    try {
      await send<unknown>(commune, 'DELETE', `staff/open311/keys/${encodeURIComponent(k.id)}`);
      setKeys((had) => had?.filter((x) => x.id !== k.id));
      if (issued?.id === k.id) setIssued(undefined);
      setNotice(tr('staffAdmin.keys.revoked', { application: k.application }));
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
    <section aria-labelledby="keys-title" data-testid="open311-keys" aria-busy={keys === undefined && !error ? 'true' : undefined}>
      <h1 id="keys-title" tabindex={-1} ref={heading}>
        {tr('staffAdmin.keys.title')}
      </h1>
      <p>{tr('staffAdmin.keys.intro')}</p>
      {notice && (
        <p class="notice ok" role="status" tabindex={-1} ref={noticeRef} data-testid="keys-notice">
          {notice}
        </p>
      )}
      {issued && <IssuedKey issued={issued} onHide={() => setIssued(undefined)} />}
      <section class="team-box" aria-labelledby="issue-title" data-testid="issue-key">
        <h2 id="issue-title">{tr('staffAdmin.keys.issue.title')}</h2>
        <form noValidate onSubmit={onSubmit(check, issue, () => setApplication(''))}>
          <ErrorSummary {...summary} order={[APPLICATION]} prefix="issue" />
          <TextField
            id={APPLICATION}
            label={tr('staffAdmin.keys.f.application')}
            hint={tr('staffAdmin.keys.f.application.hint')}
            required
            maxLength={80}
            autocomplete="off"
            errors={errors}
            value={application}
            onValue={setApplication}
          />
          <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined} data-testid="issue-key-submit">
            {tr('staffAdmin.keys.issue.submit')}
          </button>
        </form>
      </section>
      <p class="status" role="status" aria-live="polite">
        {keys === undefined ? (error ? '' : tr('common.loading')) : tr('staffAdmin.keys.count', { n: keys.length })}
      </p>
      {error && <ErrorNotice message={error} onRetry={() => void load()} />}
      {keys?.length === 0 && <p data-testid="keys-empty">{tr('staffAdmin.keys.empty')}</p>}
      {keys && keys.length > 0 && (
        <ListTable class="inbox keys" testId="keys-table" caption={tr('staffAdmin.keys.caption')} columns={COLUMNS}>
          {keys.map((k) => (
            <tr key={k.id} data-id={k.id} data-testid="key-row">
              <Cell k="staffAdmin.keys.col.application">{k.application}</Cell>
              <Cell k="staffAdmin.keys.col.created">{formatDate(k.createdAt)}</Cell>
              <Cell k="staffAdmin.keys.col.actions">
                <ConfirmAction
                  id={`key-revoke-${k.id}`}
                  open={tr('staffAdmin.keys.revoke.open')}
                  title={tr('staffAdmin.keys.revoke.title', { application: k.application })}
                  text={tr('staffAdmin.keys.revoke.confirm')}
                  yes={tr('staffAdmin.keys.revoke.yes')}
                  no={tr('staffAdmin.keys.revoke.no')}
                  onConfirm={revoke(k)}
                />
              </Cell>
            </tr>
          ))}
        </ListTable>
      )}
    </section>
  );
}
