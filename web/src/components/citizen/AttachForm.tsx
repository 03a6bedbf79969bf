/**
 * Attaching a request made before the account existed: its tracking code, then the code mailed to the address it
 * was filed with (the same answer whether or not that is the account's address: nothing about the request leaks).
 */
import { useState } from 'preact/hooks';
import type { AttachCodeSent } from '@tandem/shared/citizen/citizen-api';
import { CITIZEN_CODE } from '@tandem/shared/citizen/citizen-auth-transport';
import { normaliseTrackingCode, TRACKING_CODE_PATTERN } from '@tandem/shared/tracking-code';
import { ApiError } from '../../lib/api';
import { tr } from '../../lib/locale';
import { describedBy, ErrorSummary, FieldError, type FieldErrors } from '../report/form-errors';
import { citizenFetch } from './citizen-session';
import CodeField from './CodeField';

const IDS = { tracking: 'attach-tracking', code: 'attach-code' };

export default function AttachForm({ commune, onAttached }: { commune: string; onAttached(code: string): void }) {
  const [tracking, setTracking] = useState('');
  const [code, setCode] = useState('');
  const [session, setSession] = useState<string | undefined>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | undefined>();

  const fail = (found: FieldErrors, message?: string) => {
    setErrors(found);
    setGeneral(message);
    setAttempt((n) => n + 1);
  };
  const post = <T,>(rest: string, body: unknown) => citizenFetch<T>(commune, rest, { method: 'POST', body: JSON.stringify(body) });

  const start = async (ev: Event) => {
    ev.preventDefault();
    const t = normaliseTrackingCode(tracking);
    if (busy) return;
    if (!TRACKING_CODE_PATTERN.test(t)) return fail({ [IDS.tracking]: tr('space.attach.code.error') });
    setBusy(true);
    try {
      setSession((await post<AttachCodeSent>('me/attach', { code: t })).session);
      setDone(undefined);
      fail({});
    } catch (e) {
      fail({}, tr(e instanceof ApiError && e.status === 429 ? 'space.tooMany' : 'space.failed'));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (ev: Event) => {
    ev.preventDefault();
    const c = code.replace(/\s/g, '');
    if (busy || !session) return;
    if (!CITIZEN_CODE.pattern.test(c)) return fail({ [IDS.code]: tr('space.code.error') });
    setBusy(true);
    try {
      const r = await post<{ code: string }>('me/attach/confirm', { session, code: c });
      setSession(undefined);
      setTracking('');
      setCode('');
      setDone(r.code);
      fail({});
      onAttached(r.code);
    } catch (e) {
      if (e instanceof ApiError && e.status === 400) fail({ [IDS.code]: tr('space.code.wrong') });
      else if (e instanceof ApiError && e.status === 401) {
        setSession(undefined);
        fail({}, tr('space.code.expired'));
      } else fail({}, tr('space.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="attach-title">
      <h2 id="attach-title">{tr('space.attach.title')}</h2>
      <p>{tr('space.attach.intro')}</p>
      {done && (
        <p class="notice" role="status" data-testid="attach-done">
          {tr('space.attach.done', { code: done })}
        </p>
      )}
      {!session ? (
        <form onSubmit={start} noValidate data-testid="attach-form">
          <ErrorSummary errors={errors} order={[IDS.tracking]} focusKey={attempt} general={general} prefix="attach" level={3} />
          <div class="field">
            <label for={IDS.tracking}>{tr('space.attach.code')}</label>
            <span class="hint" id={`${IDS.tracking}-hint`}>
              {tr('space.attach.code.hint')}
            </span>
            <FieldError id={IDS.tracking} errors={errors} />
            <input
              id={IDS.tracking}
              autocomplete="off"
              value={tracking}
              aria-invalid={errors[IDS.tracking] ? 'true' : undefined}
              aria-describedby={describedBy(IDS.tracking, errors, `${IDS.tracking}-hint`)}
              onInput={(e) => setTracking(e.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button secondary" aria-disabled={busy ? 'true' : undefined} data-testid="attach-send">
            {tr('space.attach.send')}
          </button>
        </form>
      ) : (
        <form onSubmit={confirm} noValidate data-testid="attach-code-form">
          <ErrorSummary errors={errors} order={[IDS.code]} focusKey={attempt} general={general} prefix="attach" level={3} />
          <p role="status">{tr('space.attach.sent')}</p>
          <CodeField id={IDS.code} label={tr('space.attach.mailCode')} errors={errors} value={code} onInput={setCode} />
          <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined} data-testid="attach-confirm">
            {tr('space.attach.confirm')}
          </button>
        </form>
      )}
    </section>
  );
}
