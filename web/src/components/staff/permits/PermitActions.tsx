/**
 * What the handling department may do with a request now, as the state machine allows (permitMoves for
 * staff, checked with checkPermitTransition): take it in hand, ask for information, ask the departments
 * for their opinion, decide, issue the authorisation, cancel. Says why a decision is not offered yet.
 */
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { StaffPermit } from '@tandem/shared/permits/permit-api';
import {
  checkPermitTransition,
  isPermitDecision,
  permitMoves,
  type PermitDecision,
  type PermitState,
} from '@tandem/shared/permits/permit-states';
import { tr, type MessageKey } from '../../../lib/locale';
import { departmentInSentence, deptName, reviewersOf } from './permit-format';
import { describedBy, ErrorSummary, FieldError, type FieldErrors } from '../../report/form-errors';
import { useFormSubmit } from '../use-form-submit';
import DecisionForm from './DecisionForm';
import type { PermitMutate } from './mutate';
import PublicPageChoice, { checkPublicPage, type PublicPage } from './PublicPageChoice';

interface Offer {
  offered: PermitState[];
  /** Decisions held back until every opinion is in. */
  waitingForOpinions: PermitState[];
}

/**
 * The staff moves open now, and those held back by pending opinions. As the API rules, an opinion past its
 * due date no longer holds the decision back.
 */
export function offerFor(commune: PublicCommuneConfig, permit: StaffPermit): Offer {
  const blocking = permit.opinions.filter((o) => o.status === 'pending' && !o.overdue).length;
  const ctx = { hasReviewers: reviewersOf(commune, permit).length > 0, pendingOpinions: blocking };
  const offered: PermitState[] = [];
  const waitingForOpinions: PermitState[] = [];
  for (const to of permitMoves(permit.state, 'staff')) {
    const c = checkPermitTransition(permit.state, to, 'staff', ctx);
    if (c.ok) offered.push(to);
    else if (c.reason === 'opinions_pending') waitingForOpinions.push(to);
  }
  return { offered, waitingForOpinions };
}

/** A move made with one button (and what it does, said above it). */
function StepForm({
  permit,
  to,
  label,
  children,
  mutate,
}: {
  permit: StaffPermit;
  to: PermitState;
  label: MessageKey;
  children?: ComponentChildren;
  mutate: PermitMutate;
}) {
  const { busy, summary, onSubmit } = useFormSubmit();
  const submit = onSubmit(
    () => ({}),
    () => mutate('transitions', { to, version: permit.version }),
  );
  return (
    <form onSubmit={submit} noValidate class="permit-step" data-testid={`permit-action-${to}`}>
      {children}
      <ErrorSummary prefix={`move-${to}`} order={[]} level={3} {...summary} />
      <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
        {tr(label)}
      </button>
    </form>
  );
}

/** A move that needs a message to the requester (what is missing, why it is cancelled), folded away until opened. */
function MessageForm({
  permit,
  to,
  summary,
  label,
  hint,
  submitLabel,
  confirm,
  error: emptyError,
  mutate,
}: {
  permit: StaffPermit;
  to: PermitState;
  summary: MessageKey;
  label: MessageKey;
  hint: MessageKey;
  submitLabel: MessageKey;
  confirm?: MessageKey;
  error: MessageKey;
  mutate: PermitMutate;
}) {
  const [message, setMessage] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [publicPage, setPublicPage] = useState<PublicPage>(undefined);
  const { errors, busy, summary: problems, onSubmit } = useFormSubmit();
  const p = `move-${to}`;
  const messageId = `${p}-message`;
  const confirmId = `${p}-confirm`;
  const publicPageId = `${p}-public-page`;

  const submit = onSubmit(
    () => {
      const found: FieldErrors = {};
      if (message.trim().length < 3) found[messageId] = tr(emptyError);
      checkPublicPage(publicPageId, publicPage, found);
      if (confirm && !confirmed) found[confirmId] = tr('permitStaff.cancel.error.confirm');
      return found;
    },
    () => mutate('transitions', { to, version: permit.version, message: message.trim(), publicPage }),
    () => {
      setMessage('');
      setConfirmed(false);
      setPublicPage(undefined);
    },
  );

  return (
    <details class="permit-more" data-testid={`permit-action-${to}`}>
      <summary>{tr(summary)}</summary>
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend class="visually-hidden">{tr(summary)}</legend>
          <ErrorSummary prefix={p} order={[messageId, publicPageId, confirmId]} level={3} {...problems} />
          <div class="field">
            <label for={messageId}>
              {tr(label)} <span class="req">{tr('permitStaff.required')}</span>
            </label>
            <span class="hint" id={`${messageId}-hint`}>
              {tr(hint)}
            </span>
            <FieldError id={messageId} errors={errors} />
            <textarea
              id={messageId}
              rows={4}
              maxLength={4000}
              value={message}
              aria-invalid={errors[messageId] ? 'true' : undefined}
              aria-describedby={describedBy(messageId, errors, `${messageId}-hint`)}
              onInput={(e) => setMessage(e.currentTarget.value)}
            />
          </div>
          <PublicPageChoice id={publicPageId} value={publicPage} errors={errors} onChange={setPublicPage} />
          {confirm && (
            <div class="field">
              <FieldError id={confirmId} errors={errors} />
              <label class="check">
                <input
                  type="checkbox"
                  id={confirmId}
                  checked={confirmed}
                  aria-invalid={errors[confirmId] ? 'true' : undefined}
                  aria-describedby={describedBy(confirmId, errors)}
                  onChange={(e) => setConfirmed(e.currentTarget.checked)}
                />
                <span>{tr(confirm)}</span>
              </label>
            </div>
          )}
          <button type="submit" class={to === 'cancelled' ? 'button danger' : 'button secondary'} aria-disabled={busy ? 'true' : undefined}>
            {tr(submitLabel)}
          </button>
        </fieldset>
      </form>
    </details>
  );
}

