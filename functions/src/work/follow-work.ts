/**
 * Comments and watching, on tasks, projects, reports and permits, one function: comment-work.ts and watch-work.ts
 * hold them, over the item's partition whichever kind it is.
 */
import { apiHandler, type ApiEvent, type ApiResult } from '../lib/http.js';
import { routeOf } from '../lib/route-of.js';
import { commentWork } from './comment-work.js';
import { watchWork } from './watch-work.js';

const ROUTES = {
  'POST /api/{commune}/staff/tasks/{id}/comments': (e: ApiEvent) => commentWork(e, 'task'),
  'POST /api/{commune}/staff/projects/{id}/comments': (e: ApiEvent) => commentWork(e, 'project'),
  'PUT /api/{commune}/staff/tasks/{id}/watch': (e: ApiEvent) => watchWork(e, 'task', true),
  'DELETE /api/{commune}/staff/tasks/{id}/watch': (e: ApiEvent) => watchWork(e, 'task', false),
  'PUT /api/{commune}/staff/projects/{id}/watch': (e: ApiEvent) => watchWork(e, 'project', true),
  'DELETE /api/{commune}/staff/projects/{id}/watch': (e: ApiEvent) => watchWork(e, 'project', false),
  'POST /api/{commune}/staff/reports/{code}/comments': (e: ApiEvent) => commentWork(e, 'report'),
  'PUT /api/{commune}/staff/reports/{code}/watch': (e: ApiEvent) => watchWork(e, 'report', true),
  'DELETE /api/{commune}/staff/reports/{code}/watch': (e: ApiEvent) => watchWork(e, 'report', false),
  'POST /api/{commune}/staff/permits/{code}/comments': (e: ApiEvent) => commentWork(e, 'permit'),
  'PUT /api/{commune}/staff/permits/{code}/watch': (e: ApiEvent) => watchWork(e, 'permit', true),
  'DELETE /api/{commune}/staff/permits/{code}/watch': (e: ApiEvent) => watchWork(e, 'permit', false),
};

export const handler = apiHandler((event) => routeOf<'work/follow-work', (e: ApiEvent) => Promise<ApiResult>>(event, ROUTES)(event));
