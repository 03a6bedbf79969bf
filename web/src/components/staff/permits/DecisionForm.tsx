/**
 * The decision on a request: approve, approve with conditions (one per line, required), refuse (with the
 * reason) or ask for changes (what to change), with the college's decision date and reference when the
 * college took it. Only the decisions the state machine allows now are offered.
 */
import { useState } from 'preact/hooks';
import type { StaffPermit } from '@tandem/shared/permits/permit-api';
import type { PermitDecision } from '@tandem/shared/permits/permit-states';
import { tr, type MessageKey } from '../../../lib/locale';
import { describedBy, ErrorSummary, FieldError, type FieldErrors } from '../../report/form-errors';
import { useFormSubmit } from '../use-form-submit';
import type { PermitMutate } from './mutate';
import PublicPageChoice, { checkPublicPage, type PublicPage } from './PublicPageChoice';

const P = 'decision';
const IDS = {
  outcome: `${P}-outcome`,
  conditions: `${P}-conditions`,
  message: `${P}-message`,
  collegeDate: `${P}-college-date`,
  collegeRef: `${P}-college-ref`,
  publicPage: `${P}-public-page`,
};
const MAX_CONDITIONS = 30;

const OUTCOME_LABEL: Record<PermitDecision, MessageKey> = {
  approved: 'permitStaff.decision.approved',
  approved_with_conditions: 'permitStaff.decision.approved_with_conditions',
  refused: 'permitStaff.decision.refused',
  changes_requested: 'permitStaff.decision.changes_requested',
};
const MESSAGE_LABEL: Record<PermitDecision, MessageKey> = {
  approved: 'permitStaff.decision.message',
  approved_with_conditions: 'permitStaff.decision.message',
  refused: 'permitStaff.decision.reason',
  changes_requested: 'permitStaff.decision.changes',
};
const messageRequired = (o: PermitDecision | '') => o === 'refused' || o === 'changes_requested';
const takesCollege = (o: PermitDecision | '') => o === 'approved' || o === 'approved_with_conditions' || o === 'refused';

/** Whether the decision carries an agent's text (a message or conditions): then the agent says if it is public. */
const hasText = (o: PermitDecision | '', conditions: string, message: string) =>
  Boolean(message.trim() || (o === 'approved_with_conditions' && conditionLines(conditions).length));

/** Conditions as typed, one per line, blank lines dropped. */
export function conditionLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/^\s*[-•*]\s*/, '').trim())
    .filter(Boolean);
}

