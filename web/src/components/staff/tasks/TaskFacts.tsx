/** What a task is, at a glance: status, priority, due, department, people, place, project, who made it. */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { formatDate, tr } from '../../../lib/locale';
import { departmentName } from '../../Timeline';
import { linkClick } from '../router';
import type { PersonView, TaskView } from './task-api';
import { dueText, personName, priorityLabel, statusLabel } from './task-format';
import { linkHref } from './tasks-route';

export default function TaskFacts({
  commune,
  task: t,
  people,
}: {
  commune: PublicCommuneConfig;
  task: TaskView;
  people: PersonView[] | undefined;
}) {
  return (
    <dl class="task-facts" data-testid="task-facts">
      <dt>{tr('workTasks.f.status')}</dt>
      <dd data-testid="task-status">{statusLabel(t.status)}</dd>
      <dt>{tr('workTasks.f.priority')}</dt>
      <dd>{priorityLabel(t.priority)}</dd>
      <dt>{tr('workTasks.f.due')}</dt>
      <dd>
        {dueText(t.dueAt)}
        {t.overdue && <strong class="overdue"> {tr('workTasks.overdue')}</strong>}
      </dd>
      <dt>{tr('workTasks.f.department')}</dt>
      <dd>{departmentName(commune, t.department)}</dd>
      <dt>{tr('workTasks.f.assignees')}</dt>
      <dd data-testid="task-assignees">{t.assignees.map((a) => personName(people, a)).join(', ') || tr('workTasks.nobody')}</dd>
      {t.place && (
        <>
          <dt>{tr('workTasks.f.place')}</dt>
          <dd>{t.place.label || tr('workTasks.place.drawn')}</dd>
        </>
      )}
      {t.projectId && (
        <>
          <dt>{tr('workTasks.f.project')}</dt>
          <dd>
            <a href={linkHref(commune.id, 'project', t.projectId)} onClick={linkClick}>
              {t.projectId}
            </a>
          </dd>
        </>
      )}
      <dt>{tr('workTasks.f.created')}</dt>
      <dd>{tr('workTasks.createdBy', { who: personName(people, t.createdBy), at: formatDate(t.createdAt) })}</dd>
    </dl>
  );
}
