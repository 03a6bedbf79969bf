/**
 * The page the identity provider sends the citizen back to (/{commune}/mon-espace/retour/, docs/citizen-federation.md):
 * it hands the code and state to the API, then goes to « Mon espace », signed in. An error (cancelled at the
 * provider, a sign-in too old, used, or begun in another browser, refused) is said plainly, with the way back.
 */
import { useEffect, useState } from 'preact/hooks';
import '@preact/signals';
import { ApiError } from '../../lib/api';
import { tr, type MessageKey } from '../../lib/locale';
import '../../lib/messages/citizen-space';
import '../../lib/messages/citizen-federation';
import { finishFederated, spacePath } from './federated-sign-in';

export default function FederationReturn({ commune }: { commune: string }) {
  const [error, setError] = useState<MessageKey | undefined>();

  useEffect(() => {
    const q = new URLSearchParams(window.location.search);
    const code = q.get('code');
    const state = q.get('state');
    // The code works once: out of the address bar and the history at once.
    window.history.replaceState(null, '', window.location.pathname);
    if (q.get('error')) return setError(q.get('error') === 'access_denied' ? 'federation.cancelled' : 'federation.refused');
    if (!code || !state) return setError('federation.expired');
    finishFederated(commune, code, state).then(
      () => window.location.replace(spacePath(commune)),
      (e) => {
        if (e instanceof ApiError && e.invalidParams.some((p) => p.name === 'email')) setError('federation.noEmail');
        else if (e instanceof ApiError && (e.status === 400 || (e.status === 401 && e.invalidParams.some((p) => p.name === 'state')))) {
          setError('federation.expired');
        } else if (e instanceof ApiError && e.status === 401) setError('federation.refused');
        else if (e instanceof ApiError && e.status === 429) setError('space.tooMany');
        else setError('space.failed');
      },
    );
  }, [commune]);

  return (
    <>
      <h1>{tr('federation.title')}</h1>
      {error ? (
        <>
          <p class="notice warn" role="alert" data-testid="federation-error">
            {tr(error)}
          </p>
          <p>
            <a class="button" href={spacePath(commune)}>
              {tr('federation.back')}
            </a>
          </p>
        </>
      ) : (
        <p role="status" data-testid="federation-returning">
          {tr('federation.returning')}
        </p>
      )}
    </>
  );
}