export default function DecisionForm({
  permit,
  outcomes,
  mutate,
}: {
  permit: StaffPermit;
  outcomes: PermitDecision[];
  mutate: PermitMutate;
}) {
  const [picked, setOutcome] = useState<PermitDecision | ''>('');
  // After a reload (someone else moved the request) a choice that is no longer open is dropped; typed text stays.
  const outcome: PermitDecision | '' = picked && outcomes.includes(picked) ? picked : '';
  const [conditions, setConditions] = useState('');
  const [message, setMessage] = useState('');
  const [collegeDate, setCollegeDate] = useState('');
  const [collegeRef, setCollegeRef] = useState('');
  const [publicPage, setPublicPage] = useState<PublicPage>(undefined);
  const { errors, busy, summary, onSubmit } = useFormSubmit();

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (!outcome) found[IDS.outcome] = tr('permitStaff.decision.error.outcome');
    if (outcome === 'approved_with_conditions') {
      const lines = conditionLines(conditions);
      if (!lines.length) found[IDS.conditions] = tr('permitStaff.decision.error.conditions');
      else if (lines.length > MAX_CONDITIONS)
        found[IDS.conditions] = tr('permitStaff.decision.error.tooManyConditions', { n: MAX_CONDITIONS });
      else if (lines.some((l) => l.length > 1000)) found[IDS.conditions] = tr('permitStaff.decision.error.longCondition');
    }
    if (messageRequired(outcome) && message.trim().length < 3) {
      found[IDS.message] = tr(outcome === 'refused' ? 'permitStaff.decision.error.reason' : 'permitStaff.decision.error.changes');
    }
    if (takesCollege(outcome) && (collegeDate || collegeRef.trim())) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(collegeDate)) found[IDS.collegeDate] = tr('permitStaff.decision.error.collegeDate');
      if (!collegeRef.trim()) found[IDS.collegeRef] = tr('permitStaff.decision.error.collegeRef');
    }
    if (hasText(outcome, conditions, message)) checkPublicPage(IDS.publicPage, publicPage, found);
    return found;
  };

  const submit = onSubmit(
    check,
    () =>
      mutate('transitions', {
        to: outcome,
        version: permit.version,
        ...(message.trim() ? { message: message.trim() } : {}),
        ...(hasText(outcome, conditions, message) ? { publicPage } : {}),
        ...(outcome === 'approved_with_conditions' ? { conditions: conditionLines(conditions) } : {}),
        ...(takesCollege(outcome) && collegeDate && collegeRef.trim()
          ? { college: { date: collegeDate, reference: collegeRef.trim() } }
          : {}),
      }),
    () => {
      setOutcome('');
      setConditions('');
      setMessage('');
      setCollegeDate('');
      setCollegeRef('');
      setPublicPage(undefined);
    },
  );

  return (
    <form onSubmit={submit} noValidate data-testid="permit-decision-form" aria-labelledby={`${P}-title`}>
      <fieldset>
        <legend id={`${P}-title`}>{tr('permitStaff.decision')}</legend>
        <ErrorSummary prefix={P} order={Object.values(IDS)} level={3} {...summary} />
        <fieldset class="field" aria-describedby={describedBy(IDS.outcome, errors)}>
          <legend class="label">{tr('permitStaff.decision.outcome')}</legend>
          <FieldError id={IDS.outcome} errors={errors} />
          <div class="choices">
            {outcomes.map((o, i) => (
              <label class="choice" key={o}>
                <input
                  type="radio"
                  name={IDS.outcome}
                  id={i === 0 ? IDS.outcome : `${IDS.outcome}-${o}`}
                  value={o}
                  checked={outcome === o}
                  aria-invalid={errors[IDS.outcome] ? 'true' : undefined}
                  data-testid={`decision-${o}`}
                  onChange={() => setOutcome(o)}
                />
                {tr(OUTCOME_LABEL[o])}
              </label>
            ))}
          </div>
        </fieldset>
        {outcome === 'approved_with_conditions' && (
          <div class="field">
            <label for={IDS.conditions}>
              {tr('permitStaff.decision.conditions')} <span class="req">{tr('permitStaff.required')}</span>
            </label>
            <span class="hint" id={`${IDS.conditions}-hint`}>
              {tr('permitStaff.decision.conditions.hint')}
            </span>
            <FieldError id={IDS.conditions} errors={errors} />
            <textarea
              id={IDS.conditions}
              rows={5}
              value={conditions}
              aria-invalid={errors[IDS.conditions] ? 'true' : undefined}
              aria-describedby={describedBy(IDS.conditions, errors, `${IDS.conditions}-hint`)}
              onInput={(e) => setConditions(e.currentTarget.value)}
            />
          </div>
        )}
        {outcome && (
          <div class="field">
            <label for={IDS.message}>
              {tr(MESSAGE_LABEL[outcome])}{' '}
              {messageRequired(outcome) ? (
                <span class="req">{tr('permitStaff.required')}</span>
              ) : (
                <span class="hint-inline">{tr('permitStaff.optional')}</span>
              )}
            </label>
            <span class="hint" id={`${IDS.message}-hint`}>
              {tr('permitStaff.decision.message.hint')}
            </span>
            <FieldError id={IDS.message} errors={errors} />
            <textarea
              id={IDS.message}
              rows={4}
              maxLength={4000}
              value={message}
              aria-invalid={errors[IDS.message] ? 'true' : undefined}
              aria-describedby={describedBy(IDS.message, errors, `${IDS.message}-hint`)}
              onInput={(e) => setMessage(e.currentTarget.value)}
            />
          </div>
        )}
        {hasText(outcome, conditions, message) && (
          <PublicPageChoice id={IDS.publicPage} value={publicPage} errors={errors} onChange={setPublicPage} />
        )}
        {takesCollege(outcome) && (
          <fieldset class="field">
            <legend class="label">
              {tr('permitStaff.decision.college')} <span class="hint-inline">{tr('permitStaff.optional')}</span>
            </legend>
            <div class="field">
              <label for={IDS.collegeDate}>{tr('permitStaff.decision.college.date')}</label>
              <FieldError id={IDS.collegeDate} errors={errors} />
              <input
                id={IDS.collegeDate}
                type="date"
                value={collegeDate}
                aria-invalid={errors[IDS.collegeDate] ? 'true' : undefined}
                aria-describedby={describedBy(IDS.collegeDate, errors)}
                onInput={(e) => setCollegeDate(e.currentTarget.value)}
              />
            </div>
            <div class="field">
              <label for={IDS.collegeRef}>{tr('permitStaff.decision.college.reference')}</label>
              <FieldError id={IDS.collegeRef} errors={errors} />
              <input
                id={IDS.collegeRef}
                type="text"
                maxLength={60}
                autocomplete="off"
                value={collegeRef}
                aria-invalid={errors[IDS.collegeRef] ? 'true' : undefined}
                aria-describedby={describedBy(IDS.collegeRef, errors)}
                onInput={(e) => setCollegeRef(e.currentTarget.value)}
              />
            </div>
          </fieldset>
        )}
        <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
          {tr('permitStaff.decision.submit')}
        </button>
      </fieldset>
    </form>
  );
}
