/**
 * The staff workspace's reads, one function (the platform stack counts its resources): a task, the task list and
 * calendar, "my work", a department's board, projects (project-read.ts) and the people directory (people.ts). Each
 * route's handler is in its own file.
 */
import { byRoute } from '../lib/by-route.js';
import { apiHandler } from '../lib/http.js';
import { readBoard } from './board.js';
import { readTask } from './get-task.js';
import { listTasks } from './list-tasks.js';
import { myWork } from './my-work.js';
import { handler as people } from './people.js';
import { handler as projects } from './project-read.js';

export const handler = byRoute<'work/read-work'>({
  'GET /api/{commune}/staff/tasks': apiHandler(listTasks),
  'GET /api/{commune}/staff/tasks/{id}': apiHandler(readTask),
  'GET /api/{commune}/staff/my-work': apiHandler(myWork),
  'GET /api/{commune}/staff/boards/{department}': apiHandler(readBoard),
  'GET /api/{commune}/staff/projects': projects,
  'GET /api/{commune}/staff/projects/{id}': projects,
  'GET /api/{commune}/staff/projects/{id}/tasks': projects,
  'GET /api/{commune}/staff/people': people,
});
