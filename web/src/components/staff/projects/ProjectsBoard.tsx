/** The projects by status, one column (a list under its heading) per status; a card says its kind, health and period. */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { PROJECT_STATUSES } from '@tandem/shared/work/task-states';
import { tr } from '../../../lib/locale';
import { type ProjectView, kindLabel, periodText, statusLabel } from './project-format';
import { Health, ProjectLink } from './ProjectBits';

export default function ProjectsBoard({ commune, items }: { commune: PublicCommuneConfig; items: ProjectView[] }) {
  return (
    <div class="project-board" data-testid="projects-board">
      {PROJECT_STATUSES.map((status) => {
        const column = items.filter((p) => p.status === status);
        return (
          <section class="project-column" aria-labelledby={`board-${status}`} key={status}>
            <h2 id={`board-${status}`}>
              {statusLabel(status)} <span class="count">({column.length})</span>
            </h2>
            {column.length ? (
              <ul>
                {column.map((p) => (
                  <li class="project-card" key={p.id}>
                    <ProjectLink commune={commune.id} project={p} />
                    <p>
                      {kindLabel(p.kind)} · <Health health={p.health} />
                    </p>
                    <p>{periodText(p)}</p>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{tr('projects.board.empty')}</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
