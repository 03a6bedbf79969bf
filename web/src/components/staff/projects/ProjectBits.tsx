/** Small pieces every projects view shows: a project's link, its status and health (words and a shape, never colour alone), its progress. */
import { tr } from '../../../lib/locale';
import { linkClick } from '../router';
import { HEALTH_MARK, type ProjectView, healthLabel, progressText, projectHref, statusLabel } from './project-format';

export function ProjectLink({ commune, project }: { commune: string; project: Pick<ProjectView, 'id' | 'title'> }) {
  return (
    <a href={projectHref(commune, project.id)} onClick={linkClick} data-testid="project-link">
      {project.title}
    </a>
  );
}

export function Health({ health }: { health: ProjectView['health'] }) {
  return (
    <span class={`project-health health-${health}`}>
      <span aria-hidden="true">{HEALTH_MARK[health]} </span>
      {healthLabel(health)}
    </span>
  );
}

export function Status({ status }: { status: ProjectView['status'] }) {
  return <span class={`project-status status-${status}`}>{statusLabel(status)}</span>;
}

/** A progress bar with its words (the bar alone says nothing to a screen reader). */
export function Progress({ progress }: { progress: ProjectView['progress'] }) {
  const text = progressText(progress);
  if (!progress || progress.total === 0) return <span class="project-progress">{text}</span>;
  return (
    <span class="project-progress">
      <progress max={progress.total} value={progress.done} aria-label={text} /> <span>{text}</span>
    </span>
  );
}

export const noProjects = () => <p data-testid="projects-empty">{tr('projects.empty')}</p>;
