/**
 * The staff workspace at scale (issues 10 and 14: under 100 ms, printed beside each p50): one commune holding 100,000 reports (the bench's year of reports,
 * report-seed.ts, shared with the statistics part) and 20,000 tasks, written straight into DynamoDB Local as the
 * stores write them (items, index attributes, assignment items), then p50/p99 through the local API of the demo
 * agent's « Mon travail », of a department's board (each column's first page) and of one column's next page. All
 * read by key, so none should grow with the commune's history: the figures are printed beside the items answered,
 * the answer's size, and the same board queries sent bare to DynamoDB Local (what is the store's, what is ours).
 * `npm run bench -- --only scale` runs it alone with the lists of reports (scale-part.ts; BENCH_REPORTS, BENCH_WORK_TASKS,
 * BENCH_N set the sizes).
 */
import { performance } from 'node:perf_hooks';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  assignmentItem,
  BOARD_COLUMNS,
  isOpenTask,
  newTaskItem,
  opinionKeys,
  TASK_STATUSES,
  taskIndexes,
  taskKeys,
  type TaskItem,
} from '@tandem/shared';
import { BOARD_FIRST_PAGE } from '@tandem/shared/schemas/work-lists';
import { benchClient, random, writeAll } from './report-seed.js';
import { SCALE_GOAL_MS, underMsGoal } from './goals.js';
import { pct } from './stats.js';

export interface WorkScaleOptions {
  endpoint: string;
  table: string;
  commune: string;
  /** The Cognito sub of the staff member whose « Mon travail » is measured. */
  sub: string;
  departments: string[];
  tasks: number;
}

/** Writes the tasks (with their assignment items) beside the shared reports; returns how many items were written. */
export async function seedWorkScale(o: WorkScaleOptions): Promise<number> {
  const next = random(7);
  const day = 86_400_000;
  const now = Date.now();
  const tasks: Record<string, unknown>[] = [];
  for (let i = 0; i < o.tasks; i++) {
    const id = `T${i.toString(32).toUpperCase().padStart(3, '0')}-${(i % 10000).toString().padStart(4, '0')}`;
    const createdAt = new Date(now - Math.floor(next() * 365) * day).toISOString();
    const status = TASK_STATUSES[Math.floor(next() * TASK_STATUSES.length)];
    // One task in fifty is the measured person's: 400 of 20,000, the rest shared by 80 colleagues.
    const assignee = i % 50 === 0 ? o.sub : `bench-colleague-${i % 80}`;
    const task = newTaskItem({
      commune: o.commune,
      id,
      title: `Tâche de mesure ${i}`,
      department: o.departments[i % o.departments.length],
      assignees: [assignee],
      dueAt: new Date(now + Math.floor(next() * 120 - 60) * day).toISOString(),
      createdAt,
      createdBy: 'bench',
    });
    const closedAt = isOpenTask(status) ? undefined : new Date(Date.parse(createdAt) + day).toISOString();
    const item: TaskItem = { ...task, status, ...(closedAt ? { closedAt } : {}) };
    Object.assign(item, taskIndexes(item));
    tasks.push(
      item as unknown as Record<string, unknown>,
      assignmentItem(o.commune, item.pk, assignee, createdAt, {
        kind: 'task',
        id,
        title: item.title,
        status,
        open: isOpenTask(status),
        department: item.department,
        priority: item.priority,
        dueAt: item.dueAt,
      }) as unknown as Record<string, unknown>,
    );
  }
  await writeAll(o.endpoint, o.table, tasks);
  return tasks.length;
}

export interface WorkScaleFigures {
  myWork: number[];
  myWorkItems: number;
  /** The board's first page through the API; its cards, the index entries it read, its size. */
  board: number[];
  boardCards: number;
  boardRead: number;
  boardBytes: number;
  /** The same six queries (five columns and the opinions) sent bare to DynamoDB Local from the bench, in parallel. */
  boardStore: number[];
  /** The next page of the first column that has one (« Afficher plus »). */
  nextPage: number[];
  nextPageCards: number;
}

