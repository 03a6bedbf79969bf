/** Tasks as a table (the list, a calendar day in words): title (the way to the task), status, priority, due, people, department. */
import type { PublicCommuneConfig } from '@tandem/shared/commune-config';
import { tr, type MessageKey } from '../../../lib/locale';
import { departmentName } from '../../Timeline';
import { linkClick } from '../router';
import { Cell, ListTable } from '../list-table';
import type { PersonView, TaskSummaryView } from './task-api';
import { dueText, personName, priorityLabel, statusLabel } from './task-format';
import { taskHref } from './tasks-route';

const COLUMNS: MessageKey[] = [
  'workTasks.col.title',
  'workTasks.col.status',
  'workTasks.col.priority',
  'workTasks.col.due',
  'workTasks.col.assignees',
  'workTasks.col.department',
];

export default function TaskTable({
  commune,
  tasks,
  people,
  caption,
  testId,
}: {
  commune: PublicCommuneConfig;
  tasks: TaskSummaryView[];
  people: PersonView[] | undefined;
  caption: string;
  testId: string;
}) {
  return (
    <ListTable class="tasks-table" testId={testId} caption={caption} columns={COLUMNS}>
      {tasks.map((t) => (
        <tr key={t.id}>
          <Cell k="workTasks.col.title">
            <a href={taskHref(commune.id, t.id)} onClick={linkClick}>
              {t.title}
            </a>
          </Cell>
          <Cell k="workTasks.col.status">{statusLabel(t.status)}</Cell>
          <Cell k="workTasks.col.priority">{priorityLabel(t.priority)}</Cell>
          <Cell k="workTasks.col.due">
            {dueText(t.dueAt)}
            {t.overdue && <strong class="overdue"> {tr('workTasks.overdue')}</strong>}
          </Cell>
          <Cell k="workTasks.col.assignees">{t.assignees.map((a) => personName(people, a)).join(', ') || '—'}</Cell>
          <Cell k="workTasks.col.department">{departmentName(commune, t.department)}</Cell>
        </tr>
      ))}
    </ListTable>
  );
}
