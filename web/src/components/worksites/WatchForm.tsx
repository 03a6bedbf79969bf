/**
 * "Suivre ce chantier par e-mail": an address, then « Confirmez votre adresse e-mail » (the API answers the same for
 * every address; nothing but the confirmation mail goes out before its owner confirms).
 */
import { useState } from 'preact/hooks';
import { ApiError, apiFetch, apiPath } from '../../lib/api';
import { locale, tr } from '../../lib/locale';

export default function WatchForm({ commune, id }: { commune: string; id: string }) {
  const [email, setEmail] = useState('');
  const [state, setState] = useState<'idle' | 'sending' | 'done' | 'invalid' | 'failed'>('idle');

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) return setState('invalid');
    setState('sending');
    try {
      await apiFetch(apiPath(commune, `works/${encodeURIComponent(id)}/watchers`), {
        method: 'POST',
        body: JSON.stringify({ email: email.trim(), locale: locale.value }),
      });
      setState('done');
    } catch (err) {
      setState(err instanceof ApiError && err.status === 422 ? 'invalid' : 'failed');
    }
  };

  if (state === 'done')
    return (
      <p class="notice ok" role="status">
        {tr('works.watch.done')}
      </p>
    );
  return (
    <form onSubmit={submit} noValidate>
      <p>{tr('works.watch.intro')}</p>
      <label for="works-watch-email">{tr('works.watch.email')}</label>
      <input
        id="works-watch-email"
        type="email"
        autocomplete="email"
        value={email}
        onInput={(e) => setEmail((e.target as HTMLInputElement).value)}
        aria-invalid={state === 'invalid' ? 'true' : undefined}
        aria-describedby={state === 'invalid' ? 'works-watch-error' : undefined}
      />
      {state === 'invalid' && (
        <p id="works-watch-error" class="field-error">
          {tr('works.watch.invalid')}
        </p>
      )}
      {state === 'failed' && (
        <p class="notice warn" role="alert">
          {tr('works.watch.failed')}
        </p>
      )}
      <button type="submit" class="button primary" disabled={state === 'sending'}>
        {tr(state === 'sending' ? 'works.watch.sending' : 'works.watch.submit')}
      </button>
    </form>
  );
}
