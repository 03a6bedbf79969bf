/**
 * The projects overview: one heading, the way to a new project, the view (list, board, calendar, map) and the
 * filters, all kept in the address (`?vue=tableau&status=active…`) so that each view has its own link. The frame
 * (section and heading, view tabs, filters, address parameters) is the staff lists' (list-table.tsx, use-paged-list.ts).
 * Live: a project created or changed by anyone (topic `projects`) reads the list again quietly.
 */
import { useEffect } from 'preact/hooks';
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { PROJECT_KINDS, PROJECT_STATUSES } from '@tandem/shared/work/task-states';
import { tr } from '../../../lib/locale';
import { linkClick, navigate } from '../router';
import { may } from '../may';
import { FilterSelect, Filters as FilterFields, ListSection, ViewTabs } from '../list-table';
import { paramIn } from '../use-paged-list';
import { ErrorNotice } from '../page-states';
import { PROJECT_VIEWS, type ProjectsView, kindLabel, projectDepartments, statusLabel, viewLabel } from './project-format';
import { type ProjectFilters, useProjects } from './use-projects';
import ProjectsList from './ProjectsList';
import ProjectsBoard from './ProjectsBoard';
import ProjectsCalendar from './ProjectsCalendar';
import ProjectsMap from './ProjectsMap';
import { departmentName } from '../../Timeline';
import { useLiveRefresh } from '../live/use-live';
import '../permits/permits.css';

function fromUrl(commune: PublicCommuneConfig): { view: ProjectsView; filters: ProjectFilters; month: string } {
  const q = new URLSearchParams(location.search);
  return {
    view: paramIn(q, 'vue', PROJECT_VIEWS) || 'liste',
    filters: {
      status: paramIn(q, 'status', PROJECT_STATUSES),
      kind: paramIn(q, 'kind', PROJECT_KINDS),
      department: paramIn(
        q,
        'department',
        projectDepartments(commune).map((d) => d.code),
      ),
    },
    month: /^\d{4}-(0[1-9]|1[0-2])$/.test(q.get('mois') ?? '') ? (q.get('mois') as string) : '',
  };
}

export function overviewHref(base: string, view: ProjectsView, filters: ProjectFilters, month = ''): string {
  const q = new URLSearchParams({
    vue: view,
    ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v)),
    ...(month ? { mois: month } : {}),
  });
  return `${base}?${q}`;
}

export default function ProjectsOverview({ commune, onSignedOut }: { commune: PublicCommuneConfig; onSignedOut(): void }) {
  const base = `/${commune.id}/agents/projets/`;
  const { view, filters, month } = fromUrl(commune);
  const list = useProjects(commune.id, filters, onSignedOut);
  const apply = (f: ProjectFilters) => navigate(overviewHref(base, view, f, month), true);
  useEffect(() => document.getElementById('projects-title')?.focus(), [view]);
  // A project created or changed by anyone (topic `projects`): read again quietly, once for a burst.
  useLiveRefresh(commune.id, ['projects'], () => void list.refresh());
  const items = list.items ?? [];

  return (
    <ListSection titleId="projects-title" title={`${tr('projects.title')} : ${viewLabel(view)}`} testId="projects" busy={list.loading}>
      <p>{tr('projects.intro')}</p>
      {may(commune, 'POST /api/{commune}/staff/projects', 'create') && (
        <p>
          <a class="button" href={`${base}nouveau/`} onClick={linkClick} data-testid="project-new">
            {tr('projects.new')}
          </a>
        </p>
      )}
      <ViewTabs
        label={tr('projects.views')}
        views={PROJECT_VIEWS}
        current={view}
        hrefOf={(v) => overviewHref(base, v, filters, month)}
        labelOf={viewLabel}
        testIdOf={(v) => `projects-view-${v}`}
      />
      <FilterFields>
        <FilterSelect
          id="projects-filter-status"
          label={tr('projects.filter.status')}
          allLabel={tr('projects.filter.all')}
          value={filters.status}
          options={PROJECT_STATUSES}
          labelOf={statusLabel}
          onValue={(status) => apply({ ...filters, status })}
        />
        <FilterSelect
          id="projects-filter-kind"
          label={tr('projects.filter.kind')}
          allLabel={tr('projects.filter.all')}
          value={filters.kind}
          options={PROJECT_KINDS}
          labelOf={kindLabel}
          onValue={(kind) => apply({ ...filters, kind })}
        />
        <FilterSelect
          id="projects-filter-department"
          label={tr('projects.filter.department')}
          allLabel={tr('projects.filter.all')}
          value={filters.department}
          options={projectDepartments(commune).map((d) => d.code)}
          labelOf={(c) => departmentName(commune, c)}
          onValue={(department) => apply({ ...filters, department })}
        />
      </FilterFields>
      <p role="status" data-testid="projects-count">
        {list.loading ? tr('common.loading') : list.items ? tr('projects.count', { n: items.length }) : ''}
      </p>
      {list.error && <ErrorNotice message={list.error} onRetry={() => void list.load()} />}
      {list.items &&
        (view === 'tableau' ? (
          <ProjectsBoard commune={commune} items={items} />
        ) : view === 'calendrier' ? (
          <ProjectsCalendar commune={commune} items={items} month={month} hrefOf={(m) => overviewHref(base, view, filters, m)} />
        ) : view === 'carte' ? (
          <ProjectsMap commune={commune} items={items} />
        ) : (
          <ProjectsList commune={commune} items={items} />
        ))}
    </ListSection>
  );
}
