/**
 * The permit request form's state and flow: the draft as typed, the current step, moving on only when the
 * step is right (shared schemas and rules), sending it, saving it as a draft, starting again. The API's 422
 * answers are mapped back to their step and field. The rest of the form (its later steps, the checks with zod
 * and the schemas, the citizen's session: load-form-rest.ts) is fetched as soon as the person uses the form
 * (`prepare`), and waited for when a step is checked.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { PermitsConfig } from '@tandem/shared/permits/permit-config';
import type { PermitKind } from '@tandem/shared/permits/permit-details';
import type { RequesterPermit } from '@tandem/shared/permits/permit-api';
import { brusselsDate } from '@tandem/shared/brussels-time';
import { tr, locale } from '../../lib/locale';
import { ApiError, uuid } from '../../lib/api';
import type { FieldErrors } from '../report/form-errors';
import { useFieldErrors } from '../report/use-field-errors';
import { detailsOf, emptyDraft, requesterOf, type RequestDraft } from './request-draft';
import type { CheckContext } from './request-checks';
import { loadFormRest, type FormRest } from './load-form-rest';
import { errorsOfStep, KIND_STEPS, STEP_FIELDS, stepOfField, type StepId } from './request-steps';
import { stepTitle } from './steps/step-title';
import type { StepProps } from './steps/step-props';
import { useRequestSave, type EditMode } from './use-request-save';
import { useStoredRequest } from './use-stored-request';
import type { CounterFiling } from '../counter-filing';
import type { CounterFiled } from '@tandem/shared/counter/counter-api';

/** The request once filed: its code and private key. */
export interface Finished {
  code: string;
  key: string;
}

interface Options {
  commune: PublicCommuneConfig;
  kind: PermitKind;
  edit?: EditMode;
  initial?: RequestDraft;
  cfg: PermitsConfig;
  /** Filed at the counter by an agent (docs/counter.md): no copy on this (shared) device, no draft, the staff route. */
  counter?: CounterFiling;
}

