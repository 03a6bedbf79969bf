/** How the projects screens name things: statuses, health, kinds, periods, departments, the views of the list. */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { formatCalendarDay } from '@tandem/shared/brussels-time';
import type { ProjectView, TaskSummaryView } from '@tandem/shared/schemas/work';
import type { ProjectHealth, ProjectKind, ProjectStatus } from '@tandem/shared/work/task-states';
import { dateLocale, tr, type MessageKey } from '../../../lib/locale';
import { departmentName } from '../../Timeline';

export type { ProjectView, TaskSummaryView };

export const PROJECT_VIEWS = ['liste', 'tableau', 'calendrier', 'carte'] as const;
export type ProjectsView = (typeof PROJECT_VIEWS)[number];

export const statusLabel = (s: ProjectStatus) => tr(`projects.status.${s}` as MessageKey);
export const healthLabel = (h: ProjectHealth) => tr(`projects.health.${h}` as MessageKey);
export const kindLabel = (k: ProjectKind) => tr(`projects.kind.${k}` as MessageKey);
export const viewLabel = (v: ProjectsView) => tr(`projects.view.${v}` as MessageKey);

/** Health is said in words and marked with a shape too (never by colour alone). */
export const HEALTH_MARK: Record<ProjectHealth, string> = { 'on-track': '●', 'at-risk': '▲', 'off-track': '■' };

export const dayText = (day: string) => formatCalendarDay(day, dateLocale(), { day: 'numeric', month: 'long', year: 'numeric' });

export function periodText(p: Pick<ProjectView, 'start' | 'end'>): string {
  if (p.start && p.end) return tr('projects.period.range', { start: dayText(p.start), end: dayText(p.end) });
  if (p.start) return tr('projects.period.from', { start: dayText(p.start) });
  return tr('projects.period.none');
}

export const departmentsText = (commune: PublicCommuneConfig, codes: readonly string[]) =>
  codes.map((c) => departmentName(commune, c)).join(', ');

/** The departments a project may name: the commune's own, not the outside bodies that only review. */
export const projectDepartments = (commune: PublicCommuneConfig) => commune.departments.filter((d) => !d.reviewOnly);

export function progressText(p: ProjectView['progress']): string {
  if (!p || p.total === 0) return tr('projects.progress.none');
  return tr('projects.progress', { done: p.done, total: p.total });
}

export const projectHref = (commune: string, id: string) => `/${commune}/agents/projets/${encodeURIComponent(id)}/`;
export const taskHref = (commune: string, id: string) => `/${commune}/agents/taches/${encodeURIComponent(id)}/`;
