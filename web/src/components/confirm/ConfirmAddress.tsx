/**
 * /{commune}/confirmer/#jeton=…: the page the confirmation mail links to. The token stays in the fragment
 * (never sent to a server in a URL, so not in logs). The visitor presses one big button: merely opening the
 * link (as mail scanners do) confirms nothing, only the POST does. Retrying is harmless (the API is idempotent).
 */
// Installs the Preact integration: components re-render when a signal they read (e.g. the locale) changes.
import '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { MAIL_CONFIRMATION_TOKEN_PATTERN, requestTrackingPath } from '@tandem/shared/entities/mail-confirmation';
import type { MailConfirmationResult } from '@tandem/shared/schemas/mail-confirmation';
import { initLocale, tr } from '../../lib/locale';
import { ApiError, apiFetch, apiPath } from '../../lib/api';
import '../../lib/messages/mail-confirmation';

type View =
  | { kind: 'ask'; token: string }
  | { kind: 'busy'; token: string }
  | { kind: 'failed'; token: string }
  | { kind: 'done'; result: MailConfirmationResult }
  | { kind: 'expired' }
  | { kind: 'unknown' };

const tokenFromHash = () => new URLSearchParams(location.hash.replace(/^#/, '')).get('jeton') ?? '';

export default function ConfirmAddress({ commune }: { commune: PublicCommuneConfig }) {
  const [view, setView] = useState<View | undefined>(undefined);
  const status = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    void initLocale();
    const token = tokenFromHash();
    setView(MAIL_CONFIRMATION_TOKEN_PATTERN.test(token) ? { kind: 'ask', token } : { kind: 'unknown' });
  }, []);
  useEffect(() => {
    if (view && view.kind !== 'ask' && view.kind !== 'busy') status.current?.focus();
  }, [view?.kind]);

  const confirm = (token: string) => {
    setView({ kind: 'busy', token });
    apiFetch<MailConfirmationResult>(apiPath(commune.id, `confirmations/${encodeURIComponent(token)}`), { method: 'POST' })
      .then((result) => setView({ kind: 'done', result }))
      .catch((e) => {
        if (e instanceof ApiError && e.status === 410) return setView({ kind: 'expired' });
        if (e instanceof ApiError && e.status === 404) return setView({ kind: 'unknown' });
        setView({ kind: 'failed', token });
      });
  };

  if (!view) return <p role="status">{tr('common.loading')}</p>;
  if (view.kind === 'done') {
    return (
      <div data-testid="mail-confirmation" data-state="done">
        <p class="notice ok" ref={status} tabindex={-1} role="status">
          {tr('mailConfirm.page.done')}
        </p>
        <a class="button" href={requestTrackingPath(commune.id, view.result.kind, view.result.code)}>
          {tr('mailConfirm.page.track')}
        </a>
      </div>
    );
  }
  if (view.kind === 'expired' || view.kind === 'unknown') {
    return (
      <p class="notice warn" ref={status} tabindex={-1} role="alert" data-testid="mail-confirmation" data-state={view.kind}>
        {tr(view.kind === 'expired' ? 'mailConfirm.page.expired' : 'mailConfirm.page.unknown')}
      </p>
    );
  }
  return (
    <div data-testid="mail-confirmation" data-state={view.kind}>
      {view.kind === 'failed' ? (
        <p class="notice error" ref={status} tabindex={-1} role="alert">
          {tr('mailConfirm.page.failed')}
        </p>
      ) : (
        <p>{tr('mailConfirm.page.intro')}</p>
      )}
      <button
        type="button"
        class="button"
        aria-disabled={view.kind === 'busy' ? 'true' : undefined}
        onClick={() => view.kind !== 'busy' && confirm(view.token)}
      >
        {view.kind === 'busy' ? tr('mailConfirm.page.busy') : tr('mailConfirm.page.button')}
      </button>
    </div>
  );
}
