/**
 * The citizen's permit request, one step per screen ("Étape 2 sur 6"), for an event or an occupation of the
 * public space. Each step is checked with the shared schemas and rules before moving on (fetched with the later
 * steps once the person starts using the form: load-form-rest.ts); the form is kept in
 * localStorage on every change and may be saved on the server as a draft; the API's 422 answers are mapped
 * back to their step and field. The same form completes a request the commune sent back (edit mode).
 * The state and flow are in use-request-form (server calls in use-request-save, the copy on this device in
 * use-stored-request); the step's fields in RequestStep; the draft bar in DraftBar.
 */
// Installs the Preact integration: components re-render when a signal they read (e.g. the locale) changes.
// First: zod must know before any schema is built that this page's CSP refuses eval.
import '../../lib/zod-without-eval';
import '@preact/signals';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { PermitsConfig } from '@tandem/shared/permits/permit-config';
import type { PermitKind } from '@tandem/shared/permits/permit-details';
import { tr } from '../../lib/locale';
import { ErrorSummary } from '../report/form-errors';
import type { RequestDraft } from './request-draft';
import { errorsOfStep, fieldOrder } from './request-steps';
import { stepTitle } from './steps/step-title';
import type { StepProps } from './steps/step-props';
import type { EditMode } from './use-request-save';
import { useRequestForm } from './use-request-form';
import DraftBar from './DraftBar';
import RequestStep from './RequestStep';
import type { CounterFiling } from '../counter-filing';
// This island speaks of permits: load their messages (French now, the visitor's language on demand).
import '../../lib/messages/permits';

export type { EditMode } from './use-request-save';

interface Props {
  commune: PublicCommuneConfig;
  kind: PermitKind;
  edit?: EditMode;
  /** Edit mode: the form filled in from the request. */
  initial?: RequestDraft;
  /** Filed at the counter by an agent (docs/counter.md): the e-mail optional, no draft, the receipt after. */
  counter?: CounterFiling;
}

export default function PermitRequestForm(props: Props) {
  const cfg = props.commune.permits;
  if (!cfg?.[props.kind].enabled) {
    return (
      <p class="notice warn" data-testid="permit-unavailable">
        {tr('permit.unavailable')}
      </p>
    );
  }
  return <RequestForm {...props} cfg={cfg} />;
}

function RequestForm({ commune, kind, edit, initial, cfg, counter }: Props & { cfg: PermitsConfig }) {
  const f = useRequestForm({ commune, kind, edit, initial, cfg, counter });
  const { steps, step, stepId } = f;

  // Filed: the rest of the form (its done screen) was fetched before anything was sent.
  if (f.finished && f.rest) return <f.rest.PermitDone commune={commune.id} code={f.finished.code} privateKey={f.finished.key} />;

  const stepErrors = errorsOfStep(stepId, f.errors);
  const stepProps: StepProps = { commune, cfg, draft: f.draft, errors: stepErrors, today: f.today, set: f.set, counter: Boolean(counter) };
  const isLast = step === steps.length - 1;
  const canSaveDraft = !edit || edit.permit.state === 'draft';

  return (
    <div
      class="permit-form"
      data-testid="permit-form"
      data-step={stepId}
      data-kind={kind}
      data-ready={f.ready ? 'true' : undefined}
      onFocusIn={f.prepare}
      onPointerDown={f.prepare}
    >
      {f.restored && (
        <div class="notice" data-testid="permit-restored">
          <p>{tr('permit.draft.restored')}</p>
          <button type="button" class="button secondary small" onClick={f.restart}>
            {tr('permit.draft.restart')}
          </button>
        </div>
      )}
      <form noValidate onSubmit={f.next} aria-labelledby="permit-step-title">
        <h2 id="permit-step-title" class="step-title" ref={f.heading} tabindex={-1} data-testid="permit-step-title">
          <span class="step-count">{tr('permit.step.count', { n: step + 1, total: steps.length })}</span>
          <span class="visually-hidden"> : </span>
          <span class="step-name">{stepTitle(stepId, kind)}</span>
        </h2>
        <ErrorSummary errors={stepErrors} order={fieldOrder(kind)} focusKey={f.focusKey} />
        {f.general && (
          <p class="notice error" role="alert" data-testid="form-error">
            {f.general}
          </p>
        )}
        <RequestStep
          rest={f.rest}
          stepId={stepId}
          kind={kind}
          cfg={cfg}
          stepProps={stepProps}
          documents={f.documents}
          askMessage={Boolean(edit && edit.permit.state !== 'draft')}
          message={f.message}
          onMessage={f.setMessage}
          onEdit={f.goTo}
        />
        <div class="button-row step-nav">
          {step > 0 && (
            <button type="button" class="button secondary" onClick={() => f.goTo(step - 1)}>
              {tr('permit.nav.previous')}
            </button>
          )}
          <button
            type="submit"
            class="button"
            aria-disabled={f.sending ? 'true' : undefined}
            data-testid={isLast ? 'permit-submit' : 'permit-next'}
          >
            {isLast
              ? f.sending
                ? tr('permit.sending')
                : tr(edit && edit.permit.state !== 'draft' ? 'permit.submit.again' : 'permit.submit')
              : tr('permit.nav.next')}
          </button>
        </div>
        <p class="status" role="status" aria-live="polite">
          {f.status}
        </p>
      </form>
      {!counter && (
        <DraftBar
          commune={commune.id}
          canSaveDraft={canSaveDraft}
          editing={Boolean(edit)}
          note={f.draftNote}
          saved={f.saved}
          savedKey={f.savedKey}
          onSave={() => void f.saveDraft()}
          onCancel={edit?.onCancel}
        />
      )}
    </div>
  );
}
