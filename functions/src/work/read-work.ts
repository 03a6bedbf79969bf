/**
 * The staff workspace's reads, one function (the platform stack counts its resources): a task, the task list and
 * calendar, "my work", a department's board, projects (project-read.ts) and the people directory (people.ts). Each
 * route's handler is in its own file.
 */
import { apiHandler } from '../lib/http.js';
import { type ApiRoute, routeOf } from '../lib/route-of.js';
import { readBoard } from './board.js';
import { readTask } from './get-task.js';
import { listTasks } from './list-tasks.js';
import { myWork } from './my-work.js';
import { listPeople } from './people.js';
import { readToday } from './field-today.js';
import { listProjects, readProject, readProjectTasks } from './project-read.js';

export const handler = apiHandler((event) =>
  routeOf<'work/read-work', ApiRoute>(event, {
    'GET /api/{commune}/staff/tasks': listTasks,
    'GET /api/{commune}/staff/tasks/{id}': readTask,
    'GET /api/{commune}/staff/my-work': myWork,
    'GET /api/{commune}/staff/boards/{department}': readBoard,
    'GET /api/{commune}/staff/projects': listProjects,
    'GET /api/{commune}/staff/projects/{id}': readProject,
    'GET /api/{commune}/staff/projects/{id}/tasks': readProjectTasks,
    'GET /api/{commune}/staff/people': listPeople,
    'GET /api/{commune}/staff/today': readToday,
  })(event),
);
