/**
 * « Mon espace », signed in: the optional password (docs/citizen-space.md). The page asks whether the account has
 * one (GET auth/citizen/password, on the cookie) to offer « Choisir un mot de passe » or « Changer mon mot de
 * passe »; the rules are listed before the field and ticked off while typing; the current password is asked once
 * there is one. The e-mail code keeps working either way.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CitizenPasswordStatus } from '@tandem/shared/citizen/citizen-password';
import { unmetPasswordRules } from '@tandem/shared/password-rules';
import { ApiError } from '../../lib/api';
import { tr } from '../../lib/locale';
import '../../lib/messages/citizen-password';
import { ErrorSummary, type FieldErrors } from '../report/form-errors';
import { citizenCookieFetch } from './citizen-session';
import PasswordField from './PasswordField';
import PasswordRules from './PasswordRules';
import './citizen-password.css';

const IDS = { current: 'space-password-current', next: 'space-password-new' };

export default function PasswordSection({ commune, email }: { commune: string; email: string }) {
  const [has, setHas] = useState<boolean | undefined>();
  const [failed, setFailed] = useState(false);
  const [editing, setEditing] = useState(false);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    citizenCookieFetch<CitizenPasswordStatus>(commune, 'password', { method: 'GET' }).then(
      (s) => {
        setHas(s.hasPassword);
        setFailed(false);
      },
      () => setFailed(true),
    );
  }, [commune, email]);

  useEffect(() => {
    if (editing) document.getElementById(has ? IDS.current : IDS.next)?.focus();
  }, [editing]);

  const fail = (found: FieldErrors, message?: string) => {
    setErrors(found);
    setGeneral(message);
    setAttempt((n) => n + 1);
  };
  const close = () => {
    setEditing(false);
    setCurrent('');
    setNext('');
    setErrors({});
    setGeneral(undefined);
  };

  const submit = async (ev: Event) => {
    ev.preventDefault();
    if (busy) return;
    const found: FieldErrors = {};
    if (has && !current) found[IDS.current] = tr('password.current.error');
    if (unmetPasswordRules(next).length) found[IDS.next] = tr('password.new.error');
    if (Object.keys(found).length) return fail(found);
    setBusy(true);
    try {
      const body = JSON.stringify(has ? { password: next, currentPassword: current } : { password: next });
      const s = await citizenCookieFetch<CitizenPasswordStatus>(commune, 'password', { method: 'POST', body });
      setHas(s.hasPassword);
      close();
      setSaved(true);
    } catch (e) {
      const named = e instanceof ApiError ? e.invalidParams.map((p) => p.name) : [];
      if (e instanceof ApiError && e.status === 400 && named.includes('currentPassword')) {
        setCurrent('');
        fail({ [IDS.current]: tr('password.current.wrong') });
      } else if (e instanceof ApiError && e.status < 500 && named.includes('password')) fail({ [IDS.next]: tr('password.new.error') });
      else if (e instanceof ApiError && e.status === 401) fail({}, tr('password.expired'));
      else fail({}, tr(e instanceof ApiError && e.status === 429 ? 'space.tooMany' : 'space.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="space-password-title" class="space-password" data-testid="space-password">
      <h2 id="space-password-title">{tr('password.section.title')}</h2>
      {failed ? (
        <p class="notice warn">{tr('space.failed')}</p>
      ) : has === undefined ? (
        <p role="status">{tr('space.busy')}</p>
      ) : (
        <p data-testid="space-password-state" data-has-password={has ? 'true' : 'false'}>
          {tr(has ? 'password.section.set' : 'password.section.none')}
        </p>
      )}
      <div role="status">{saved && <p class="notice">{tr('password.saved')}</p>}</div>
      {has !== undefined && !editing && (
        <button
          type="button"
          class="button secondary"
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
          data-testid="space-password-edit"
        >
          {tr(has ? 'password.change' : 'password.choose')}
        </button>
      )}
      {editing && (
        <form onSubmit={submit} noValidate aria-labelledby="space-password-title" data-testid="space-password-form">
          <ErrorSummary
            errors={errors}
            order={[IDS.current, IDS.next]}
            focusKey={attempt}
            general={general}
            prefix="space-password"
            level={3}
          />
          {/* For password managers: the account the new password belongs to (hidden by its wrapper: the inputs' display is set). */}
          <div hidden>
            <input type="email" autocomplete="username" value={email} readOnly tabIndex={-1} aria-label={tr('space.email')} />
          </div>
          {has && (
            <PasswordField
              id={IDS.current}
              label={tr('password.current')}
              autocomplete="current-password"
              errors={errors}
              value={current}
              onInput={setCurrent}
            />
          )}
          <PasswordField
            id={IDS.next}
            label={tr('password.new')}
            autocomplete="new-password"
            errors={errors}
            value={next}
            onInput={setNext}
            hint={<PasswordRules id={`${IDS.next}-hint`} value={next} />}
          />
          <div class="actions">
            <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined} data-testid="space-password-save">
              {tr('password.save')}
            </button>
            <button type="button" class="button secondary" onClick={close}>
              {tr('password.cancel')}
            </button>
          </div>
          {busy && <p role="status">{tr('space.busy')}</p>}
        </form>
      )}
    </section>
  );
}
