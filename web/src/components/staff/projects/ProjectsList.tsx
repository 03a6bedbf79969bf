/**
 * The projects as a table, by start day: title, kind, status, health, period, lead, departments. The rows stack on a
 * phone. « Télécharger (CSV) » writes the rows shown (the filters applied).
 */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { projectCsv } from '@tandem/shared/work/work-csv';
import { tr } from '../../../lib/locale';
import { departmentName } from '../../Timeline';
import { CsvButton } from '../csv-button';
import { Cell, ListTable } from '../list-table';
import { personName } from '../tasks/task-format';
import { usePeople } from '../tasks/use-people';
import { pstTitle } from './ProjectFields';
import { type ProjectView, departmentsText, kindLabel, periodText } from './project-format';
import { Health, ProjectLink, Status, noProjects } from './ProjectBits';

const COLUMNS = [
  'projects.col.title',
  'projects.col.kind',
  'projects.col.status',
  'projects.col.health',
  'projects.col.period',
  'projects.col.lead',
  'projects.col.departments',
] as const;

export default function ProjectsList({ commune, items }: { commune: PublicCommuneConfig; items: ProjectView[] }) {
  const people = usePeople(commune.id);
  if (!items.length) return noProjects();
  return (
    <>
      <CsvButton
        name="projets"
        commune={commune.id}
        testId="projects-csv"
        label={tr('projects.csv.download')}
        done={(file) => tr('projects.csv.done', { file })}
        table={() =>
          projectCsv(items, {
            tr,
            person: (id) => personName(people, id),
            department: (code) => departmentName(commune, code),
            pst: (id) => pstTitle(commune, id),
          })
        }
      />
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
            <Cell k="projects.col.lead" data-testid="project-lead">
              {p.lead ? personName(people, p.lead) : '—'}
            </Cell>
            <Cell k="projects.col.departments">{departmentsText(commune, p.departments)}</Cell>
          </tr>
        ))}
      </ListTable>
    </>
  );
}
