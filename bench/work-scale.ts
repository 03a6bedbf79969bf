/**
 * The staff workspace at scale (issue 10's goal): one commune holding 100,000 reports and 20,000 tasks, written
 * straight into DynamoDB Local as the stores write them (items, index attributes, assignment items), then p50/p99
 * through the local API of the demo agent's « Mon travail » and of a department's board. Both read by key, so
 * neither should grow with the commune's history: the figures are printed beside the number of items they read.
 */
import { performance } from 'node:perf_hooks';
import { BatchWriteCommand, type BatchWriteCommandOutput, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  assignmentItem,
  isOpenTask,
  keys,
  newTaskItem,
  reportListIndex,
  stateIndexes,
  TASK_STATUSES,
  taskIndexes,
  type ReportState,
  type TaskItem,
} from '@tandem/shared';

export interface WorkScaleOptions {
  endpoint: string;
  table: string;
  commune: string;
  /** The Cognito sub of the staff member whose « Mon travail » is measured. */
  sub: string;
  departments: string[];
  reports: number;
  tasks: number;
}

/** A fixed pseudo-random sequence: the same data every run. */
function sequence(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const code = (prefix: string, i: number) =>
  `${prefix}${i.toString(32).toUpperCase().padStart(3, '0')}-${(i % 10000).toString().padStart(4, '0')}`;

async function writeAll(doc: DynamoDBDocumentClient, table: string, items: Record<string, unknown>[]): Promise<void> {
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  // A few batches in flight at once: DynamoDB Local takes them faster than one by one.
  const worker = async () => {
    for (let b = batches.shift(); b; b = batches.shift()) {
      let request: Record<string, { PutRequest: { Item: Record<string, unknown> } }[]> | undefined = {
        [table]: b.map((Item) => ({ PutRequest: { Item } })),
      };
      while (request) {
        const res: BatchWriteCommandOutput = await doc.send(new BatchWriteCommand({ RequestItems: request }));
        const left: unknown[] | undefined = res.UnprocessedItems?.[table];
        request = left?.length ? ({ [table]: left } as typeof request) : undefined;
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}

/** Writes the reports and the tasks (with their assignment items); returns how many items were written. */
export async function seedWorkScale(o: WorkScaleOptions): Promise<number> {
  const doc = DynamoDBDocumentClient.from(
    new DynamoDBClient({ region: 'eu-west-1', endpoint: o.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  const next = sequence(7);
  const day = 86_400_000;
  const now = Date.now();
  const states: ReportState[] = ['new', 'acknowledged', 'in_progress', 'fixed', 'closed'];
  let written = 0;
  for (let start = 0; start < o.reports; start += 10_000) {
    const chunk: Record<string, unknown>[] = [];
    for (let i = start; i < Math.min(o.reports, start + 10_000); i++) {
      const id = code('R', i);
      const createdAt = new Date(now - Math.floor(next() * 730) * day).toISOString();
      const state = states[Math.floor(next() * states.length)];
      const base = {
        commune: o.commune,
        code: id,
        state,
        createdAt,
        category: 'voirie',
        location: { lat: 50.57 + next() * 0.02, lng: 4.06 + next() * 0.02 },
      };
      chunk.push({
        ...keys.report(o.commune, id),
        type: 'report',
        ...base,
        department: o.departments[i % o.departments.length],
        description: `Signalement de mesure ${i}`,
        answers: {},
        photos: [],
        locale: 'fr',
        updatedAt: createdAt,
        version: 1,
        source: 'web',
        ...reportListIndex(o.commune, id, createdAt),
        ...stateIndexes(base, createdAt),
      });
    }
    await writeAll(doc, o.table, chunk);
    written += chunk.length;
  }
  const tasks: Record<string, unknown>[] = [];
  for (let i = 0; i < o.tasks; i++) {
    const id = code('T', i);
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
  await writeAll(doc, o.table, tasks);
  return written + tasks.length;
}

export interface WorkScaleFigures {
  myWork: number[];
  board: number[];
  myWorkItems: number;
  boardCards: number;
}

/** Times « Mon travail » (assigned) and the first department's board through the local API, `n` times each. */
export async function benchWorkScale(
  base: string,
  commune: string,
  department: string,
  idToken: string,
  n: number,
): Promise<WorkScaleFigures> {
  const headers = { authorization: `Bearer ${idToken}` };
  const get = async (path: string) => {
    const r = await fetch(`${base}/api/${commune}/staff/${path}`, { headers });
    if (!r.ok) throw new Error(`GET ${path}: ${r.status} ${await r.text()}`);
    return r.json() as Promise<Record<string, unknown>>;
  };
  const count = (v: unknown): number =>
    Array.isArray(v) ? v.length : v && typeof v === 'object' ? Object.values(v).reduce<number>((s, x) => s + count(x), 0) : 0;
  const out: WorkScaleFigures = { myWork: [], board: [], myWorkItems: 0, boardCards: 0 };
  for (let i = 0; i < 5; i++) {
    out.myWorkItems = count((await get('my-work?view=assigned')).items);
    out.boardCards = count((await get(`boards/${department}`)).columns);
  }
  for (let i = 0; i < n; i++) {
    let t0 = performance.now();
    await get('my-work?view=assigned');
    out.myWork.push(performance.now() - t0);
    t0 = performance.now();
    await get(`boards/${department}`);
    out.board.push(performance.now() - t0);
  }
  return out;
}
