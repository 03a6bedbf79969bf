/** The mails' unsubscribe link lands on the site's page with `#desabonner=<key>`: one button leaves the site (no click, no change). */
import { useState } from 'preact/hooks';
import { WORKS_UNSUBSCRIBE_FRAGMENT } from '@tandem/shared/worksites/works-paths';
import { apiFetch, apiPath } from '../../lib/api';
import { tr } from '../../lib/locale';

export function unsubscribeKeyFromUrl(): string | undefined {
  const m = new RegExp(`[#&]${WORKS_UNSUBSCRIBE_FRAGMENT}=([0-9a-f]{64}\\.[A-Za-z0-9_-]{43})`).exec(location.hash);
  return m?.[1];
}

export default function Unsubscribe({ commune, id, unsubscribeKey }: { commune: string; id: string; unsubscribeKey: string }) {
  const [state, setState] = useState<'idle' | 'sending' | 'done' | 'failed'>('idle');
  const leave = async () => {
    setState('sending');
    try {
      await apiFetch(apiPath(commune, `works/${encodeURIComponent(id)}/watchers/${unsubscribeKey}`), { method: 'DELETE' });
      setState('done');
    } catch {
      setState('failed');
    }
  };
  return (
    <section class="card" aria-labelledby="works-unsubscribe">
      <h2 id="works-unsubscribe">{tr('works.unsubscribe.title')}</h2>
      {state === 'done' ? (
        <p class="notice ok" role="status">
          {tr('works.unsubscribe.done')}
        </p>
      ) : (
        <>
          {state === 'failed' && (
            <p class="notice warn" role="alert">
              {tr('works.unsubscribe.failed')}
            </p>
          )}
          <button type="button" class="button primary" onClick={leave} disabled={state === 'sending'}>
            {tr('works.unsubscribe.button')}
          </button>
        </>
      )}
    </section>
  );
}
