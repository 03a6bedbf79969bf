/** The mails' unsubscribe link lands on the site's page with `#desabonner=<key>`: one button leaves the site (no click, no change). */
import { useState } from 'preact/hooks';
import { WORKS_UNSUBSCRIBE_FRAGMENT } from '@tandem/shared/worksites/works-paths';
import { apiFetch } from '../../lib/api';
import { tr, type MessageKey } from '../../lib/locale';

/** The key in the page's fragment (`#desabonner=<key>`): works sites' `<hash>.<secret>`, collections' `<zone>.<hash>.<secret>`. */
export function unsubscribeKeyFromUrl(pattern = /^[0-9a-f]{64}\.[A-Za-z0-9_-]{43}$/): string | undefined {
  const m = new RegExp(`[#&]${WORKS_UNSUBSCRIBE_FRAGMENT}=([^&]+)`).exec(location.hash);
  return m && pattern.test(m[1]) ? m[1] : undefined;
}

/** `path`: the DELETE that leaves; `words`: the messages' prefix (`works.unsubscribe`, `collections.unsubscribe`). */
export default function Unsubscribe({ path, words }: { path: string; words: 'works.unsubscribe' | 'collections.unsubscribe' }) {
  const w = (suffix: string) => tr(`${words}.${suffix}` as MessageKey);
  const [state, setState] = useState<'idle' | 'sending' | 'done' | 'failed'>('idle');
  const leave = async () => {
    setState('sending');
    try {
      await apiFetch(path, { method: 'DELETE' });
      setState('done');
    } catch {
      setState('failed');
    }
  };
  return (
    <section class="card" aria-labelledby="mail-unsubscribe">
      <h2 id="mail-unsubscribe">{w('title')}</h2>
      {state === 'done' ? (
        <p class="notice ok" role="status">
          {w('done')}
        </p>
      ) : (
        <>
          {state === 'failed' && (
            <p class="notice warn" role="alert">
              {w('failed')}
            </p>
          )}
          <button type="button" class="button primary" onClick={leave} disabled={state === 'sending'}>
            {w('button')}
          </button>
        </>
      )}
    </section>
  );
}
