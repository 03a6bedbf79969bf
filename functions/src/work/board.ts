/**
 * GET /api/{commune}/staff/boards/{department}: a department's board, one Query of gsi1 per status column (open
 * columns by due instant, done and cancelled newest closed first), each its first page with a cursor when the
 * column holds more, and the opinions the department still owes on permit requests (the existing queue on gsi3, by
 * due day). With `?status=&cursor=`: the next page of that one column, so a board never reads more than it shows.
 */
import { BOARD_COLUMNS, isOpenTask, type TaskStatus } from '@tandem/shared/work/task-states';
import type { TaskSummaryView } from '@tandem/shared/schemas/work';
import { BOARD_FIRST_PAGE, BOARD_NEXT_PAGE, BoardQuery, type BoardColumnPage, type BoardView } from '@tandem/shared/schemas/work-lists';
import { opinionKeys, taskKeys, type OpinionItem, type TaskItem } from '@tandem/shared';
import { json, notFound, parseQuery, pathParam, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { requireStaff } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { clock } from '../lib/clock.js';
import { checkStartKey, decodeCursor, encodeCursor } from '../lib/cursor.js';
import { queryIndex, queryIndexPage } from './work-store.js';
import { toTaskSummary } from './task-view.js';

/** How many closed tasks the task list (list-tasks.ts) reads for a closed status: the latest. */
export const CLOSED_COLUMN_LIMITS: Partial<Record<TaskStatus, number>> = { done: 50, cancelled: 20 };

/** One page of a column: its cards and, when it holds more, the cursor of the next page. */
async function columnPage(commune: string, department: string, status: TaskStatus, size: number, cursor?: string) {
  const pk = taskKeys.boardColumn(commune, department, status);
  const startKey = checkStartKey(decodeCursor(cursor, commune), { pkName: 'gsi1pk', skName: 'gsi1sk', pkValue: pk });
  const page = await queryIndexPage<TaskItem & Record<string, unknown>>('gsi1', pk, {
    size,
    newestFirst: !isOpenTask(status),
    startKey,
  });
  const now = clock.iso();
  return { cards: page.items.map((t): TaskSummaryView => toTaskSummary(t, now)), cursor: encodeCursor(page.next) };
}

export async function readBoard(event: ApiEvent): Promise<ApiResult> {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  const commune = reg.config.id;
  const department = pathParam(event, 'department');
  if (!reg.config.departments.some((d) => d.code === department)) throw notFound(`no department "${department}" in ${commune}`);
  authorize(user, reg.config, 'GET /api/{commune}/staff/boards/{department}', 'read', { department });
  const q = parseQuery(event, BoardQuery);
  if (q.status) {
    const page = await columnPage(commune, department, q.status, BOARD_NEXT_PAGE, q.cursor);
    const body: BoardColumnPage = { department, status: q.status, ...page };
    return json(200, body, { 'cache-control': 'no-store' });
  }
  const [columns, opinions] = await Promise.all([
    Promise.all(
      BOARD_COLUMNS.map(async (status) => [status, await columnPage(commune, department, status, BOARD_FIRST_PAGE[status])] as const),
    ),
    queryIndex<OpinionItem>('gsi3', opinionKeys.pendingOpinions(commune, department)),
  ]);
  const today = clock.today();
  const body: BoardView = {
    department,
    columns: Object.fromEntries(columns.map(([s, p]) => [s, p.cards])) as BoardView['columns'],
    cursors: Object.fromEntries(columns.filter(([, p]) => p.cursor).map(([s, p]) => [s, p.cursor])) as BoardView['cursors'],
    opinions: opinions.map((o) => ({ permit: o.code, due: o.due, requestedAt: o.requestedAt, overdue: o.due < today })),
  };
  return json(200, body, { 'cache-control': 'no-store' });
}
