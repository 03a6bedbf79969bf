/**
 * The inbox's bulk action: for the reports ticked, a department, an assignee, a priority and/or a state, applied
 * report by report (bulk-change.ts); then what was changed and, by code, what failed and why. Shown to those who
 * may plan or pass reports; the API still judges each report (another department's: 403, listed as failed).
 */
import { useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { StaffReportSummary } from '@tandem/shared/schemas/report';
import { REPORT_STATES, type ReportState } from '@tandem/shared/report-states';
import { TASK_PRIORITIES, type TaskPriority } from '@tandem/shared/work/task-states';
import { tr, lt, stateLabel } from '../../../lib/locale';
import { ApiError } from '../../../lib/api';
import { SignedOut } from '../session';
import { problemText } from '../staff-text';
import { FilterSelect } from '../list-table';
import AssigneeField, { KEEP, NOBODY } from './AssigneeField';
import { applyBulk, type BulkChange, type BulkFailure } from './bulk-change';
import { priorityLabel } from './planning-format';
import type { Person } from './use-people';

const failureText = (e: unknown) => (e instanceof ApiError && e.status === 409 ? tr('staff.conflict') : problemText(e));

export default function BulkActions({
  commune,
  selected,
  people,
  onDone,
  onSignedOut,
}: {
  commune: PublicCommuneConfig;
  selected: StaffReportSummary[];
  people: Person[] | undefined;
  /** After the changes: the codes that failed (kept selected), to reload the list. */
  onDone(failed: string[]): void;
  onSignedOut(): void;
}) {
  const [department, setDepartment] = useState('');
  const [assignee, setAssignee] = useState(KEEP);
  const [priority, setPriority] = useState('');
  const [state, setState] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ done: number; failures: BulkFailure[] } | { nothing: true }>();

  const change = (): BulkChange => ({
    ...(department ? { department } : {}),
    ...(assignee !== KEEP ? { assignee: assignee === NOBODY ? null : assignee } : {}),
    ...(priority ? { priority: priority as TaskPriority } : {}),
    ...(state ? { state: state as ReportState } : {}),
  });
  const submit = async (e: Event) => {
    e.preventDefault();
    const c = change();
    if (!Object.keys(c).length) return setOutcome({ nothing: true });
    setBusy(true);
    setOutcome(undefined);
    const failures = await applyBulk(commune.id, selected, c);
    setBusy(false);
    if (failures.some((f) => f.error instanceof SignedOut)) return onSignedOut();
    setOutcome({ done: selected.length - failures.length, failures });
    onDone(failures.map((f) => f.code));
  };

  const all = tr('backoffice.bulk.keep');
  return (
    <form class="bulk-actions" data-testid="bulk-actions" onSubmit={submit} aria-busy={busy ? 'true' : undefined}>
      <fieldset class="filters" disabled={busy || !selected.length}>
        <legend>{selected.length ? tr('backoffice.bulk.legend', { n: selected.length }) : tr('backoffice.bulk.none')}</legend>
        <FilterSelect
          id="bulk-department"
          label={tr('backoffice.bulk.department')}
          allLabel={all}
          value={department}
          options={commune.departments.filter((d) => !d.reviewOnly).map((d) => d.code)}
          labelOf={(code) => lt(commune.departments.find((d) => d.code === code)?.name)}
          onValue={setDepartment}
        />
        <AssigneeField
          id="bulk-assignee"
          label={tr('backoffice.bulk.assignee')}
          people={people}
          value={assignee}
          onValue={setAssignee}
          keep
        />
        <FilterSelect
          id="bulk-priority"
          label={tr('backoffice.bulk.priority')}
          allLabel={all}
          value={priority}
          options={TASK_PRIORITIES}
          labelOf={(p) => priorityLabel(p as TaskPriority)}
          onValue={setPriority}
        />
        <FilterSelect
          id="bulk-state"
          label={tr('backoffice.bulk.state')}
          allLabel={all}
          value={state}
          options={REPORT_STATES}
          labelOf={stateLabel}
          onValue={setState}
        />
        <button type="submit" class="button" data-testid="bulk-apply">
          {tr('backoffice.bulk.apply')}
        </button>
      </fieldset>
      <div role="status" data-testid="bulk-outcome">
        {busy && <p>{tr('backoffice.bulk.busy')}</p>}
        {outcome && 'nothing' in outcome && <p class="notice warn">{tr('backoffice.bulk.nothing')}</p>}
        {outcome && 'done' in outcome && (
          <>
            {outcome.done > 0 && <p class="notice ok">{tr('backoffice.bulk.done', { n: outcome.done })}</p>}
            {outcome.failures.length > 0 && (
              <div class="notice warn" data-testid="bulk-failures">
                <p>{tr('backoffice.bulk.failed', { n: outcome.failures.length })}</p>
                <ul>
                  {outcome.failures.map((f) => (
                    <li key={f.code}>
                      <strong class="code">{f.code}</strong> — {failureText(f.error)}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
      </div>
    </form>
  );
}
