/** What a task is, at a glance: status, priority, due, department, people, place, project, who made it. */
import { useEffect, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { formatDate, tr } from '../../../lib/locale';
import { departmentName } from '../../Timeline';
import { may } from '../may';
import { linkClick } from '../router';
import { staffFetch } from '../session';
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
            <ProjectLink commune={commune} id={t.projectId} />
          </dd>
        </>
      )}
      <dt>{tr('workTasks.f.created')}</dt>
      <dd>{tr('workTasks.createdBy', { who: personName(people, t.createdBy), at: formatDate(t.createdAt) })}</dd>
    </dl>
  );
}

/**
 * The task's project by its title (its code until the title is read), a link for those who may open projects; a
 * worker, who may not, reads the code alone rather than a link to a refused page.
 */
function ProjectLink({ commune, id }: { commune: PublicCommuneConfig; id: string }) {
  const readable = may(commune, 'GET /api/{commune}/staff/projects/{id}', 'read');
  const [title, setTitle] = useState('');
  useEffect(() => {
    setTitle('');
    if (!readable) return;
    staffFetch<{ title: string }>(commune.id, `staff/projects/${encodeURIComponent(id)}`)
      .then((p) => setTitle(p.title))
      .catch(() => undefined); // the code stays: the link still opens the project, which says what went wrong
  }, [commune.id, id, readable]);
  if (!readable) return <>{id}</>;
  return (
    <a href={linkHref(commune.id, 'project', id)} onClick={linkClick}>
      {title || id}
    </a>
  );
}
