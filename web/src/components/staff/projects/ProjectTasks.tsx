/**
 * A project's tasks, by due date: each links to its page in the tasks screens, with its department, status and due day.
 * A change of one of them (topic `project:<id>`, entity `task`) reads the list again quietly, once for a burst.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { formatBrusselsInstant } from '@tandem/shared/brussels-time';
import { dateLocale, tr, type MessageKey } from '../../../lib/locale';
import { linkClick } from '../router';
import { SignedOut, staffFetch } from '../session';
import { loadFailureText } from '../staff-text';
import { ErrorNotice } from '../page-states';
import { departmentName } from '../../Timeline';
import { type TaskSummaryView, taskHref } from './project-format';
import { useLiveRefresh } from '../live/use-live';

/** The task statuses' names: the tasks screens' own words when loaded, else ours. */
const TASK_STATUS: Record<TaskSummaryView['status'], MessageKey> = {
  todo: 'projects.task.todo',
  doing: 'projects.task.doing',
  waiting: 'projects.task.waiting',
  done: 'projects.task.done',
  cancelled: 'projects.task.cancelled',
};

export default function ProjectTasks({
  commune,
  projectId,
  version,
  onSignedOut,
}: {
  commune: PublicCommuneConfig;
  projectId: string;
  /** The project's version: its tasks are read again when it changes. */
  version: number;
  onSignedOut(): void;
}) {
  const [tasks, setTasks] = useState<TaskSummaryView[]>();
  const [error, setError] = useState('');
  const read = () => staffFetch<{ items: TaskSummaryView[] }>(commune.id, `staff/projects/${encodeURIComponent(projectId)}/tasks`);
  const load = async () => {
    try {
      const r = await read();
      setTasks(r.items);
      setError('');
    } catch (e) {
      if (e instanceof SignedOut) onSignedOut();
      else setError(loadFailureText(e));
    }
  };
  useEffect(() => void load(), [projectId, version]);
  // Quietly: a failed read leaves the list as it was.
  useLiveRefresh(
    commune.id,
    [`project:${projectId}`],
    () =>
      void read().then(
        (r) => setTasks(r.items),
        () => undefined,
      ),
  );
  if (error) return <ErrorNotice message={error} onRetry={() => void load()} />;
  if (!tasks) return <p role="status">{tr('common.loading')}</p>;
  if (!tasks.length) return <p>{tr('projects.detail.tasks.none')}</p>;
  return (
    <ul class="project-tasks" data-testid="project-tasks">
      {tasks.map((t) => (
        <li key={t.id} class={`task-row task-${t.status}`}>
          <a href={taskHref(commune.id, t.id)} onClick={linkClick}>
            {t.title}
          </a>
          <span>
            {departmentName(commune, t.department)} · {tr(TASK_STATUS[t.status])}
            {t.dueAt && (
              <>
                {' · '}
                {tr('projects.detail.tasks.due')}{' '}
                {formatBrusselsInstant(t.dueAt, dateLocale(), {
                  day: 'numeric',
                  month: 'short',
                  year: 'numeric',
                  hour: '2-digit',
                  minute: '2-digit',
                })}
              </>
            )}
            {t.overdue && <strong class="flag-overdue"> ({tr('projects.detail.tasks.overdue')})</strong>}
          </span>
        </li>
      ))}
    </ul>
  );
}
