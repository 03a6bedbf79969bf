/**
 * GET /api/{commune}/staff/today: the field app's « Aujourd’hui » (shared/src/field/field-api.ts TodayView) in one
 * call, every list read by key, bounded: the reader's open assignments ("my work", gsi1) and the open columns of their
 * departments' boards (gsi1), each due by the end of tomorrow in Brussels (overdue included) or without a due date.
 * The tasks themselves are then read whole (BatchGet: index copies may lag), kept only if still open, and split into
 * `mine` (the reader is an assignee) and `team`, by due instant (undated last). Photos come as presigned links.
 */
import { addDays, taskKeys, workFollowKeys, NO_DUE, type AssignmentItem, type TaskItem } from '@tandem/shared';
import type { FieldTaskView, TodayView } from '@tandem/shared/field/field-api';
import { OPEN_TASK_STATUSES, isOpenTask } from '@tandem/shared/work/task-states';
import { json, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { requireStaff } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { clock } from '../lib/clock.js';
import { storedContentType } from '@tandem/shared';
import { fileLinks } from './task-view.js';
import { isOverdue } from './task-summary.js';
import { getTasks, queryIndex } from './work-store.js';
import { brusselsDaysRange, openDueBounds } from './work-ranges.js';

/** At most this many items per list read (a day's work is far less; the bound keeps a phone's answer small). */
const LIST_LIMIT = 100;

const isPhoto = (key: string) => storedContentType(key)?.startsWith('image/') ?? false;

/** What the field app shows of a task, for this reader. */
export async function toFieldTask(t: TaskItem, sub: string, now: string): Promise<FieldTaskView> {
  const report = t.links.find((l) => l.kind === 'report');
  return {
    id: t.id,
    title: t.title,
    description: t.description,
    department: t.department,
    assignees: t.assignees,
    mine: t.assignees.includes(sub),
    status: t.status,
    priority: t.priority,
    ...(t.dueAt ? { dueAt: t.dueAt } : {}),
    overdue: isOverdue(t, now),
    checklist: t.checklist,
    ...(t.place ? { place: t.place } : {}),
    photos: await fileLinks(t.files.filter(isPhoto)),
    ...(report ? { reportCode: report.id } : {}),
    version: t.version,
  };
}

/** By due instant, those without one last, then by id. */
const byDue = (a: TaskItem, b: TaskItem) => {
  const ka = `${a.dueAt ?? NO_DUE}#${a.id}`;
  const kb = `${b.dueAt ?? NO_DUE}#${b.id}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

export async function readToday(event: ApiEvent): Promise<ApiResult> {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  const commune = reg.config.id;
  authorize(user, reg.config, 'GET /api/{commune}/staff/today', 'read');
  const now = clock.iso();
  const today = clock.today();
  const { end } = brusselsDaysRange(today, addDays(today, 1));

  const myWork = workFollowKeys.myWork(commune, user.sub);
  const departments = user.departments.filter((d) => reg.config.departments.some((c) => c.code === d));
  const reads: Promise<{ id: string; kind?: string }[]>[] = [
    // Open assignments due by the end of tomorrow (overdue ones first), then those without a due date.
    queryIndex<AssignmentItem>('gsi1', myWork, { ...openDueBounds(undefined, end), limit: LIST_LIMIT }),
    queryIndex<AssignmentItem>('gsi1', myWork, { prefix: `0#${NO_DUE}#`, limit: LIST_LIMIT }),
    // The open columns of the reader's departments, the same bounds (sort key `<dueAt|~>#<id>`).
    ...departments.flatMap((d) =>
      OPEN_TASK_STATUSES.flatMap((s) => [
        queryIndex<TaskItem>('gsi1', taskKeys.boardColumn(commune, d, s), { from: '0', to: `${end}~`, limit: LIST_LIMIT }),
        queryIndex<TaskItem>('gsi1', taskKeys.boardColumn(commune, d, s), { prefix: `${NO_DUE}#`, limit: LIST_LIMIT }),
      ]),
    ),
  ];
  const listed = (await Promise.all(reads)).flat().filter((i) => i.kind === undefined || i.kind === 'task');
  const tasks = (
    await getTasks(
      commune,
      listed.map((i) => i.id),
    )
  )
    .filter((t) => isOpenTask(t.status))
    // Still within the bound as the task is now (a copy may lag behind a new due date).
    .filter((t) => t.dueAt === undefined || t.dueAt <= end)
    .sort(byDue);
  const views = await Promise.all(tasks.map((t) => toFieldTask(t, user.sub, now)));
  const body: TodayView = { at: now, mine: views.filter((v) => v.mine), team: views.filter((v) => !v.mine) };
  return json(200, body, { 'cache-control': 'no-store' });
}
