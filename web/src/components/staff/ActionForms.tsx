/**
 * The agent's actions on one report: change state (only legal moves), assign a department, add a public
 * update or a private note. Each form keeps its typed text when the save fails (e.g. 409: reloaded report).
 * The state change offers the commune's response templates that fit the new state and the report's category;
 * picking one fills the message in the reporter's language, still editable. Sent through useFormSubmit, as
 * every staff form: the field problems and a refusal go to the form's error summary.
 */
import { useState } from 'preact/hooks';
import { pickText, templatesFor, type PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { StaffReport } from '@tandem/shared/schemas/report';
import { REPORT_TRANSITIONS, type ReportState } from '@tandem/shared/report-states';
import { normaliseTrackingCode, TRACKING_CODE_PATTERN } from '@tandem/shared/tracking-code';
import { tr, lt, stateLabel } from '../../lib/locale';
import { describedBy, ErrorSummary, FieldError, type FieldErrors } from '../report/form-errors';
import { languageName } from './staff-text';
import { useFormSubmit } from './use-form-submit';
import VisibilityChoice, { type Visibility } from './VisibilityChoice';

/** Sends a change; resolves true on success. Throws ApiError for problems the form should show. */
export type Mutate = (method: 'POST' | 'PATCH', rest: string, body: Record<string, unknown>) => Promise<boolean>;

export function TransitionForm({ commune, report, mutate }: { commune: PublicCommuneConfig; report: StaffReport; mutate: Mutate }) {
  const moves = REPORT_TRANSITIONS[report.state];
  const [to, setTo] = useState<ReportState | ''>('');
  const [message, setMessage] = useState('');
  const [template, setTemplate] = useState('');
  /** The text the last template put in, so that an untouched template text follows the chosen state. */
  const [filled, setFilled] = useState('');
  const templates = to ? templatesFor(commune, to, report.category) : [];

  const chooseState = (next: ReportState | '') => {
    setTo(next);
    setTemplate('');
    if (filled && message === filled) setMessage('');
    setFilled('');
  };
  const chooseTemplate = (code: string) => {
    setTemplate(code);
    const chosen = templates.find((t) => t.code === code);
    if (chosen) {
      const text = pickText(chosen.text, report.locale);
      setMessage(text);
      setFilled(text);
    } else if (filled && message === filled) {
      setMessage('');
      setFilled('');
    }
  };
  const [duplicateOf, setDuplicateOf] = useState('');
  const { errors, busy, summary, onSubmit } = useFormSubmit();
  const dupCode = normaliseTrackingCode(duplicateOf);

  const submit = onSubmit(
    (): FieldErrors => {
      if (!to || !moves.includes(to)) return { 't-to': tr('staff.change.choose') };
      if (to === 'duplicate' && (!TRACKING_CODE_PATTERN.test(dupCode) || dupCode === report.code))
        return { 't-duplicate': tr('staff.change.duplicateInvalid') };
      return {};
    },
    () =>
      mutate('POST', 'transitions', {
        to,
        version: report.version,
        ...(message.trim() ? { message: message.trim() } : {}),
        ...(to === 'duplicate' ? { duplicateOf: dupCode } : {}),
      }),
    () => {
      setTo('');
      setMessage('');
      setTemplate('');
      setFilled('');
      setDuplicateOf('');
    },
  );

  if (!moves.length) return null;
  return (
    <form onSubmit={submit} noValidate data-testid="transition-form">
      <fieldset>
        <legend>{tr('staff.change.state')}</legend>
        <ErrorSummary prefix="transition" order={['t-to', 't-duplicate']} level={3} {...summary} />
        <div class="field">
          <label for="t-to">{tr('staff.change.to')}</label>
          <FieldError id="t-to" errors={errors} />
          <select
            id="t-to"
            aria-invalid={errors['t-to'] ? 'true' : undefined}
            aria-describedby={describedBy('t-to', errors)}
            onChange={(e) => chooseState(e.currentTarget.value as ReportState | '')}
          >
            <option value="" selected={to === ''}>
              {tr('report.category.choose')}
            </option>
            {moves.map((s) => (
              <option value={s} key={s} selected={to === s}>
                {stateLabel(s)}
              </option>
            ))}
          </select>
        </div>
        {to === 'duplicate' && (
          <div class="field">
            <label for="t-duplicate">{tr('staff.change.duplicateOf')}</label>
            <span class="hint" id="t-duplicate-hint">
              {tr('track.code.hint')}
            </span>
            <FieldError id="t-duplicate" errors={errors} />
            <input
              id="t-duplicate"
              type="text"
              autocomplete="off"
              value={duplicateOf}
              aria-invalid={errors['t-duplicate'] ? 'true' : undefined}
              aria-describedby={describedBy('t-duplicate', errors, 't-duplicate-hint')}
              onInput={(e) => setDuplicateOf(e.currentTarget.value)}
            />
          </div>
        )}
        {templates.length > 0 && (
          <div class="field">
            <label for="t-template">{tr('staff.change.template')}</label>
            <span class="hint" id="t-template-hint">
              {tr('staff.change.template.hint', { lang: languageName(report.locale) })}
            </span>
            <select id="t-template" aria-describedby="t-template-hint" onChange={(e) => chooseTemplate(e.currentTarget.value)}>
              <option value="" selected={template === ''}>
                {tr('staff.change.template.none')}
              </option>
              {templates.map((t) => (
                <option value={t.code} key={t.code} selected={template === t.code}>
                  {lt(t.title)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="field">
          <label for="t-message">{tr('staff.change.message')}</label>
          <textarea id="t-message" rows={3} maxLength={2000} value={message} onInput={(e) => setMessage(e.currentTarget.value)} />
        </div>
        <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
          {tr('staff.change.apply')}
        </button>
      </fieldset>
    </form>
  );
}

export function AssignForm({ commune, report, mutate }: { commune: PublicCommuneConfig; report: StaffReport; mutate: Mutate }) {
  const [department, setDepartment] = useState(report.department);
  const { busy, summary, onSubmit } = useFormSubmit();
  const send = onSubmit(
    () => ({}),
    () => mutate('PATCH', '', { department, version: report.version }),
  );
  /** Nothing to send while the department is the same. */
  const submit = (e: Event) => (department === report.department ? e.preventDefault() : send(e));
  return (
    <form onSubmit={submit} noValidate data-testid="assign-form">
      <fieldset>
        <legend>{tr('staff.assign')}</legend>
        <ErrorSummary prefix="assign" order={[]} level={3} {...summary} />
        <div class="field">
          <label for="a-department">{tr('staff.filter.department')}</label>
          <select id="a-department" value={department} onChange={(e) => setDepartment(e.currentTarget.value)}>
            {commune.departments.map((d) => (
              <option value={d.code} key={d.code}>
                {lt(d.name)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button secondary" aria-disabled={busy || department === report.department ? 'true' : undefined}>
          {tr('staff.assign.apply')}
        </button>
      </fieldset>
    </form>
  );
}

/** `publicAllowed`: the person may write to the reporter (else the form adds internal notes only). */
export function UpdateForm({ report, mutate, publicAllowed }: { report: StaffReport; mutate: Mutate; publicAllowed: boolean }) {
  const [text, setText] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('private');
  const { errors, busy, summary, onSubmit } = useFormSubmit();
  const submit = onSubmit(
    (): FieldErrors => (text.trim() ? {} : { 'u-text': tr('staff.update.empty') }),
    () => mutate('POST', 'updates', { text: text.trim(), public: publicAllowed && visibility === 'public', version: report.version }),
    () => setText(''),
  );
  return (
    <form onSubmit={submit} noValidate data-testid="update-form">
      <fieldset>
        <legend>{tr('staff.update.title')}</legend>
        <ErrorSummary prefix="update" order={['u-text']} level={3} {...summary} />
        {publicAllowed && (
          <VisibilityChoice name="u-visibility" value={visibility} publicLabel={tr('staff.update.public')} onChange={setVisibility} />
        )}
        <div class="field">
          <label for="u-text">{tr('staff.update.text')}</label>
          <FieldError id="u-text" errors={errors} />
          <textarea
            id="u-text"
            rows={4}
            maxLength={4000}
            value={text}
            aria-invalid={errors['u-text'] ? 'true' : undefined}
            aria-describedby={describedBy('u-text', errors)}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button secondary" aria-disabled={busy ? 'true' : undefined}>
          {tr('staff.update.add')}
        </button>
      </fieldset>
    </form>
  );
}
