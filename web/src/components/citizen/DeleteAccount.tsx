/**
 * « Supprimer mon compte » (docs/citizen-space.md): a first button opens a plain confirmation step (what goes, what
 * stays, an offer to erase my requests' personal data too), with two big buttons; « Oui » deletes the account, and
 * the space shows the sign-in again with a word that it is done (AccountDeletedNotice).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { tr } from '../../lib/locale';
import { accountDeleted, deleteAccount } from './account-calls';

export default function DeleteAccount({ commune, email }: { commune: string; email: string }) {
  const [confirming, setConfirming] = useState(false);
  const [erase, setErase] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  useEffect(() => {
    // Focus follows the step: the question when it opens, the first button when it closes.
    if (confirming) heading.current?.focus();
    else if (opened.current) opener.current?.focus();
    opened.current = confirming;
  }, [confirming]);

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    try {
      await deleteAccount(commune, erase);
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="delete-title" class="account-section">
      <h2 id="delete-title">{tr('myAccount.delete.title')}</h2>
      <p>{tr('myAccount.delete.intro')}</p>
      {!confirming ? (
        <button type="button" class="button secondary" ref={opener} onClick={() => setConfirming(true)} data-testid="delete-start">
          {tr('myAccount.delete.start')}
        </button>
      ) : (
        <div class="delete-confirm" data-testid="delete-confirm">
          <h3 tabIndex={-1} ref={heading}>
            {tr('myAccount.delete.confirmTitle')}
          </h3>
          <ul>
            <li>{tr('myAccount.delete.point.signIn', { email })}</li>
            <li>{tr('myAccount.delete.point.requests')}</li>
            <li>{tr('myAccount.delete.point.again')}</li>
          </ul>
          <div class="choice">
            <input
              type="checkbox"
              id="delete-erase"
              checked={erase}
              aria-describedby="delete-erase-hint"
              onChange={(e) => setErase(e.currentTarget.checked)}
              data-testid="delete-erase"
            />
            <label for="delete-erase">{tr('myAccount.delete.erase')}</label>
            <span class="hint" id="delete-erase-hint">
              {tr('myAccount.delete.erase.hint')}
            </span>
          </div>
          {failed && (
            <p class="notice warn" role="alert">
              {tr('myAccount.delete.failed')}
            </p>
          )}
          <div class="actions delete-buttons">
            <button
              type="button"
              class="button danger"
              aria-disabled={busy ? 'true' : undefined}
              onClick={confirm}
              data-testid="delete-yes"
            >
              {tr('myAccount.delete.yes')}
            </button>
            <button type="button" class="button secondary" onClick={() => setConfirming(false)} data-testid="delete-no">
              {tr('myAccount.delete.no')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/** Shown on the sign-in side of the space once the account is gone. */
export function AccountDeletedNotice() {
  const done = accountDeleted.value;
  if (!done) return null;
  return (
    <p class="notice" role="status" data-testid="account-deleted">
      {tr(done === 'deleted-and-erased' ? 'myAccount.delete.doneErased' : 'myAccount.delete.done')}
    </p>
  );
}
