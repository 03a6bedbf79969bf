/**
 * The staff workspace's reads, one function (the platform stack counts its resources): a task, the task list and
 * calendar, "my work" and a department's board. Each route's handler is in its own file.
 */
import { apiHandler, type ApiEvent, type ApiResult } from '../lib/http.js';
import { routeOf } from '../lib/route-of.js';
import { readBoard } from './board.js';
import { readTask } from './get-task.js';
import { listTasks } from './list-tasks.js';
import { myWork } from './my-work.js';

const ROUTES = {
  'GET /api/{commune}/staff/tasks': listTasks,
  'GET /api/{commune}/staff/tasks/{id}': readTask,
  'GET /api/{commune}/staff/my-work': myWork,
  'GET /api/{commune}/staff/boards/{department}': readBoard,
};

export const handler = apiHandler((event) => routeOf<'work/read-work', (e: ApiEvent) => Promise<ApiResult>>(event, ROUTES)(event));
