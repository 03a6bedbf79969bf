/**
 * Sign-in and sign-up in one flow (docs/citizen-space.md): the e-mail address, then the code it received. Nothing
 * tells a new address from a known one: the account is created at the first code.
 */
import { useState } from 'preact/hooks';
import { CITIZEN_CODE } from '@tandem/shared/citizen/citizen-auth-transport';
import { ApiError } from '../../lib/api';
import { tr } from '../../lib/locale';
import { describedBy, ErrorSummary, FieldError, type FieldErrors } from '../report/form-errors';
import { EMAIL_RE } from '../../lib/email-pattern';
import { askCode, giveCode } from './citizen-session';
import CodeField from './CodeField';

const IDS = { email: 'space-email', code: 'space-code' };

export default function SignInForm({ commune }: { commune: string }) {
  const [email, setEmail] = useState('');
  const [code, setCode] = useState('');
  const [session, setSession] = useState<string | undefined>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const fail = (found: FieldErrors, message?: string) => {
    setErrors(found);
    setGeneral(message);
    setAttempt((n) => n + 1);
  };
  const problem = (e: unknown) => (e instanceof ApiError && e.status === 429 ? tr('space.tooMany') : tr('space.failed'));

  const start = async (ev: Event) => {
    ev.preventDefault();
    if (busy) return;
    if (!EMAIL_RE.test(email.trim())) return fail({ [IDS.email]: tr('space.email.error') });
    setBusy(true);
    try {
      setSession(await askCode(commune, email.trim()));
      setCode('');
      fail({});
    } catch (e) {
      fail({}, problem(e));
    } finally {
      setBusy(false);
    }
  };

  const verify = async (ev: Event) => {
    ev.preventDefault();
    if (busy || !session) return;
    const c = code.replace(/\s/g, '');
    if (!CITIZEN_CODE.pattern.test(c)) return fail({ [IDS.code]: tr('space.code.error') });
    setBusy(true);
    try {
      if ((await giveCode(commune, email.trim(), session, c)) === 'again') {
        setCode('');
        fail({});
      }
    } catch (e) {
      if (e instanceof ApiError && e.status === 400) fail({ [IDS.code]: tr('space.code.wrong') });
      else if (e instanceof ApiError && e.status === 401) {
        setSession(undefined);
        fail({}, tr('space.code.expired'));
      } else fail({}, problem(e));
    } finally {
      setBusy(false);
    }
  };

  if (!session) {
    return (
      <form onSubmit={start} noValidate data-testid="space-email-form">
        <ErrorSummary errors={errors} order={[IDS.email]} focusKey={attempt} general={general} />
        <div class="field">
          <label for={IDS.email}>{tr('space.email')}</label>
          <span class="hint" id={`${IDS.email}-hint`}>
            {tr('space.email.hint')}
          </span>
          <FieldError id={IDS.email} errors={errors} />
          <input
            id={IDS.email}
            type="email"
            autocomplete="email"
            value={email}
            aria-invalid={errors[IDS.email] ? 'true' : undefined}
            aria-describedby={describedBy(IDS.email, errors, `${IDS.email}-hint`)}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined} data-testid="space-send-code">
          {tr('space.send')}
        </button>
        {busy && <p role="status">{tr('space.busy')}</p>}
      </form>
    );
  }
  return (
    <form onSubmit={verify} noValidate data-testid="space-code-form">
      <ErrorSummary errors={errors} order={[IDS.code]} focusKey={attempt} general={general} />
      <CodeField
        id={IDS.code}
        label={tr('space.code')}
        hint={tr('space.code.hint', { email: email.trim(), minutes: CITIZEN_CODE.minutes })}
        errors={errors}
        value={code}
        onInput={setCode}
      />
      <div class="actions">
        <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined} data-testid="space-sign-in">
          {tr('space.signin')}
        </button>
        <button type="button" class="button secondary" onClick={() => setSession(undefined)}>
          {tr('space.otherEmail')}
        </button>
      </div>
      {busy && <p role="status">{tr('space.busy')}</p>}
    </form>
  );
}
