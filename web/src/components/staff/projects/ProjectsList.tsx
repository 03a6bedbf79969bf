/** The projects as a table, by start day: title, kind, status, health, period, departments. The rows stack on a phone. */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { tr } from '../../../lib/locale';
import { Cell, ListTable } from '../list-table';
import { type ProjectView, departmentsText, kindLabel, periodText } from './project-format';
import { Health, ProjectLink, Status, noProjects } from './ProjectBits';

const COLUMNS = [
  'projects.col.title',
  'projects.col.kind',
  'projects.col.status',
  'projects.col.health',
  'projects.col.period',
  'projects.col.departments',
] as const;

export default function ProjectsList({ commune, items }: { commune: PublicCommuneConfig; items: ProjectView[] }) {
  if (!items.length) return noProjects();
  return (
    <ListTable class="inbox projects-list" testId="projects-list" caption={tr('projects.caption')} columns={COLUMNS}>
      {items.map((p) => (
        <tr key={p.id}>
          <Cell k="projects.col.title">
            <ProjectLink commune={commune.id} project={p} />
          </Cell>
          <Cell k="projects.col.kind">{kindLabel(p.kind)}</Cell>
          <Cell k="projects.col.status">
            <Status status={p.status} />
          </Cell>
          <Cell k="projects.col.health">
            <Health health={p.health} />
          </Cell>
          <Cell k="projects.col.period">{periodText(p)}</Cell>
          <Cell k="projects.col.departments">{departmentsText(commune, p.departments)}</Cell>
        </tr>
      ))}
    </ListTable>
  );
}