export default function PermitActions({
  commune,
  permit,
  mutate,
}: {
  commune: PublicCommuneConfig;
  permit: StaffPermit;
  mutate: PermitMutate;
}) {
  const { offered, waitingForOpinions } = offerFor(commune, permit);
  const decisions = offered.filter(isPermitDecision) as PermitDecision[];
  const blocking = permit.opinions.filter((o) => o.status === 'pending' && !o.overdue);
  const late = permit.opinions.filter((o) => o.status === 'pending' && o.overdue);
  const names = (list: { department: string }[]) => list.map((o) => deptName(commune, o.department)).join(', ');

  if (!permit.canDecide) {
    return (
      <section class="permit-section" aria-labelledby="permit-actions-title" data-testid="permit-actions" data-can-decide="false">
        <h2 id="permit-actions-title">{tr('staff.actions')}</h2>
        <p>{tr('permitStaff.actions.readOnly', { department: departmentInSentence(commune, permit.handlingDepartment) })}</p>
      </section>
    );
  }
  return (
    <section class="permit-section" aria-labelledby="permit-actions-title" data-testid="permit-actions" data-can-decide="true">
      <h2 id="permit-actions-title">{tr('staff.actions')}</h2>
      {offered.length === 0 && <p data-testid="permit-no-action">{tr('permitStaff.actions.none')}</p>}
      {offered.includes('under_review') && (
        <StepForm permit={permit} to="under_review" label="permitStaff.action.under_review" mutate={mutate}>
          <p class="hint">{tr('permitStaff.action.under_review.hint')}</p>
        </StepForm>
      )}
      {offered.includes('opinions') && (
        <StepForm permit={permit} to="opinions" label="permitStaff.action.opinions" mutate={mutate}>
          <p class="hint" id="ask-opinions-hint">
            {tr('permitStaff.action.opinions.hint')}
          </p>
          <ul class="plain-list" data-testid="permit-reviewers" aria-labelledby="ask-opinions-hint">
            {reviewersOf(commune, permit).map((d) => (
              <li key={d} data-department={d}>
                {deptName(commune, d)}
              </li>
            ))}
          </ul>
        </StepForm>
      )}
      {waitingForOpinions.length > 0 && (
        <p class="notice warn" data-testid="permit-decision-blocked">
          {tr('permitStaff.decision.blocked', { n: blocking.length, departments: names(blocking) })}
        </p>
      )}
      {decisions.length > 0 && late.length > 0 && (
        <p class="notice warn" data-testid="permit-opinions-late">
          {tr('permitStaff.decision.lateOpinions', { departments: names(late) })}
        </p>
      )}
      {decisions.length > 0 && <DecisionForm permit={permit} outcomes={decisions} mutate={mutate} />}
      {offered.includes('issued') && (
        <StepForm permit={permit} to="issued" label="permitStaff.action.issued" mutate={mutate}>
          <p class="hint">{tr('permitStaff.action.issued.hint')}</p>
        </StepForm>
      )}
      {offered.includes('incomplete') && (
        <MessageForm
          permit={permit}
          to="incomplete"
          summary="permitStaff.action.incomplete"
          label="permitStaff.incomplete.message"
          hint="permitStaff.incomplete.hint"
          submitLabel="permitStaff.incomplete.submit"
          error="permitStaff.incomplete.error"
          mutate={mutate}
        />
      )}
      {offered.includes('cancelled') && (
        <MessageForm
          permit={permit}
          to="cancelled"
          summary="permitStaff.action.cancelled"
          label="permitStaff.cancel.reason"
          hint="permitStaff.cancel.hint"
          submitLabel="permitStaff.cancel.submit"
          confirm="permitStaff.cancel.confirm"
          error="permitStaff.cancel.error.reason"
          mutate={mutate}
        />
      )}
    </section>
  );
}
