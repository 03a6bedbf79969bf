/**
 * The frame of the tasks views: the section's heading, « Nouvelle tâche », and the views as links (each a deep
 * link, the current one marked with aria-current), then the view itself.
 */
import type { ComponentChildren } from 'preact';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { tr, type MessageKey } from '../../../lib/locale';
import { linkClick } from '../router';
import { may } from '../may';
import { OTHER_VIEWS, tasksHref, type TasksRoute } from './tasks-route';

const VIEW_LABELS: Record<'my-work' | (typeof OTHER_VIEWS)[number], MessageKey> = {
  'my-work': 'workTasks.view.myWork',
  tableau: 'workTasks.view.board',
  liste: 'workTasks.view.list',
  calendrier: 'workTasks.view.calendar',
  carte: 'workTasks.view.map',
  recurrentes: 'recurring.ui.view',
};

export default function TasksViews({
  commune,
  route,
  children,
}: {
  commune: PublicCommuneConfig;
  route: TasksRoute;
  children: ComponentChildren;
}) {
  const views = ['my-work', ...OTHER_VIEWS] as const;
  return (
    <div class="tasks">
      <div class="tasks-head">
        <p class="tasks-kicker">{tr('workTasks.nav')}</p>
        {may(commune, 'POST /api/{commune}/staff/tasks', 'create') && (
          <a class="button" href={`/${commune.id}/agents/taches/nouvelle/`} onClick={linkClick} data-testid="task-new">
            {tr('workTasks.new')}
          </a>
        )}
      </div>
      <nav class="tasks-views" aria-label={tr('workTasks.views')}>
        <ul>
          {views.map((v) => (
            <li key={v}>
              <a
                href={tasksHref(commune.id, v === 'my-work' ? '' : v)}
                onClick={linkClick}
                aria-current={route.page === v ? 'page' : undefined}
                data-testid={`tasks-view-${v}`}
              >
                {tr(VIEW_LABELS[v])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
