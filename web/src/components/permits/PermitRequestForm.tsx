/**
 * The citizen's permit request, one step per screen ("Étape 2 sur 6"), for an event or an occupation of the
 * public space. Each step is checked with the shared schemas and rules before moving on; the form is kept in
 * localStorage on every change and may be saved on the server as a draft; the API's 422 answers are mapped
 * back to their step and field. The same form completes a request the commune sent back (edit mode).
 */
// Installs the Preact integration: components re-render when a signal they read (e.g. the locale) changes.
import '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { PermitsConfig } from '@tandem/shared/permits/permit-config';
import type { EventDetails, PermitKind } from '@tandem/shared/permits/permit-details';
import { brusselsDate } from '@tandem/shared/brussels-time';
import { requiredDocuments, type Bbox } from '@tandem/shared/permits/permit-rules';
import { REQUESTER_KEY_HEADER, type CreatedPermit, type RequesterPermit } from '@tandem/shared/permits/permit-api';
import { tr, initLocale, locale, type MessageKey } from '../../lib/locale';
import { apiFetch, apiPath, ApiError, NetworkError, uuid } from '../../lib/api';
import { ErrorSummary, type FieldErrors } from '../report/form-errors';
import { emptyDraft, detailsOf, requesterOf, type RequestDraft } from './request-draft';
import { checkDraft, checkShape, errorsFromApi, paramsWithCodes, errorsOfStep, fieldOrder, KIND_STEPS, STEP_FIELDS, stepOfField, type CheckContext, type StepId } from './request-checks';
import { draftStorageKey, loadJson, privateLink, rememberKey, saveJson, storedKey } from './permit-storage';
import DocumentsField from './DocumentsField';
import PermitDone from './PermitDone';
import EventStep from './steps/EventStep';
import UseStep from './steps/UseStep';
import WhenStep from './steps/WhenStep';
import WhereStep from './steps/WhereStep';
import NeedsStep from './steps/NeedsStep';
import YouStep from './steps/YouStep';
import SummaryStep from './steps/SummaryStep';
import type { StepProps } from './steps/step-props';
// This island speaks of permits: load their messages (French now, the visitor's language on demand).
import '../../lib/messages/permits';

/** Completing a request already filed, from its tracking page. */
export interface EditMode {
  permit: RequesterPermit;
  key: string;
  onDone(p: RequesterPermit): void;
  onCancel(): void;
}

interface Props {
  commune: PublicCommuneConfig;
  kind: PermitKind;
  edit?: EditMode;
  /** Edit mode: the form filled in from the request. */
  initial?: RequestDraft;
}

interface Saved {
  code: string;
  version: number;
}
interface Stored {
  v: 1;
  draft: RequestDraft;
  step: number;
  saved?: Saved;
}
interface Finished {
  code: string;
  key: string;
}

export const stepTitle = (s: StepId, kind: PermitKind): string =>
  tr((s === 'where' && kind === 'event' ? 'permit.step.where.event' : `permit.step.${s}`) as MessageKey);

export default function PermitRequestForm(props: Props) {
  const cfg = props.commune.permits;
  if (!cfg || !cfg[props.kind].enabled) {
    return (
      <p class="notice warn" data-testid="permit-unavailable">
        {tr('permit.unavailable')}
      </p>
    );
  }
  return <RequestForm {...props} cfg={cfg} />;
}

