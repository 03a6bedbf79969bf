/**
 * The second way into « Mon espace », for those who chose a password (the e-mail code stays the default, above it):
 * the address and the password → signed in, as with a code. One message for a wrong password and an unknown
 * address, as the API answers (docs/citizen-space.md).
 */
import { useState } from 'preact/hooks';
import { ApiError } from '../../lib/api';
import { tr } from '../../lib/locale';
import '../../lib/messages/citizen-password';
import { describedBy, ErrorSummary, FieldError, type FieldErrors } from '../report/form-errors';
import { EMAIL_RE } from '../../lib/email-pattern';
import { givePassword } from './citizen-session';
import PasswordField from './PasswordField';
import './citizen-password.css';

const IDS = { email: 'password-sign-in-email', password: 'password-sign-in-password' };

export default function PasswordSignIn({ commune }: { commune: string }) {
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const fail = (found: FieldErrors, message?: string) => {
    setErrors(found);
    setGeneral(message);
    setAttempt((n) => n + 1);
  };

  const submit = async (ev: Event) => {
    ev.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    if (!EMAIL_RE.test(email.trim())) found[IDS.email] = tr('space.email.error');
    if (!password) found[IDS.password] = tr('password.field.error');
    if (Object.keys(found).length) return fail(found);
    setBusy(true);
    try {
      await givePassword(commune, email.trim(), password);
    } catch (e) {
      setPassword('');
      if (e instanceof ApiError && e.status === 401) fail({}, tr('password.signIn.wrong'));
      else fail({}, tr(e instanceof ApiError && e.status === 429 ? 'space.tooMany' : 'space.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="password-sign-in">
      <button
        type="button"
        class="button secondary"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls="password-sign-in"
        onClick={() => setOpen((o) => !o)}
        data-testid="space-password-open"
      >
        {tr('password.signIn.open')}
      </button>
      <div id="password-sign-in" hidden={!open}>
        {open && (
          <form onSubmit={submit} noValidate aria-labelledby="password-sign-in-title" data-testid="space-password-sign-in-form">
            <h2 id="password-sign-in-title">{tr('password.signIn.title')}</h2>
            <p>{tr('password.signIn.intro')}</p>
            <ErrorSummary
              errors={errors}
              order={[IDS.email, IDS.password]}
              focusKey={attempt}
              general={general}
              prefix="password-sign-in"
            />
            <div class="field">
              <label for={IDS.email}>{tr('space.email')}</label>
              <FieldError id={IDS.email} errors={errors} />
              <input
                id={IDS.email}
                type="email"
                autocomplete="username"
                value={email}
                aria-invalid={errors[IDS.email] ? 'true' : undefined}
                aria-describedby={describedBy(IDS.email, errors)}
                onInput={(e) => setEmail(e.currentTarget.value)}
              />
            </div>
            <PasswordField
              id={IDS.password}
              label={tr('password.field')}
              autocomplete="current-password"
              errors={errors}
              value={password}
              onInput={setPassword}
            />
            <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined} data-testid="space-password-sign-in">
              {tr('password.signIn.submit')}
            </button>
            {busy && <p role="status">{tr('space.busy')}</p>}
          </form>
        )}
      </div>
    </div>
  );
}
