/**
 * « Créer un bon de travail » on a report: opens a small form (team, people, day, priority, instructions) and posts
 * the work order (POST …/reports/{code}/work-orders), with one Idempotency-Key per intended order, kept while the same
 * order is retried, so that a retry after a lost answer does not make a second task. Shown only to whoever the role
 * matrix lets make one (the report's department's agents, admins); the API stays the judge.
 */
import { useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import type { StaffReport } from '@tandem/shared/schemas/report';
import type { TaskView } from '@tandem/shared/schemas/work';
import { TASK_PRIORITIES, type TaskPriority } from '@tandem/shared/work/task-states';
import { tr, lt } from '../../../lib/locale';
import '../../../lib/messages/recurring';
import { ErrorSummary } from '../../report/form-errors';
import { staffFetch } from '../session';
import { useFormSubmit } from '../use-form-submit';
import { may } from '../may';
import { useRetryKey } from '../../../lib/use-retry-key';

export default function WorkOrderButton({ commune, report }: { commune: PublicCommuneConfig; report: StaffReport }) {
  const [open, setOpen] = useState(false);
  const [made, setMade] = useState<TaskView>();
  if (!may(commune, 'POST /api/{commune}/staff/reports/{code}/work-orders', 'create', { department: report.department })) return null;
  return (
    <section data-testid="work-order">
      {made && (
        <p class="notice ok" role="status" data-testid="work-order-made">
          {tr('workOrder.created', { id: made.id })}{' '}
          <a href={`/${commune.id}/agents/taches/${made.id}/`}>{tr('workOrder.open', { id: made.id })}</a>
        </p>
      )}
      {open ? (
        <WorkOrderForm
          commune={commune}
          report={report}
          onDone={(t) => {
            setMade(t);
            setOpen(false);
          }}
          onCancel={() => setOpen(false)}
        />
      ) : (
        <button type="button" class="button secondary" onClick={() => setOpen(true)} data-testid="work-order-open">
          {tr('workOrder.button')}
        </button>
      )}
    </section>
  );
}

function WorkOrderForm({
  commune,
  report,
  onDone,
  onCancel,
}: {
  commune: PublicCommuneConfig;
  report: StaffReport;
  onDone(t: TaskView): void;
  onCancel(): void;
}) {
  const [department, setDepartment] = useState(report.department);
  const [assignees, setAssignees] = useState('');
  const [dueDay, setDueDay] = useState('');
  const [priority, setPriority] = useState<TaskPriority>('normal');
  const [note, setNote] = useState('');
  const retry = useRetryKey();
  const { busy, summary, onSubmit } = useFormSubmit();
  const body = () => ({
    department,
    assignees: assignees
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    priority,
    note: note.trim(),
    ...(dueDay ? { dueDay } : {}),
  });
  const submit = onSubmit(
    () => ({}),
    async () => {
      const b = body();
      const key = retry.keyFor(b);
      const task = await staffFetch<TaskView>(commune.id, `staff/reports/${encodeURIComponent(report.code)}/work-orders`, {
        method: 'POST',
        body: JSON.stringify(b),
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
      });
      retry.forget();
      onDone(task);
      return true;
    },
  );
  const teams = commune.departments.filter((d) => !d.reviewOnly);
  return (
    <form onSubmit={submit} noValidate data-testid="work-order-form">
      <fieldset>
        <legend>{tr('workOrder.title')}</legend>
        <ErrorSummary prefix="work-order" order={[]} level={3} {...summary} />
        <div class="field">
          <label for="wo-department">{tr('workOrder.department')}</label>
          <select id="wo-department" value={department} onChange={(e) => setDepartment(e.currentTarget.value)}>
            {teams.map((d) => (
              <option value={d.code} key={d.code}>
                {lt(d.name)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="wo-assignees">{tr('workOrder.assignees')}</label>
          <input id="wo-assignees" value={assignees} onInput={(e) => setAssignees(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="wo-due">{tr('workOrder.dueDay')}</label>
          <input id="wo-due" type="date" value={dueDay} onInput={(e) => setDueDay(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="wo-priority">{tr('workOrder.priority')}</label>
          <select id="wo-priority" value={priority} onChange={(e) => setPriority(e.currentTarget.value as TaskPriority)}>
            {TASK_PRIORITIES.map((p) => (
              <option value={p} key={p}>
                {tr(`workOrder.priority.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="wo-note">{tr('workOrder.note')}</label>
          <textarea id="wo-note" rows={3} maxLength={2000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </div>
        <button type="submit" class="button" aria-disabled={busy ? 'true' : undefined}>
          {tr('workOrder.submit')}
        </button>{' '}
        <button type="button" class="button secondary" onClick={onCancel}>
          {tr('workOrder.cancel')}
        </button>
      </fieldset>
    </form>
  );
}
