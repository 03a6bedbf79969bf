/**
 * GET /api/{commune}/staff/people: every enabled staff member of the commune (id = Cognito sub, name, role,
 * departments), for assignee pickers and @mentions. Read from the staff pool (people-directory.ts says why).
 */
import { json, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { requireStaff } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { staffDirectory } from './people-directory.js';

export async function listPeople(event: ApiEvent): Promise<ApiResult> {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  authorize(user, reg.config, 'GET /api/{commune}/staff/people', 'list');
  return json(200, { items: await staffDirectory(reg) }, { 'cache-control': 'private, max-age=60' });
}
