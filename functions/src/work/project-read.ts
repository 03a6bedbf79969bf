/**
 * Staff read projects (docs/work-projects.md):
 *   GET /api/{c}/staff/projects              every project of the commune (gsi1), filtered by status, kind, department
 *   GET /api/{c}/staff/projects/{id}         one, with its activity and its progress (tasks done / not cancelled)
 *   GET /api/{c}/staff/projects/{id}/tasks   its tasks (gsi2 of the tasks), by due instant
 */
import { TRACKING_CODE_PATTERN } from '@tandem/shared';
import { ProjectListQuery } from '@tandem/shared/schemas/work-projects';
import { json, notFound, parseQuery, pathParam, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { clock } from '../lib/clock.js';
import { requireStaff, type StaffUser } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import type { CommuneRegistration } from '@tandem/shared';
import { allProjects, getProject, getProjectWithActivity, projectTasks, toProjectView } from './project-store.js';
import { toTaskSummary } from './task-summary.js';

interface Ctx {
  event: ApiEvent;
  reg: CommuneRegistration;
  user: StaffUser;
}

/** A project read for the read-work function's route table, once the commune and the staff member are known. */
const staffRead =
  (read: (c: Ctx) => Promise<ApiResult>) =>
  async (event: ApiEvent): Promise<ApiResult> => {
    const reg = await communeFromPath(event);
    const user = await requireStaff(event, reg);
    return read({ event, reg, user });
  };

export const listProjects = staffRead(list);
export const readProject = staffRead(one);
export const readProjectTasks = staffRead(tasks);

const noStore = { 'cache-control': 'no-store' };

async function list({ event, reg, user }: Ctx) {
  authorize(user, reg.config, 'GET /api/{commune}/staff/projects', 'list');
  const q = parseQuery(event, ProjectListQuery);
  const items = (await allProjects(reg.config.id)).filter(
    (p) =>
      (!q.status || p.status === q.status) && (!q.kind || p.kind === q.kind) && (!q.department || p.departments.includes(q.department)),
  );
  return json(200, { items: items.map((p) => toProjectView(p)) }, noStore);
}

function projectId(event: ApiEvent): string {
  const id = pathParam(event, 'id');
  if (!TRACKING_CODE_PATTERN.test(id)) throw notFound('no project has this id');
  return id;
}

async function one({ event, reg, user }: Ctx) {
  authorize(user, reg.config, 'GET /api/{commune}/staff/projects/{id}', 'read');
  const commune = reg.config.id;
  const found = await getProjectWithActivity(commune, projectId(event));
  if (!found) throw notFound('no project has this id');
  const tasks = await projectTasks(commune, found.project.id);
  return json(200, toProjectView(found.project, { activity: found.activity, tasks }), {
    ...noStore,
    etag: `"${found.project.version}"`,
  });
}

async function tasks({ event, reg, user }: Ctx) {
  authorize(user, reg.config, 'GET /api/{commune}/staff/projects/{id}/tasks', 'read');
  const commune = reg.config.id;
  const id = projectId(event);
  if (!(await getProject(commune, id))) throw notFound('no project has this id');
  const now = clock.iso();
  return json(200, { items: (await projectTasks(commune, id)).map((t) => toTaskSummary(t, now)) }, noStore);
}
