/**
 * A report's planning on its page: who handles it (a staff member of the commune), its priority and its due day
 * (a Brussels calendar day, due at its end). Only the fields changed are sent (PATCH with the version seen).
 */
import { useState } from 'preact/hooks';
import type { StaffReport } from '@tandem/shared/schemas/report';
import { TASK_PRIORITIES, type TaskPriority } from '@tandem/shared/work/task-states';
import { brusselsDate, brusselsDateTime } from '@tandem/shared/brussels-time';
import { tr } from '../../../lib/locale';
import { ErrorSummary } from '../../report/form-errors';
import { useFormSubmit } from '../use-form-submit';
import type { Mutate } from '../ActionForms';
import AssigneeField, { NOBODY } from './AssigneeField';
import { priorityLabel } from './planning-format';
import type { Person } from './use-people';

export default function PlanningForm({ report, people, mutate }: { report: StaffReport; people: Person[] | undefined; mutate: Mutate }) {
  const [assignee, setAssignee] = useState(report.assignee ?? NOBODY);
  const [priority, setPriority] = useState<TaskPriority>(report.priority ?? 'normal');
  const [due, setDue] = useState(report.dueAt ? brusselsDate(report.dueAt) : '');
  const { busy, summary, onSubmit } = useFormSubmit();

  const chosen = assignee === NOBODY || assignee === '' ? null : assignee;
  const body: Record<string, unknown> = {};
  if (chosen !== (report.assignee ?? null)) body.assignee = chosen;
  if (priority !== (report.priority ?? 'normal')) body.priority = priority;
  const dueAt = due ? brusselsDateTime(due, '23:59') : null;
  if (due !== (report.dueAt ? brusselsDate(report.dueAt) : '')) body.dueAt = dueAt;
  const unchanged = !Object.keys(body).length;

  const send = onSubmit(
    () => ({}),
    () => mutate('PATCH', '', { ...body, version: report.version }),
  );
  return (
    <form class="planning-form" onSubmit={(e) => (unchanged ? e.preventDefault() : send(e))} noValidate data-testid="planning-form">
      <fieldset>
        <legend>{tr('backoffice.plan.title')}</legend>
        <ErrorSummary prefix="plan" order={[]} level={3} {...summary} />
        <AssigneeField id="p-assignee" label={tr('backoffice.plan.assignee')} people={people} value={assignee} onValue={setAssignee} />
        <div class="field">
          <label for="p-priority">{tr('backoffice.plan.priority')}</label>
          <select id="p-priority" value={priority} onChange={(e) => setPriority(e.currentTarget.value as TaskPriority)}>
            {TASK_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {priorityLabel(p)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="p-due">{tr('backoffice.plan.due')}</label>
          <input id="p-due" type="date" value={due} onInput={(e) => setDue(e.currentTarget.value)} />
        </div>
        <button type="submit" class="button secondary" aria-disabled={busy || unchanged ? 'true' : undefined}>
          {tr('backoffice.plan.save')}
        </button>
      </fieldset>
    </form>
  );
}
