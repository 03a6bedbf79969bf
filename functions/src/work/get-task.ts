/**
 * GET /api/{commune}/staff/tasks/{id}: the task with its activity (oldest first, files as presigned links), whether
 * the reader watches it, and `overdue` from the clock. Workers read the tasks of their departments or assigned to
 * them (role matrix); a task of another commune is simply not found (its key starts with this commune).
 */
import { TRACKING_CODE_PATTERN, normaliseTrackingCode, workFollowKeys } from '@tandem/shared';
import { json, notFound, pathParam, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { requireStaff } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { clock } from '../lib/clock.js';
import { toTaskView } from './task-view.js';
import { activityOf, getItem, getTask } from './work-store.js';

export async function readTask(event: ApiEvent): Promise<ApiResult> {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  const commune = reg.config.id;
  const id = normaliseTrackingCode(pathParam(event, 'id'));
  if (!TRACKING_CODE_PATTERN.test(id)) throw notFound('no task has this id');
  const task = await getTask(commune, id);
  if (!task) throw notFound('no task has this id');
  authorize(user, reg.config, 'GET /api/{commune}/staff/tasks/{id}', 'read', { department: task.department, assignees: task.assignees });
  const [activity, watcher] = await Promise.all([activityOf(task.pk), getItem(workFollowKeys.watcher(task.pk, user.sub))]);
  return json(200, await toTaskView(task, clock.iso(), { activity, watching: Boolean(watcher) }), { etag: `"${task.version}"` });
}
