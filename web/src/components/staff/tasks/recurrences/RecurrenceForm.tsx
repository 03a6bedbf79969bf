/**
 * Creating or changing a recurrence: its task's title, instructions and department, the rule (RuleBuilder), the
 * first day and the hour. Checked with the API's schema first; the API's 422 fields are shown next to the fields; a
 * change carries the version shown (409: the view reloads and says so). Its heading takes the focus when it opens.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { brusselsDate } from '@tandem/shared/brussels-time';
import { ApiError } from '../../../../lib/api';
import { tr } from '../../../../lib/locale';
import { describedBy, ErrorSummary, FieldError, type FieldErrors } from '../../../report/form-errors';
import { may } from '../../may';
import { SignedOut } from '../../session';
import { useFormSubmit } from '../../use-form-submit';
import DepartmentPicker from '../DepartmentPicker';
import { sendJson } from '../task-api';
import { recurrencePath, type RecurrenceView } from './recurrence-api';
import {
  checkRecurrenceDraft,
  draftOfRecurrence,
  emptyRecurrenceDraft,
  recurrenceChangeOf,
  recurrenceInputOf,
  RF,
  RF_ORDER,
  serverFieldErrors,
  type RecurrenceDraft,
} from './recurrence-draft';
import RuleBuilder from './RuleBuilder';
import { useRetryKey } from '../../../../lib/use-retry-key';

const mayGive = (commune: PublicCommuneConfig, department: string, editing: boolean) =>
  editing
    ? may(commune, 'PATCH /api/{commune}/staff/recurrences/{id}', 'update', { department })
    : may(commune, 'POST /api/{commune}/staff/recurrences', 'create', { department });

export type FormOutcome = { saved: RecurrenceView } | { conflict: string } | { cancelled: true };

export default function RecurrenceForm({
  commune,
  editing,
  onDone,
  onSignedOut,
}: {
  commune: PublicCommuneConfig;
  editing?: RecurrenceView;
  onDone(outcome: FormOutcome): void;
  onSignedOut(): void;
}) {
  // Only the departments this person may give a recurrence to (agents: theirs; admins: any).
  const departments = commune.departments.filter((d) => mayGive(commune, d.code, !!editing));
  const [draft, setDraft] = useState<RecurrenceDraft>(() =>
    editing ? draftOfRecurrence(editing) : emptyRecurrenceDraft(departments[0]?.code ?? '', brusselsDate(Date.now())),
  );
  const [server, setServer] = useState<FieldErrors>({});
  const { errors, summary, busy, onSubmit } = useFormSubmit();
  const retry = useRetryKey();
  useEffect(() => document.getElementById('recurrence-form-title')?.focus(), []);
  const shown = { ...errors, ...server };
  const set = (p: Partial<RecurrenceDraft>) => setDraft({ ...draft, ...p });

  const send = async () => {
    const body = editing ? { ...recurrenceChangeOf(draft, editing), version: editing.version } : recurrenceInputOf(draft);
    if (editing && Object.keys(body).length === 1) {
      onDone({ cancelled: true });
      return true;
    }
    const key = retry.keyFor(body);
    try {
      const saved = editing
        ? await sendJson<RecurrenceView>(commune.id, 'PATCH', recurrencePath(editing.id), key, body)
        : await sendJson<RecurrenceView>(commune.id, 'POST', 'staff/recurrences', key, body);
      onDone({ saved });
      return true;
    } catch (e) {
      if (e instanceof ApiError) retry.forget();
      if (e instanceof SignedOut) {
        onSignedOut();
        return false;
      }
      if (e instanceof ApiError && e.status === 409 && editing) {
        onDone({ conflict: editing.title });
        return false;
      }
      if (e instanceof ApiError && e.status === 422) setServer(serverFieldErrors(e.invalidParams));
      throw e;
    }
  };
  const check = () => {
    setServer({});
    return checkRecurrenceDraft(draft);
  };
  const field = (id: string, label: string, input: JSX.Element) => (
    <div class="field">
      <label for={id}>{label}</label>
      {input}
      <FieldError id={id} errors={shown} />
    </div>
  );
  const aria = (id: string) => ({
    id,
    'aria-invalid': shown[id] ? ('true' as const) : undefined,
    'aria-describedby': describedBy(id, shown),
  });
  return (
    <section class="recurrence-form" aria-labelledby="recurrence-form-title" data-testid="recurrence-form">
      <h2 id="recurrence-form-title" tabindex={-1}>
        {tr(editing ? 'recurring.ui.form.edit' : 'recurring.ui.form.new')}
      </h2>
      <form noValidate onSubmit={onSubmit(check, send)}>
        <ErrorSummary prefix="recurrence" level={3} order={RF_ORDER} {...summary} errors={shown} />
        {field(
          RF.title,
          tr('recurring.ui.form.title'),
          <input {...aria(RF.title)} value={draft.title} maxLength={140} onInput={(e) => set({ title: e.currentTarget.value })} />,
        )}
        {field(
          RF.description,
          tr('recurring.ui.form.description'),
          <textarea
            {...aria(RF.description)}
            rows={3}
            value={draft.description}
            onInput={(e) => set({ description: e.currentTarget.value })}
          />,
        )}
        <DepartmentPicker
          commune={{ ...commune, departments }}
          id={RF.department}
          label={tr('recurring.ui.form.department')}
          value={draft.department}
          onValue={(department) => set({ department })}
        />
        <FieldError id={RF.department} errors={shown} />
        <RuleBuilder
          choice={draft.choice}
          start={draft.start}
          time={draft.time}
          errors={shown}
          set={(p) => set({ choice: { ...draft.choice, ...p } })}
        />
        <div class="rule-details-pair">
          {field(
            RF.start,
            tr('recurring.ui.form.start'),
            <input type="date" {...aria(RF.start)} value={draft.start} onInput={(e) => set({ start: e.currentTarget.value })} />,
          )}
          {field(
            RF.time,
            tr('recurring.ui.form.time'),
            <input type="time" {...aria(RF.time)} value={draft.time} onInput={(e) => set({ time: e.currentTarget.value })} />,
          )}
        </div>
        <label class="rule-kind">
          <input type="checkbox" id={RF.active} checked={draft.active} onChange={(e) => set({ active: e.currentTarget.checked })} />
          <span>{tr('recurring.ui.form.active')}</span>
        </label>
        <div class="recurrence-form-actions">
          <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined} data-testid="recurrence-save">
            {tr(editing ? 'recurring.ui.form.save' : 'recurring.ui.form.create')}
          </button>
          <button type="button" class="button secondary" onClick={() => onDone({ cancelled: true })}>
            {tr('recurring.ui.form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
