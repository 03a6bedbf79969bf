/**
 * GET /api/{commune}/staff/boards/{department}: a department's board, one Query of gsi1 per status column (open
 * columns by due instant, done and cancelled newest closed first and limited), and the opinions the department
 * still owes on permit requests (the existing queue on gsi3, by due day).
 */
import { BOARD_COLUMNS, isOpenTask, type TaskStatus } from '@tandem/shared/work/task-states';
import type { TaskSummaryView } from '@tandem/shared/schemas/work';
import { opinionKeys, taskKeys, type OpinionItem, type TaskItem } from '@tandem/shared';
import { json, notFound, pathParam, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { requireStaff } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { clock } from '../lib/clock.js';
import { queryIndex } from './work-store.js';
import { toTaskSummary } from './task-view.js';

/** How many closed tasks a column shows (the latest). */
export const CLOSED_COLUMN_LIMITS: Partial<Record<TaskStatus, number>> = { done: 50, cancelled: 20 };
const OPEN_COLUMN_LIMIT = 300;

export async function readBoard(event: ApiEvent): Promise<ApiResult> {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  const commune = reg.config.id;
  const department = pathParam(event, 'department');
  if (!reg.config.departments.some((d) => d.code === department)) throw notFound(`no department "${department}" in ${commune}`);
  authorize(user, reg.config, 'GET /api/{commune}/staff/boards/{department}', 'read', { department });
  const now = clock.iso();
  const columns = await Promise.all(
    BOARD_COLUMNS.map(async (status) => {
      const items = await queryIndex<TaskItem>('gsi1', taskKeys.boardColumn(commune, department, status), {
        newestFirst: !isOpenTask(status),
        limit: CLOSED_COLUMN_LIMITS[status] ?? OPEN_COLUMN_LIMIT,
      });
      return [status, items.map((t) => toTaskSummary(t, now))] as const;
    }),
  );
  const opinions = await queryIndex<OpinionItem>('gsi3', opinionKeys.pendingOpinions(commune, department));
  return json(
    200,
    {
      department,
      columns: Object.fromEntries(columns) as Record<TaskStatus, TaskSummaryView[]>,
      opinions: opinions.map((o) => ({ permit: o.code, due: o.due, requestedAt: o.requestedAt, overdue: o.due < clock.today() })),
    },
    { 'cache-control': 'no-store' },
  );
}
