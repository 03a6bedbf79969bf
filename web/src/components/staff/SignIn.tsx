/** Staff sign-in against the commune's staff pool (through the API). A problem shows in the form's error summary, as in every staff form. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { tr } from '../../lib/locale';
import { ApiError } from '../../lib/api';
import { ErrorSummary } from '../report/form-errors';
import { signIn } from './session';

interface Props {
  commune: string;
  expired?: boolean;
  /** Called when a filled-in form is sent (the app may start fetching what comes after signing in). */
  onSubmit?(): void;
}

export default function SignIn({ commune, expired, onSubmit }: Props) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    if (!username.trim() || !password) {
      setError(tr('staff.signin.missing'));
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    setError('');
    onSubmit?.();
    try {
      await signIn(commune, username.trim(), password);
    } catch (err) {
      setError(err instanceof ApiError && err.status < 500 ? tr('staff.signin.error') : tr('report.error.network'));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="narrow">
      <h1 ref={heading} tabindex={-1}>
        {tr('staff.title')}
      </h1>
      {expired && <p class="notice warn">{tr('staff.expired')}</p>}
      <form onSubmit={submit} noValidate data-testid="signin-form">
        <ErrorSummary prefix="signin" errors={{}} order={[]} general={error} focusKey={attempt} />
        <div class="field">
          <label for="s-username">{tr('staff.username')}</label>
          <input
            id="s-username"
            type="email"
            autocomplete="username"
            value={username}
            onInput={(e) => setUsername(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="s-password">{tr('staff.password')}</label>
          <input
            id="s-password"
            type="password"
            autocomplete="current-password"
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
          {busy ? tr('common.loading') : tr('staff.signin')}
        </button>
      </form>
    </div>
  );
}
