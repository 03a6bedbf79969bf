/**
 * The « Se connecter avec itsme ou la carte d’identité » button of « Mon espace », for communes whose config has
 * `citizenFederation` (docs/citizen-federation.md): it leaves for the provider's page; the return page finishes.
 */
import { useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { ApiError } from '../../lib/api';
import { lt, tr } from '../../lib/locale';
import '../../lib/messages/citizen-federation';
import { federationUrl } from './federated-sign-in';

export default function FederatedSignIn({ commune }: { commune: PublicCommuneConfig }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const f = commune.citizenFederation;
  if (!f) return null;
  const label = f.buttonLabel ? lt(f.buttonLabel) : tr('federation.button');

  const go = async () => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      window.location.assign(await federationUrl(commune.id));
    } catch (e) {
      setBusy(false);
      setError(
        e instanceof ApiError && e.status === 404
          ? tr('federation.unavailable')
          : e instanceof ApiError && e.status === 429
            ? tr('space.tooMany')
            : tr('space.failed'),
      );
    }
  };

  return (
    <div class="space-federation" data-testid="space-federation">
      <button
        type="button"
        class="button"
        aria-describedby="space-federation-hint"
        aria-disabled={busy ? 'true' : undefined}
        onClick={() => void go()}
        data-testid="space-federation-button"
      >
        {label}
      </button>
      <p class="hint" id="space-federation-hint">
        {tr('federation.hint')}
      </p>
      {busy && <p role="status">{tr('federation.leaving')}</p>}
      {error && (
        <p class="notice warn" role="alert">
          {error}
        </p>
      )}
      <p class="space-or" aria-hidden="true">
        {tr('federation.or')}
      </p>
    </div>
  );
}
