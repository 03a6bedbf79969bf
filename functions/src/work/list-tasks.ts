/**
 * GET /api/{commune}/staff/tasks: by key, never a scan.
 *   ?from=YYYY-MM-DD&to=YYYY-MM-DD  the calendar: tasks due in those Brussels days (one range of gsi3);
 *   otherwise the list: the board columns (gsi1) of the department asked, or of every department the reader may see,
 *   open statuses unless `status` names one; `assignee` reads that person's "my work" instead. `q` keeps the tasks
 *   whose title or description hold the words (shared/src/word-search.ts).
 * Workers see the tasks of their departments and those assigned to them (scope 'assigned').
 */
import { OPEN_TASK_STATUSES, isOpenTask, type TaskStatus } from '@tandem/shared/work/task-states';
import { TASK_CALENDAR_MAX_DAYS as MAX_DAYS, TaskListQuery } from '@tandem/shared/schemas/work-lists';
import { filterByWords } from '@tandem/shared/word-search';
import { taskKeys, workFollowKeys, type AssignmentItem, type TaskItem } from '@tandem/shared';
import { badRequest, json, parseQuery, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { requireStaff } from '../lib/staff-auth.js';
import { authorizeList } from '../lib/authorize.js';
import { clock } from '../lib/clock.js';
import { getTasks, queryIndex } from './work-store.js';
import { toTaskSummary } from './task-view.js';
import { brusselsDaysRange, calendarBounds } from './work-ranges.js';
import { CLOSED_COLUMN_LIMITS } from './board.js';

export async function listTasks(event: ApiEvent): Promise<ApiResult> {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  const commune = reg.config.id;
  const scope = authorizeList(user, reg.config, 'GET /api/{commune}/staff/tasks', 'list');
  const q = parseQuery(event, TaskListQuery);
  const now = clock.iso();
  const assignedTo = (sub: string) =>
    queryIndex<AssignmentItem>('gsi1', workFollowKeys.myWork(commune, sub)).then((a) =>
      getTasks(
        commune,
        a.filter((x) => x.kind === 'task').map((x) => x.id),
      ),
    );

  let tasks: TaskItem[];
  if (q.from && q.to) {
    if ((Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 >= MAX_DAYS)
      throw badRequest(`ask at most ${MAX_DAYS} days at once`, [{ name: 'to', reason: `at most ${MAX_DAYS} days after from` }]);
    const r = brusselsDaysRange(q.from, q.to);
    tasks = await queryIndex<TaskItem>('gsi3', taskKeys.taskCalendar(commune), calendarBounds(r.start, r.end));
  } else if (q.assignee) {
    tasks = await assignedTo(q.assignee);
  } else {
    const visible = scope === 'any' ? reg.config.departments.filter((d) => !d.reviewOnly).map((d) => d.code) : scope;
    const departments = q.department ? visible.filter((d) => d === q.department) : visible;
    const statuses: readonly TaskStatus[] = q.status ? [q.status] : OPEN_TASK_STATUSES;
    const columns = await Promise.all(
      departments.flatMap((d) =>
        statuses.map((s) =>
          queryIndex<TaskItem>('gsi1', taskKeys.boardColumn(commune, d, s), {
            newestFirst: !isOpenTask(s),
            ...(CLOSED_COLUMN_LIMITS[s] ? { limit: CLOSED_COLUMN_LIMITS[s] } : {}),
          }),
        ),
      ),
    );
    tasks = columns.flat();
    // A worker also sees what is assigned to them in other departments.
    if (scope !== 'any') tasks = dedupe([...tasks, ...(await assignedTo(user.sub))]);
  }

  const visible = tasks.filter(
    (t) =>
      (scope === 'any' || scope.includes(t.department) || t.assignees.includes(user.sub)) &&
      (!q.department || t.department === q.department) &&
      (!q.status ? q.from !== undefined || q.assignee !== undefined || isOpenTask(t.status) : t.status === q.status) &&
      (!q.assignee || t.assignees.includes(q.assignee)),
  );
  const found = q.q ? filterByWords(visible, (t) => `${t.title} ${t.description}`, q.q) : visible;
  const items = found.sort(byDue).map((t) => toTaskSummary(t, now));
  return json(200, { items }, { 'cache-control': 'no-store' });
}

function dedupe(tasks: TaskItem[]): TaskItem[] {
  return [...new Map(tasks.map((t) => [t.id, t])).values()];
}

const byDue = (a: TaskItem, b: TaskItem) => {
  const x = `${a.dueAt ?? '~'}#${a.id}`;
  const y = `${b.dueAt ?? '~'}#${b.id}`;
  return x < y ? -1 : x > y ? 1 : 0;
};