function RequestForm({ commune, kind, edit, initial, cfg }: Props & { cfg: PermitsConfig }) {
  const steps = KIND_STEPS[kind];
  const [draft, setDraft] = useState<RequestDraft>(() => initial ?? emptyDraft(kind));
  const [step, setStep] = useState(edit ? steps.length - 1 : 0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [focusKey, setFocusKey] = useState(0);
  const [general, setGeneral] = useState('');
  const [status, setStatus] = useState('');
  const [sending, setSending] = useState(false);
  const [busy, setBusy] = useState(0);
  const [saved, setSaved] = useState<Saved | undefined>(edit ? { code: edit.permit.code, version: edit.permit.version } : undefined);
  const [restored, setRestored] = useState(false);
  const [draftNote, setDraftNote] = useState<{ ok: boolean; text: string }>();
  const [message, setMessage] = useState('');
  const [finished, setFinished] = useState<Finished>();
  const [today, setToday] = useState('');
  const [ready, setReady] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);
  const postKey = useRef<string>();
  const draftPostKey = useRef<string>();
  const storageKey = draftStorageKey(commune.id, kind);
  const stepId = steps[step];
  const filedOn = edit?.permit.submittedAt ? brusselsDate(edit.permit.submittedAt) : undefined;
  const ctx: CheckContext = { cfg, bbox: commune.map.bbox as unknown as Bbox, today: today || brusselsDate(Date.now()), ...(filedOn ? { filedOn } : {}) };

  useEffect(() => {
    void initLocale();
    setToday(brusselsDate(Date.now()));
    if (!edit) {
      const s = loadJson<Stored>(storageKey);
      if (s?.v === 1 && s.draft?.kind === kind) {
        setDraft({ ...emptyDraft(kind), ...s.draft });
        setStep(Math.min(Math.max(0, s.step | 0), steps.length - 1));
        if (s.saved && storedKey(commune.id, s.saved.code)) setSaved(s.saved);
        setRestored(true);
      }
    }
    setReady(true);
  }, []);

  // Autosave on every change (not in edit mode: the request lives on the server).
  useEffect(() => {
    if (!ready || edit || finished) return;
    const pristine = JSON.stringify(draft) === JSON.stringify(emptyDraft(kind)) && !saved;
    saveJson(storageKey, pristine ? undefined : ({ v: 1, draft, step, saved } satisfies Stored));
  }, [draft, step, saved, ready, finished]);

  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, [step]);

  const clear = (ids: string[]) =>
    setErrors((e) => {
      if (!ids.some((id) => e[id])) return e;
      const next = { ...e };
      for (const id of ids) delete next[id];
      return next;
    });

  const set: StepProps['set'] = (patch, ...fields) => {
    setDraft((d) => ({ ...d, ...patch }));
    if (fields.length) clear(fields);
    setDraftNote(undefined);
  };

  const goTo = (i: number) => {
    focusHeading.current = true;
    setGeneral('');
    setStatus('');
    setStep(i);
  };

  /** Shows errors on the first step that has one (the error summary takes the focus). */
  const showErrors = (errs: FieldErrors, generalText = '') => {
    const first = Math.min(...Object.keys(errs).map((id) => stepOfField(kind, id)).filter((i) => i >= 0), steps.length - 1);
    setErrors(errs);
    setGeneral(generalText);
    if (first !== step) setStep(first);
    setFocusKey((k) => k + 1);
  };

  const withoutStep = (e: FieldErrors, s: StepId) => Object.fromEntries(Object.entries(e).filter(([id]) => !STEP_FIELDS[s].includes(id)));

  const keyFor = (code: string) => edit?.key ?? storedKey(commune.id, code);

  /** After a 409: read the current version so that the next try applies. */
  const refreshVersion = async (code: string) => {
    const key = keyFor(code);
    if (!key) return;
    try {
      const p = await apiFetch<RequesterPermit>(apiPath(commune.id, `permits/${encodeURIComponent(code)}`), { headers: { [REQUESTER_KEY_HEADER]: key } });
      setSaved({ code, version: p.version });
    } catch {
      /* the next try reports the problem */
    }
  };

  const apiFailure = (err: unknown, code?: string): string => {
    if (err instanceof ApiError) {
      if (err.status === 409) {
        if (code) void refreshVersion(code);
        return tr('permit.error.conflict');
      }
      if (err.status === 404) {
        if (code) setSaved(undefined); // the draft is gone (expired or withdrawn): the next save starts a new one
        return tr('permit.error.gone');
      }
      if (err.status === 401 || err.status === 403) return tr('permit.error.forbidden');
      if (err.status < 500) return [tr('permit.error.generic'), ...err.invalidParams.map((p) => p.reason)].join(' ');
      return tr('report.error.server');
    }
    return tr(err instanceof NetworkError ? 'report.error.network' : 'report.error.server');
  };

  /**
   * Sends the request: a PUT with its private key once it is saved on the server, else one POST (its
   * Idempotency-Key kept in `postRef` while it is retried). `updated` tells the PUT from the POST.
   */
  async function save(submit: boolean, postRef: { current: string | undefined }, extra: Record<string, string> = {}) {
    const body = { details: detailsOf(draft), requester: requesterOf(draft) };
    const savedKey = saved ? keyFor(saved.code) : undefined;
    if (saved && savedKey) {
      const res = await apiFetch<RequesterPermit>(apiPath(commune.id, `permits/${encodeURIComponent(saved.code)}`), {
        method: 'PUT',
        headers: { [REQUESTER_KEY_HEADER]: savedKey, 'Idempotency-Key': uuid() },
        body: JSON.stringify({ ...body, version: saved.version, submit, ...extra }),
      });
      return { res, key: savedKey, updated: true };
    }
    postRef.current ??= uuid();
    const res = await apiFetch<CreatedPermit>(apiPath(commune.id, 'permits'), {
      method: 'POST',
      headers: { 'Idempotency-Key': postRef.current },
      body: JSON.stringify({ kind, ...body, locale: locale.value, submit }),
    });
    postRef.current = undefined;
    rememberKey(commune.id, res.code, res.key);
    return { res, key: res.key, updated: false };
  }

  async function send() {
    const all = checkDraft(draft, ctx);
    if (Object.keys(all).length) return showErrors(all);
    setSending(true);
    setStatus(tr('permit.sending'));
    try {
      const r = await save(true, postKey, message.trim() ? { message: message.trim() } : {});
      if (r.updated && edit) {
        // A copy of this request kept by the form page on this device is now out of date.
        if (loadJson<Stored>(storageKey)?.saved?.code === r.res.code) saveJson(storageKey, undefined);
        return edit.onDone(r.res as RequesterPermit);
      }
      done({ code: r.res.code, key: r.key });
    } catch (err) {
      if (err instanceof ApiError && (err.status === 400 || err.status === 422)) {
        postKey.current = undefined; // nothing was created: the corrected form is a new request
        const { errors: fe, unplaced } = errorsFromApi(paramsWithCodes(err.problem), draft, ctx);
        if (Object.keys(fe).length) return showErrors(fe, unplaced.join(' '));
        setGeneral([tr('permit.error.generic'), ...unplaced].join(' '));
      } else setGeneral(apiFailure(err, saved?.code));
      setFocusKey((k) => k + 1);
    } finally {
      setSending(false);
      setStatus('');
    }
  }

  function done(f: Finished) {
    saveJson(storageKey, undefined);
    setFinished(f);
  }

  async function saveDraft() {
    if (sending) return;
    const shape = checkShape(draft);
    if (Object.keys(shape).length) {
      setErrors((e) => ({ ...e, ...shape }));
      const missing = [...new Set(Object.keys(shape).map((id) => stepOfField(kind, id)).filter((i) => i >= 0))].sort((a, b) => a - b);
      setDraftNote({ ok: false, text: tr('permit.draft.incomplete', { steps: missing.map((i) => `${i + 1}. ${stepTitle(steps[i], kind)}`).join(' ; ') }) });
      return;
    }
    setSending(true);
    setStatus(tr('permit.draft.saving'));
    try {
      const r = await save(false, draftPostKey);
      setSaved({ code: r.res.code, version: r.res.version });
      setDraftNote({ ok: true, text: tr('permit.draft.saved') });
    } catch (err) {
      if (err instanceof ApiError && err.status < 500 && err.status !== 409) draftPostKey.current = undefined;
      if (err instanceof ApiError && (err.status === 400 || err.status === 422)) {
        const { errors: fe, unplaced } = errorsFromApi(paramsWithCodes(err.problem), draft, ctx);
        setErrors((e) => ({ ...e, ...fe }));
        setDraftNote({ ok: false, text: [tr('permit.draft.failed'), ...Object.values(fe), ...unplaced].join(' ') });
      } else setDraftNote({ ok: false, text: apiFailure(err, saved?.code) });
    } finally {
      setSending(false);
      setStatus('');
    }
  }

  function next(ev: Event) {
    ev.preventDefault();
    if (sending) return;
    if (busy > 0) return setStatus(tr('permit.docs.wait'));
    if (stepId === 'summary') return void send();
    const mine = errorsOfStep(stepId, checkDraft(draft, ctx));
    if (Object.keys(mine).length) {
      setErrors((e) => ({ ...withoutStep(e, stepId), ...mine }));
      setGeneral('');
      setFocusKey((k) => k + 1);
      return;
    }
    setErrors((e) => withoutStep(e, stepId));
    goTo(step + 1);
  }

  function restart() {
    saveJson(storageKey, undefined);
    setDraft(emptyDraft(kind));
    setSaved(undefined);
    setErrors({});
    setGeneral('');
    setDraftNote(undefined);
    setRestored(false);
    postKey.current = undefined;
    draftPostKey.current = undefined;
    focusHeading.current = true;
    setStep(0);
    if (step === 0) requestAnimationFrame(() => heading.current?.focus());
  }

  if (finished) return <PermitDone commune={commune.id} code={finished.code} privateKey={finished.key} />;

  const stepErrors = errorsOfStep(stepId, errors);
  const stepProps: StepProps = { commune, cfg, draft, errors: stepErrors, today, set };
  const isLast = step === steps.length - 1;
  const savedKey = saved ? keyFor(saved.code) : undefined;
  const canSaveDraft = !edit || edit.permit.state === 'draft';

  return (
    <div class="permit-form" data-testid="permit-form" data-step={stepId} data-kind={kind} data-ready={ready ? 'true' : undefined}>
      {restored && (
        <div class="notice" data-testid="permit-restored">
          <p>{tr('permit.draft.restored')}</p>
          <button type="button" class="button secondary small" onClick={restart}>
            {tr('permit.draft.restart')}
          </button>
        </div>
      )}
      <form noValidate onSubmit={next} aria-labelledby="permit-step-title">
        <h2 id="permit-step-title" class="step-title" ref={heading} tabindex={-1} data-testid="permit-step-title">
          <span class="step-count">{tr('permit.step.count', { n: step + 1, total: steps.length })}</span>
          <span class="visually-hidden"> : </span>
          <span class="step-name">{stepTitle(stepId, kind)}</span>
        </h2>
        <ErrorSummary errors={stepErrors} order={fieldOrder(kind)} focusKey={focusKey} />
        {general && (
          <p class="notice error" role="alert" data-testid="form-error">
            {general}
          </p>
        )}
        {stepId === 'event' && <EventStep {...stepProps} />}
        {stepId === 'use' && <UseStep {...stepProps} />}
        {stepId === 'when' && <WhenStep {...stepProps} />}
        {stepId === 'where' && <WhereStep {...stepProps} />}
        {stepId === 'needs' && <NeedsStep {...stepProps} />}
        {stepId === 'documents' && (
          <DocumentsField
            commune={commune.id}
            attachments={draft.attachments}
            required={requiredDocuments(cfg, kind, detailsOf(draft) as Partial<EventDetails>)}
            errors={stepErrors}
            onChange={(update) => {
              setDraft((d) => ({ ...d, attachments: update(d.attachments) }));
              clear(STEP_FIELDS.documents as string[]);
            }}
            onBusy={(delta) => setBusy((b) => b + delta)}
          />
        )}
        {stepId === 'you' && <YouStep {...stepProps} />}
        {stepId === 'summary' && (
          <>
            <SummaryStep {...stepProps} onEdit={goTo} stepTitle={(s) => stepTitle(s, kind)} />
            {edit && edit.permit.state !== 'draft' && (
              <div class="field">
                <label for="pf-message">
                  {tr('permit.f.message')} <span class="hint-inline">({tr('report.optional')})</span>
                </label>
                <span class="hint" id="pf-message-hint">
                  {tr('permit.f.message.hint')}
                </span>
                <textarea id="pf-message" rows={4} maxLength={2000} value={message} aria-describedby="pf-message-hint" onInput={(e) => setMessage(e.currentTarget.value)} />
              </div>
            )}
          </>
        )}
        <div class="button-row step-nav">
          {step > 0 && (
            <button type="button" class="button secondary" onClick={() => goTo(step - 1)}>
              {tr('permit.nav.previous')}
            </button>
          )}
          <button type="submit" class="button" aria-disabled={sending ? 'true' : undefined} data-testid={isLast ? 'permit-submit' : 'permit-next'}>
            {isLast ? (sending ? tr('permit.sending') : tr(edit && edit.permit.state !== 'draft' ? 'permit.submit.again' : 'permit.submit')) : tr('permit.nav.next')}
          </button>
        </div>
        <p class="status" role="status" aria-live="polite">
          {status}
        </p>
      </form>
      <div class="draft-bar">
        {canSaveDraft && (
          <button type="button" class="button secondary small" onClick={() => void saveDraft()} data-testid="permit-save-draft">
            {tr('permit.draft.save')}
          </button>
        )}
        {edit && (
          <button type="button" class="button secondary small" onClick={edit.onCancel}>
            {tr('permit.edit.cancel')}
          </button>
        )}
        <div aria-live="polite">
          {draftNote && (
            <p class={draftNote.ok ? 'notice ok' : 'notice error'} data-testid="permit-draft-note">
              {draftNote.text}
            </p>
          )}
          {saved && savedKey && !edit && (
            <p data-testid="permit-resume">
              {tr('permit.draft.resume')}{' '}
              <a href={privateLink(commune.id, saved.code, savedKey)} data-testid="permit-resume-link">
                {new URL(privateLink(commune.id, saved.code, savedKey), location.origin).href}
              </a>
            </p>
          )}
        </div>
        {!edit && !draftNote && <p class="hint">{tr('permit.draft.local')}</p>}
      </div>
    </div>
  );
}
