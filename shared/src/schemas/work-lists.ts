/**
 * The staff workspace's lists (functions/src/work/): the query strings of "my work", the task list and calendar
 * (bad values are a 400 naming the parameter), and the answers of those lists, the board and the people directory.
 */
import * as z from 'zod';
import { IsoDateSchema } from '../permits/permit-details.js';
import { TASK_STATUSES } from '../work/task-states.js';
import { PersonView, TaskSummaryView } from './work.js';

export const MY_WORK_VIEWS = ['assigned', 'mentioned', 'watching', 'overdue', 'week'] as const;
export type MyWorkView = (typeof MY_WORK_VIEWS)[number];

export const MyWorkQuery = z.object({ view: z.enum(MY_WORK_VIEWS).default('assigned') });

/** Longest calendar range asked at once (a month view with its edge weeks fits). */
export const TASK_CALENDAR_MAX_DAYS = 62;

/**
 * GET tasks: with `from` and `to` (Brussels days, both included) the calendar of tasks due in the range; otherwise
 * the list, narrowed by department, status, assignee (a sub) and words (`q`).
 */
export const TaskListQuery = z
  .object({
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    department: z.string().trim().min(1).max(40).optional(),
    status: z.enum(TASK_STATUSES).optional(),
    assignee: z.string().trim().min(1).max(128).optional(),
    q: z.string().trim().max(200).optional(),
  })
  .refine((v) => (v.from === undefined) === (v.to === undefined), { message: 'send both from and to', path: ['to'] })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: 'to is before from', path: ['to'] });
export type TaskListQuery = z.infer<typeof TaskListQuery>;

/** One line of "my work" (assigned, overdue, week): what the assignment item copies, and whether it is late. */
export const AssignedView = z.object({
  kind: z.enum(['task', 'report']),
  id: z.string(),
  title: z.string(),
  status: z.string(),
  open: z.boolean(),
  department: z.string(),
  priority: z.string().optional(),
  dueAt: z.string().optional(),
  overdue: z.boolean(),
});
/** One line of "mentioned": where, by whom (a sub), when, and who was named (the reader, or `dept:<code>`). */
export const MentionView = z.object({
  kind: z.string(),
  id: z.string(),
  title: z.string(),
  at: z.string(),
  by: z.string(),
  who: z.string(),
});
/** One line of "watching". */
export const WatchedView = z.object({ kind: z.string(), id: z.string(), title: z.string(), since: z.string() });
export const MyWorkAnswer = z.object({ items: z.array(z.union([AssignedView, MentionView, WatchedView])) });

export const TaskList = z.object({ items: z.array(TaskSummaryView) });
export const PeopleList = z.object({ items: z.array(PersonView) });

/** A permit request's opinion the department still owes (the opinion queue). */
export const OwedOpinionView = z.object({ permit: z.string(), due: z.string(), requestedAt: z.string(), overdue: z.boolean() });
/** Cards in a board column's first page: open columns by due instant, closed ones newest closed first. */
export const BOARD_FIRST_PAGE: Readonly<Record<(typeof TASK_STATUSES)[number], number>> = {
  todo: 50,
  doing: 50,
  waiting: 50,
  done: 20,
  cancelled: 20,
};
/** Cards in each further page of one column (« Afficher plus »). */
export const BOARD_NEXT_PAGE = 50;

/**
 * GET boards/{department}: the whole board (first page of each column), or with `status` and `cursor` the next page
 * of that one column.
 */
export const BoardQuery = z
  .object({
    status: z.enum(TASK_STATUSES).optional(),
    cursor: z.string().min(1).max(1000).optional(),
  })
  .refine((v) => !v.cursor || v.status, { message: 'a cursor pages one column: send its status', path: ['status'] });
export type BoardQuery = z.infer<typeof BoardQuery>;

const columnsOf = <T extends z.ZodType>(schema: T) =>
  z.object(Object.fromEntries(TASK_STATUSES.map((s) => [s, schema])) as Record<(typeof TASK_STATUSES)[number], T>);

export const BoardView = z.object({
  department: z.string(),
  /** One list per status, its first page: open ones by due instant, done and cancelled newest closed first. */
  columns: columnsOf(z.array(TaskSummaryView)),
  /** Per column that has more cards than its first page: send it back with `status` for the next page. */
  cursors: columnsOf(z.string().optional()).describe('Present for a column with more cards: GET ?status=<column>&cursor=<this>.'),
  opinions: z.array(OwedOpinionView),
});
export type BoardView = z.infer<typeof BoardView>;

/** The next page of one column (`?status=&cursor=`), in the column's order, with a cursor while more remain. */
export const BoardColumnPage = z.object({
  department: z.string(),
  status: z.enum(TASK_STATUSES),
  cards: z.array(TaskSummaryView),
  cursor: z.string().optional().describe('Present when the column has more: send it back with the same status.'),
});
export type BoardColumnPage = z.infer<typeof BoardColumnPage>;
