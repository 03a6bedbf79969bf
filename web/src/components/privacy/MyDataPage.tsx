/**
 * "Mes données": with the tracking code and the e-mail address given with a report or a permit request, a copy
 * of one's data (shown, and downloadable as JSON) or its erasure, after a plain confirmation. The API answers
 * the same for an unknown code and a wrong address; so does this page.
 */
import { useEffect, useState } from 'preact/hooks';
// Re-renders the island when the language changes (tr reads a signal).
import '@preact/signals';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { ErasureResult, PersonalDataCopy } from '@tandem/shared/privacy/privacy-api';
import { normaliseTrackingCode, TRACKING_CODE_PATTERN } from '@tandem/shared/tracking-code';
import { ApiError, apiFetch, apiPath } from '../../lib/api';
import { formatDate, tr } from '../../lib/locale';
import '../../lib/messages/privacy';
import { describedBy, ErrorSummary, FieldError, type FieldErrors } from '../report/form-errors';
import { codeFromUrl } from '../track/tracking-shell';

type Outcome =
  | { kind: 'none' }
  | { kind: 'copy'; copy: PersonalDataCopy; url: string }
  | { kind: 'confirm' }
  | { kind: 'erased'; result: ErasureResult }
  | { kind: 'problem'; text: string };

const IDS = { code: 'my-data-code', email: 'my-data-email' };

export default function MyDataPage({ commune }: { commune: PublicCommuneConfig }) {
  const [code, setCode] = useState('');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });

  useEffect(() => setCode(codeFromUrl(`/${commune.id}/mes-donnees/`) ?? ''), [commune.id]);
  useEffect(() => () => void (outcome.kind === 'copy' && URL.revokeObjectURL(outcome.url)), [outcome]);

  const check = (): boolean => {
    const found: FieldErrors = {};
    if (!TRACKING_CODE_PATTERN.test(normaliseTrackingCode(code))) found[IDS.code] = tr('privacy.error.code');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) found[IDS.email] = tr('privacy.error.email');
    setErrors(found);
    setAttempt((n) => n + 1);
    return !Object.keys(found).length;
  };

  const send = async <T,>(what: 'copy' | 'erasure', done: (body: T) => Outcome) => {
    setBusy(true);
    try {
      const body = await apiFetch<T>(apiPath(commune.id, `privacy/${what}`), {
        method: 'POST',
        body: JSON.stringify({ code: normaliseTrackingCode(code), email: email.trim() }),
      });
      setOutcome(done(body));
    } catch (e) {
      setOutcome({ kind: 'problem', text: tr(e instanceof ApiError && e.status === 404 ? 'privacy.notfound' : 'privacy.failed') });
    } finally {
      setBusy(false);
    }
  };

  const copy = (e: Event) => {
    e.preventDefault();
    if (busy || !check()) return;
    void send<PersonalDataCopy>('copy', (c) => ({
      kind: 'copy',
      copy: c,
      url: URL.createObjectURL(new Blob([JSON.stringify(c, null, 2)], { type: 'application/json' })),
    }));
  };
  const askErasure = () => {
    if (!busy && check()) setOutcome({ kind: 'confirm' });
  };
  const erase = () => void send<ErasureResult>('erasure', (result) => ({ kind: 'erased', result }));

  return (
    <>
      <h1>{tr('privacy.title')}</h1>
      <p>{tr('privacy.intro')}</p>
      <p class="hint">{tr('privacy.kept', { months: commune.privacy?.retentionMonths ?? 12 })}</p>
      <p class="hint">{tr('privacy.public')}</p>
      <form onSubmit={copy} noValidate data-testid="my-data-form">
        <ErrorSummary errors={errors} order={[IDS.code, IDS.email]} focusKey={attempt} />
        <div class="field">
          <label for={IDS.code}>{tr('privacy.code')}</label>
          <span class="hint" id={`${IDS.code}-hint`}>
            {tr('privacy.code.hint')}
          </span>
          <FieldError id={IDS.code} errors={errors} />
          <input
            id={IDS.code}
            autocomplete="off"
            value={code}
            aria-invalid={errors[IDS.code] ? 'true' : undefined}
            aria-describedby={describedBy(IDS.code, errors, `${IDS.code}-hint`)}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={IDS.email}>{tr('privacy.email')}</label>
          <span class="hint" id={`${IDS.email}-hint`}>
            {tr('privacy.email.hint')}
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
        <div class="actions">
          <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined} data-testid="my-data-copy">
            {tr('privacy.copy')}
          </button>
          <button
            type="button"
            class="button secondary"
            aria-disabled={busy ? 'true' : undefined}
            onClick={askErasure}
            data-testid="my-data-erase"
          >
            {tr('privacy.erase')}
          </button>
        </div>
      </form>
      <div aria-live="polite" data-testid="my-data-outcome">
        {busy && <p role="status">{tr('privacy.busy')}</p>}
        <OutcomeView outcome={outcome} busy={busy} onErase={erase} onCancel={() => setOutcome({ kind: 'none' })} />
      </div>
    </>
  );
}

function OutcomeView({ outcome, busy, onErase, onCancel }: { outcome: Outcome; busy: boolean; onErase(): void; onCancel(): void }) {
  switch (outcome.kind) {
    case 'copy':
      return (
        <section class="notice" data-testid="my-data-copy-result">
          <p>{tr('privacy.copy.done')}</p>
          <dl class="facts">
            {Object.entries(outcome.copy.personal).map(([k, v]) => (
              <>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </>
            ))}
          </dl>
          <a class="button" href={outcome.url} download={`mes-donnees-${outcome.copy.code}.json`} data-testid="my-data-download">
            {tr('privacy.copy.download')}
          </a>
        </section>
      );
    case 'confirm':
      return (
        <section class="notice warn" role="alertdialog" aria-labelledby="my-data-confirm-q" data-testid="my-data-confirm">
          <p>{tr('privacy.erase.explain')}</p>
          <p id="my-data-confirm-q">
            <strong>{tr('privacy.erase.question')}</strong>
          </p>
          <div class="actions">
            <button
              type="button"
              class="button danger"
              aria-disabled={busy ? 'true' : undefined}
              onClick={onErase}
              data-testid="my-data-erase-confirm"
            >
              {tr('privacy.erase.confirm')}
            </button>
            <button type="button" class="button secondary" onClick={onCancel}>
              {tr('privacy.erase.cancel')}
            </button>
          </div>
        </section>
      );
    case 'erased':
      return (
        <p class="notice" role="status" data-testid="my-data-erased">
          {tr(outcome.result.alreadyErased ? 'privacy.erase.already' : 'privacy.erase.done', { date: formatDate(outcome.result.erasedAt) })}
        </p>
      );
    case 'problem':
      return (
        <p class="notice error" role="alert" data-testid="my-data-problem">
          {outcome.text}
        </p>
      );
    default:
      return null;
  }
}
