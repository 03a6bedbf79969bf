/**
 * The rows of the staff app's CSV downloads of the tasks list and the projects list (written client-side with the one
 * CSV writer, shared/src/csv.ts: formula cells made text). Headers are the screen's words in the agent's language;
 * days are Brussels calendar days (a task due at 23:30 UTC on 31 March is due on 1 April in Brussels); people and
 * departments are named, not coded. The caller gives its translations, so the mapping stays testable without a page.
 */
import { brusselsDate } from '../brussels-time.js';
import type { CsvValue } from '../csv.js';
import type { MessageKey } from '../i18n/fr.js';
import type { ProjectView, TaskSummaryView } from '../schemas/work.js';

/** How the agent's screen names things: its translation, a colleague's name, a department's name. */
export interface CsvNames {
  tr(key: MessageKey): string;
  person(id: string): string;
  department(code: string): string;
}

export interface CsvTable {
  header: string[];
  rows: CsvValue[][];
}

const TASK_COLUMNS = [
  'workTasks.csv.id',
  'workTasks.col.title',
  'workTasks.col.status',
  'workTasks.col.priority',
  'workTasks.csv.dueDay',
  'workTasks.col.assignees',
  'workTasks.col.department',
  'workTasks.csv.project',
] as const satisfies readonly MessageKey[];

export function taskCsv(tasks: readonly TaskSummaryView[], n: CsvNames): CsvTable {
  return {
    header: TASK_COLUMNS.map((k) => n.tr(k)),
    rows: tasks.map((t) => [
      t.id,
      t.title,
      n.tr(`workTasks.status.${t.status}`),
      n.tr(`workTasks.priority.${t.priority}`),
      t.dueAt ? brusselsDate(t.dueAt) : '',
      t.assignees.map((a) => n.person(a)).join(', '),
      n.department(t.department),
      t.projectId ?? '',
    ]),
  };
}

const PROJECT_COLUMNS = [
  'projects.csv.id',
  'projects.col.title',
  'projects.col.kind',
  'projects.col.status',
  'projects.col.health',
  'projects.field.start',
  'projects.field.end',
  'projects.field.lead',
  'projects.detail.lead',
  'projects.col.departments',
  'projects.field.budgetLine',
  'projects.field.pstObjective',
] as const satisfies readonly MessageKey[];

/** `pst(id)`: the PST objective's title. Start and end are already calendar days. */
export function projectCsv(projects: readonly ProjectView[], n: CsvNames & { pst(id: string): string }): CsvTable {
  return {
    header: PROJECT_COLUMNS.map((k) => n.tr(k)),
    rows: projects.map((p) => [
      p.id,
      p.title,
      n.tr(`projects.kind.${p.kind}`),
      n.tr(`projects.status.${p.status}`),
      n.tr(`projects.health.${p.health}`),
      p.start ?? '',
      p.end ?? '',
      p.lead ? n.person(p.lead) : '',
      n.department(p.departments[0]),
      p.departments
        .slice(1)
        .map((d) => n.department(d))
        .join(', '),
      p.budgetLine ?? '',
      p.pstObjective ? n.pst(p.pstObjective) : '',
    ]),
  };
}
