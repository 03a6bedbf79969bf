/** Creating and changing tasks, one function: each route's handler is in its own file (create-task.ts, change-task.ts). */
import { apiHandler, type ApiEvent, type ApiResult } from '../lib/http.js';
import { routeOf } from '../lib/route-of.js';
import { changeTask } from './change-task.js';
import { createTask } from './create-task.js';

const ROUTES = {
  'POST /api/{commune}/staff/tasks': createTask,
  'PATCH /api/{commune}/staff/tasks/{id}': changeTask,
};

export const handler = apiHandler((event) => routeOf<'work/write-task', (e: ApiEvent) => Promise<ApiResult>>(event, ROUTES)(event));