/** The demo agent's ID token and sub (the sub is whose « Mon travail » is measured). */
export async function signInAgent(base: string, password: string): Promise<{ idToken: string; sub: string }> {
  const r = await fetch(`${base}/api/soignies/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'agent@soignies.example', password }),
  });
  const { idToken } = (await r.json()) as { idToken: string };
  const sub = (JSON.parse(Buffer.from(idToken.split('.')[1], 'base64url').toString()) as { sub: string }).sub;
  return { idToken, sub };
}

/** Times « Mon travail » (assigned), the department's board and one column's next page through the local API. */
export async function benchWorkScale(
  base: string,
  endpoint: string,
  table: string,
  commune: string,
  department: string,
  idToken: string,
  n: number,
): Promise<WorkScaleFigures> {
  const headers = { authorization: `Bearer ${idToken}` };
  const get = async (path: string) => {
    const r = await fetch(`${base}/api/${commune}/staff/${path}`, { headers });
    const text = await r.text();
    if (!r.ok) throw new Error(`GET ${path}: ${r.status} ${text}`);
    return { body: JSON.parse(text) as Record<string, unknown>, bytes: Buffer.byteLength(text) };
  };
  const count = (v: unknown): number =>
    Array.isArray(v) ? v.length : v && typeof v === 'object' ? Object.values(v).reduce<number>((s, x) => s + count(x), 0) : 0;
  const out: WorkScaleFigures = {
    myWork: [],
    myWorkItems: 0,
    board: [],
    boardCards: 0,
    boardRead: 0,
    boardBytes: 0,
    boardStore: [],
    nextPage: [],
    nextPageCards: 0,
  };
  let more: { status: string; cursor: string } | undefined;
  for (let i = 0; i < 5; i++) {
    out.myWorkItems = count((await get('my-work?view=assigned')).body.items);
    const board = await get(`boards/${department}`);
    const cursors = board.body.cursors as Record<string, string>;
    out.boardCards = count(board.body.columns);
    // Each column with more reads one entry beyond its page (to know there is more).
    out.boardRead = out.boardCards + Object.keys(cursors).length;
    out.boardBytes = board.bytes;
    const status = Object.keys(cursors)[0];
    more = status ? { status, cursor: cursors[status] } : undefined;
  }
  const next = more && `boards/${department}?status=${more.status}&cursor=${encodeURIComponent(more.cursor)}`;
  if (next) out.nextPageCards = count((await get(next)).body.cards);

  const ddb = benchClient(endpoint);
  const query = (pk: string, index: string, limit?: number, newestFirst = false) =>
    ddb.send(
      new QueryCommand({
        TableName: table,
        IndexName: index,
        KeyConditionExpression: `${index}pk = :pk`,
        ExpressionAttributeValues: { ':pk': pk },
        ScanIndexForward: !newestFirst,
        ...(limit ? { Limit: limit } : {}),
      }),
    );
  const storeBoard = () =>
    Promise.all([
      ...BOARD_COLUMNS.map((s) => query(taskKeys.boardColumn(commune, department, s), 'gsi1', BOARD_FIRST_PAGE[s] + 1, !isOpenTask(s))),
      query(opinionKeys.pendingOpinions(commune, department), 'gsi3'),
    ]);
  for (let i = 0; i < 5; i++) await storeBoard();

  for (let i = 0; i < n; i++) {
    let t0 = performance.now();
    await get('my-work?view=assigned');
    out.myWork.push(performance.now() - t0);
    t0 = performance.now();
    await get(`boards/${department}`);
    out.board.push(performance.now() - t0);
    t0 = performance.now();
    await storeBoard();
    out.boardStore.push(performance.now() - t0);
    if (next) {
      t0 = performance.now();
      await get(next);
      out.nextPage.push(performance.now() - t0);
    }
  }
  ddb.destroy();
  return out;
}

export function workScaleLines(
  f: WorkScaleFigures,
  seed: { reports: number; tasks: number; taskItems: number; taskSeconds: number },
  row: (label: string, xs: number[]) => string,
): string[] {
  const goal = (xs: number[]) => `   ${underMsGoal(pct(xs, 50), SCALE_GOAL_MS)}`;
  return [
    `Staff workspace with ${seed.reports.toLocaleString('en')} reports and ${seed.tasks.toLocaleString('en')} tasks in one commune (${seed.taskItems.toLocaleString('en')} task items written in ${seed.taskSeconds.toFixed(0)} s)`,
    `${row('my work (assigned)', f.myWork)}${goal(f.myWork)}   (${f.myWorkItems} items answered)`,
    `${row('board, first pages', f.board)}${goal(f.board)}   (${f.boardCards} cards answered, ${f.boardRead} index entries read, ${(f.boardBytes / 1024).toFixed(1)} KiB)`,
    `${row('  same queries, bare DDB', f.boardStore)}   (5 columns + opinions, in parallel, from the bench)`,
    f.nextPage.length
      ? `${row('board, one column’s next page', f.nextPage)}${goal(f.nextPage)}   (${f.nextPageCards} cards)`
      : '  (no column with a next page)',
  ];
}
