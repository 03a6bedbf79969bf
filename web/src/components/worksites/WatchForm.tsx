/**
 * "Suivre ce chantier par e-mail" (and the collections' evening reminder): an address, then « Confirmez votre adresse
 * e-mail » (the API answers the same for every address; nothing but the confirmation mail goes out before its owner
 * confirms). `words` is the messages' prefix (`works.watch`, `collections.remind`): each defines the same suffixes.
 */
import { useState } from 'preact/hooks';
import { ApiError, apiFetch } from '../../lib/api';
import { locale, tr, type MessageKey } from '../../lib/locale';

export type SignUpWords = 'works.watch' | 'collections.remind';

export default function WatchForm({ path, body = {}, words }: { path: string; body?: Record<string, string>; words: SignUpWords }) {
  const w = (suffix: string) => tr(`${words}.${suffix}` as MessageKey);
  const field = `${words.replace('.', '-')}-email`;
  const [email, setEmail] = useState('');
  const [state, setState] = useState<'idle' | 'sending' | 'done' | 'invalid' | 'failed'>('idle');

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) return setState('invalid');
    setState('sending');
    try {
      await apiFetch(path, {
        method: 'POST',
        body: JSON.stringify({ ...body, email: email.trim(), locale: locale.value }),
      });
      setState('done');
    } catch (err) {
      setState(err instanceof ApiError && err.status === 422 ? 'invalid' : 'failed');
    }
  };

  if (state === 'done')
    return (
      <p class="notice ok" role="status">
        {w('done')}
      </p>
    );
  return (
    <form onSubmit={submit} noValidate>
      <p>{w('intro')}</p>
      <label for={field}>{w('email')}</label>
      <input
        id={field}
        type="email"
        autocomplete="email"
        value={email}
        onInput={(e) => setEmail((e.target as HTMLInputElement).value)}
        aria-invalid={state === 'invalid' ? 'true' : undefined}
        aria-describedby={state === 'invalid' ? `${field}-error` : undefined}
      />
      {state === 'invalid' && (
        <p id={`${field}-error`} class="field-error">
          {w('invalid')}
        </p>
      )}
      {state === 'failed' && (
        <p class="notice warn" role="alert">
          {w('failed')}
        </p>
      )}
      <button type="submit" class="button primary" disabled={state === 'sending'}>
        {w(state === 'sending' ? 'sending' : 'submit')}
      </button>
    </form>
  );
}
