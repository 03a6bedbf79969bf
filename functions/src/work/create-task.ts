/**
 * POST /api/{commune}/staff/tasks: a new task (docs/work.md). Its id is a tracking code; its due instant is kept in
 * UTC; its department, assignees and project are checked (422 naming the field); its files are checked and copied
 * under tasks/<commune>/<id>/. The task, its « created » activity, its assignment items ("my work"), the watcher
 * items of its creator and assignees, the audit entry and the Idempotency-Key record are written in one transaction:
 * a retry with the same key answers the task made the first time (200, idempotent-replayed).
 */
import { newTaskItem, newTrackingCode, newWorkActivityItem, type NewTask } from '@tandem/shared';
import { TaskInput } from '@tandem/shared/schemas/work';
import { conflict, header, json, notFound, parseBody, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { requireStaff } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { clock } from '../lib/clock.js';
import { auditContext, auditEntry } from '../lib/audit.js';
import { checkedKey, idempotencyRecord, previousRecord, requestHash } from '../lib/idempotency.js';
import { insertNew } from '../lib/insert-new.js';
import { checkAssignees, checkDepartment, checkProject, utcInstant } from './task-checks.js';
import { adoptWorkFiles } from './work-files.js';
import { followWrites } from './work-follow-plan.js';
import { getTask } from './work-store.js';
import { toTaskView } from './task-view.js';

const ROUTE = 'POST /api/{commune}/staff/tasks';

export async function createTask(event: ApiEvent): Promise<ApiResult> {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  const commune = reg.config.id;
  authorize(user, reg.config, ROUTE, 'create');
  const input = parseBody(event, TaskInput);
  checkDepartment(reg, input.department);
  const assignees = [...new Set(input.assignees)];
  await checkAssignees(reg, assignees);
  if (input.projectId) await checkProject(commune, input.projectId);

  const idemKey = checkedKey(header(event, 'idempotency-key'));
  const hash = requestHash(event.routeKey, commune, user.sub, input);
  const answer = async (id: string, replayed: boolean) => {
    const t = await getTask(commune, id);
    if (!t) throw notFound('no task has this id');
    const view = await toTaskView(t, clock.iso(), { watching: true });
    return json(
      replayed ? 200 : 201,
      view,
      replayed ? { 'idempotent-replayed': 'true' } : { location: `/api/${commune}/staff/tasks/${id}` },
    );
  };
  if (idemKey) {
    const prev = await previousRecord(commune, idemKey, hash);
    if (prev) return answer(prev.code, true);
  }

  const audit = auditContext(event, reg, user);
  for (let attempt = 0; attempt < 3; attempt++) {
    const id = newTrackingCode();
    const now = clock.iso();
    const files = await adoptWorkFiles(commune, id, input.files, 'files');
    const fields: NewTask = {
      commune,
      id,
      title: input.title,
      description: input.description,
      department: input.department,
      assignees,
      priority: input.priority,
      checklist: input.checklist,
      files,
      links: input.links,
      createdAt: now,
      createdBy: user.sub,
      ...(input.dueAt ? { dueAt: utcInstant(input.dueAt) } : {}),
      ...(input.place ? { place: input.place } : {}),
      ...(input.projectId ? { projectId: input.projectId } : {}),
    };
    const task = newTaskItem(fields);
    const created = newWorkActivityItem(task.pk, 'task', commune, id, now, {
      kind: 'created',
      public: false,
      actor: user.name,
      actorSub: user.sub,
      changes: [
        { field: 'status', to: task.status },
        { field: 'department', to: task.department },
        ...(task.assignees.length ? [{ field: 'assignees', to: task.assignees.join(',') }] : []),
        ...(task.dueAt ? [{ field: 'dueAt', to: task.dueAt }] : []),
      ],
      ...(files.length ? { files } : {}),
    });
    const follow = followWrites(task, now, [], [], [user.sub]);
    const idem = idemKey ? idempotencyRecord(commune, idemKey, hash, id, now) : undefined;
    const entry = auditEntry(audit, now, 'task.create', { kind: 'task', id }, task.title);
    const outcome = await insertNew(task, created, idem, follow.puts, [entry]);
    if (outcome === 'created') return answer(id, false);
    if (outcome === 'idempotency_taken' && idemKey) {
      const prev = await previousRecord(commune, idemKey, hash);
      if (prev) return answer(prev.code, true);
    }
    if (outcome === 'busy') break;
    // code_taken: another task has this id; draw another.
  }
  throw conflict('this task is being saved right now; try again in a moment');
}