export function useRequestForm({ commune, kind, edit, initial, cfg, counter }: Options) {
  const steps = KIND_STEPS[kind];
  const [draft, setDraft] = useState<RequestDraft>(() => initial ?? emptyDraft(kind));
  /** The rest of the form (later steps, checks, done screen, citizen's session), once fetched. */
  const [rest, setRest] = useState<FormRest>();
  // Signed in (« Mon espace »): fill in what the account knows, without overwriting what was typed (the
  // session comes with the rest of the form; its fields are on a later step).
  useEffect(() => {
    if (edit || !rest) return;
    void rest.citizen.restoreCitizen(commune.id).then((s) => {
      if (!s) return;
      setDraft((d) => ({ ...d, email: d.email || s.email, name: d.name || (s.name ?? ''), phone: d.phone || (s.phone ?? '') }));
    });
  }, [commune.id, rest]);
  const [step, setStep] = useState(edit ? steps.length - 1 : 0);
  const { errors, setErrors, general, setGeneral, focusKey, clear, refocus } = useFieldErrors();
  const [status, setStatus] = useState('');
  const [sending, setSending] = useState(false);
  const [busy, setBusy] = useState(0);
  const [draftNote, setDraftNote] = useState<{ ok: boolean; text: string }>();
  const [message, setMessage] = useState('');
  const [finished, setFinished] = useState<Finished>();
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);
  /** A check (with its fetch of the checks) is under way: a second click waits for nothing. */
  const checking = useRef(false);
  const server = useRequestSave(commune, kind, edit);
  const { saved, setSaved, postKey, draftPostKey, apiFailure, save } = server;
  const stored = useStoredRequest({
    commune: commune.id,
    kind,
    // At the counter the device is shared: no citizen's request is kept in its storage.
    editing: Boolean(edit) || Boolean(counter),
    stepCount: steps.length,
    draft,
    step,
    saved,
    finished: Boolean(finished),
    restore: (s) => {
      setDraft(s.draft);
      setStep(s.step);
      if (s.saved) setSaved(s.saved);
    },
  });
  const { today } = stored;
  const stepId = steps[step];
  const filedOn = edit?.permit.submittedAt ? brusselsDate(edit.permit.submittedAt) : undefined;
  const ctx: CheckContext = {
    cfg,
    area: commune.map.boundary,
    centre: commune.map.center,
    today: today || brusselsDate(Date.now()),
    ...(filedOn ? { filedOn } : {}),
    ...(counter ? { counter: true } : {}),
  };

  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, [step]);

  const set: StepProps['set'] = (patch, ...fields) => {
    setDraft((d) => ({ ...d, ...patch }));
    if (fields.length) clear(...fields);
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
    const first = Math.min(
      ...Object.keys(errs)
        .map((id) => stepOfField(kind, id))
        .filter((i) => i >= 0),
      steps.length - 1,
    );
    setErrors(errs);
    setGeneral(generalText);
    if (first !== step) setStep(first);
    refocus();
  };

  const withoutStep = (e: FieldErrors, s: StepId) => Object.fromEntries(Object.entries(e).filter(([id]) => !STEP_FIELDS[s].includes(id)));

  /** Starts fetching the rest of the form (the person is using it): it is likely there when a step is checked. */
  const prepare = () => void loadFormRest().then(setRest, () => undefined);

  // Opened past its first step (a draft restored there, a request being completed): the rest at once.
  useEffect(() => {
    if (step === 0 || rest) return;
    loadFormRest().then(setRest, (err) => setGeneral(apiFailure(err)));
  }, [step]);

  /** Runs `then` with the checks, once the rest of the form is here; one at a time. A failed fetch says so above the form. */
  async function withChecks(then: (checks: FormRest['checks']) => void | Promise<void>) {
    if (checking.current) return;
    checking.current = true;
    try {
      let fetched: FormRest;
      try {
        fetched = await loadFormRest();
      } catch (err) {
        setGeneral(apiFailure(err));
        refocus();
        return;
      }
      setRest(fetched);
      await then(fetched.checks);
    } finally {
      checking.current = false;
    }
  }

  async function send({ checkDraft, errorsFromApi, paramsWithCodes }: FormRest['checks']) {
    const all = checkDraft(draft, ctx);
    if (Object.keys(all).length) return showErrors(all);
    setSending(true);
    setStatus(tr('permit.sending'));
    try {
      if (counter) {
        postKey.current ??= uuid();
        const body = {
          kind,
          details: detailsOf(draft),
          requester: requesterOf(draft, true),
          locale: locale.value,
          channel: counter.channel,
        };
        const filed = await counter.post<CounterFiled>('staff/counter/permits', body, postKey.current);
        postKey.current = undefined;
        return counter.onFiled(filed, draft.kind === 'event' ? draft.title.trim() : tr(`permit.use.${draft.use}` as never));
      }
      const r = await save(draft, true, postKey, message.trim() ? { message: message.trim() } : {});
      if (r.updated && edit) {
        // A copy of this request kept by the form page on this device is now out of date.
        stored.forgetIfSaved(r.res.code);
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
      refocus();
    } finally {
      setSending(false);
      setStatus('');
    }
  }

  function done(f: Finished) {
    stored.forget();
    setFinished(f);
  }

  function saveDraft() {
    if (sending) return Promise.resolve();
    return withChecks(saveDraftWith);
  }

  async function saveDraftWith({ checkShape, errorsFromApi, paramsWithCodes }: FormRest['checks']) {
    const shape = checkShape(draft);
    if (Object.keys(shape).length) {
      setErrors((e) => ({ ...e, ...shape }));
      const missing = [
        ...new Set(
          Object.keys(shape)
            .map((id) => stepOfField(kind, id))
            .filter((i) => i >= 0),
        ),
      ].sort((a, b) => a - b);
      setDraftNote({
        ok: false,
        text: tr('permit.draft.incomplete', { steps: missing.map((i) => `${i + 1}. ${stepTitle(steps[i], kind)}`).join(' ; ') }),
      });
      return;
    }
    setSending(true);
    setStatus(tr('permit.draft.saving'));
    try {
      const r = await save(draft, false, draftPostKey);
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
    if (stepId === 'summary') return void withChecks(send);
    void withChecks(({ checkDraft }) => {
      const mine = errorsOfStep(stepId, checkDraft(draft, ctx));
      if (Object.keys(mine).length) {
        setErrors((e) => ({ ...withoutStep(e, stepId), ...mine }));
        setGeneral('');
        refocus();
        return;
      }
      setErrors((e) => withoutStep(e, stepId));
      goTo(step + 1);
    });
  }

  function restart() {
    stored.forget();
    setDraft(emptyDraft(kind));
    setSaved(undefined);
    setErrors({});
    setGeneral('');
    setDraftNote(undefined);
    stored.setRestored(false);
    server.forgetPosts();
    focusHeading.current = true;
    setStep(0);
    if (step === 0) requestAnimationFrame(() => heading.current?.focus());
  }

  /** The documents step changes the attachments itself (uploads), and tells how many are still uploading. */
  const documents = {
    onChange: (update: (a: RequestDraft['attachments']) => RequestDraft['attachments']) => {
      setDraft((d) => ({ ...d, attachments: update(d.attachments) }));
      clear(...STEP_FIELDS.documents);
    },
    onBusy: (delta: number) => setBusy((b) => b + delta),
  };

  return {
    steps,
    step,
    stepId,
    draft,
    set,
    errors,
    general,
    focusKey,
    status,
    sending,
    draftNote,
    message,
    setMessage,
    finished,
    today,
    // Live, with the current step's fields shown (a later step's once fetched).
    ready: stored.ready && (step === 0 || Boolean(rest)),
    restored: stored.restored,
    saved,
    savedKey: saved ? server.keyFor(saved.code) : undefined,
    heading,
    goTo,
    next,
    prepare,
    rest,
    saveDraft,
    restart,
    documents,
  };
}
