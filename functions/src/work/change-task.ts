/**
 * PATCH /api/{commune}/staff/tasks/{id}: a change to a task, guarded by the version the client saw (409 when stale,
 * one winner), with one activity item listing the fields changed, the assignment items of "my work" put, deleted or
 * rewritten, the watcher items of new assignees, the audit entry and the Idempotency-Key record, in one transaction
 * (runVersionedChange). Status moves are checked by canMoveTask; the role matrix says who may edit, move or tick.
 */
import { ASSIGNEE_PREFIX, TRACKING_CODE_PATTERN, WATCHER_PREFIX, newWorkActivityItem, normaliseTrackingCode } from '@tandem/shared';
import type { AssignmentItem, TaskItem, WatcherItem } from '@tandem/shared';
import { TaskChange } from '@tandem/shared/schemas/work';
import { conflict, header, json, notFound, parseBody, pathParam, unprocessable, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { requireStaff } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { clock } from '../lib/clock.js';
import { auditContext, auditEntry } from '../lib/audit.js';
import { env } from '../lib/aws.js';
import { checkedKey, requestHash } from '../lib/idempotency.js';
import { runVersionedChange } from '../lib/versioned-change.js';
import { checkAssignees, checkDepartment, checkProject, utcInstant } from './task-checks.js';
import { isPlanError, planTaskChange } from './task-change-plan.js';
import { followWrites } from './work-follow-plan.js';
import { adoptWorkFiles } from './work-files.js';
import { activityOf, getItem, getTask, partitionItems } from './work-store.js';
import { toTaskView } from './task-view.js';

const ROUTE = 'PATCH /api/{commune}/staff/tasks/{id}';

export async function changeTask(event: ApiEvent): Promise<ApiResult> {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  const commune = reg.config.id;
  const id = normaliseTrackingCode(pathParam(event, 'id'));
  if (!TRACKING_CODE_PATTERN.test(id)) throw notFound('no task has this id');
  const body = parseBody(event, TaskChange);
  const current = await getTask(commune, id);
  if (!current) throw notFound('no task has this id');
  const subject = (t: TaskItem) => ({ department: t.department, assignees: t.assignees });
  // Some action on this task first (a 403 before a 409 or a 422 tells nothing about the task to an outsider).
  const mayAny = (t: TaskItem) => {
    const errors: unknown[] = [];
    for (const a of ['move', 'tick', 'edit'] as const) {
      try {
        authorize(user, reg.config, ROUTE, a, subject(t));
        return;
      } catch (e) {
        errors.push(e);
      }
    }
    throw errors[errors.length - 1];
  };
  mayAny(current);
  if (body.department !== undefined) checkDepartment(reg, body.department);
  // Only the people added are checked: someone disabled since stays listed until taken off.
  if (body.assignees)
    await checkAssignees(
      reg,
      body.assignees.filter((s) => !current.assignees.includes(s)),
      body.assignees,
    );
  if (body.projectId) await checkProject(commune, body.projectId);

  const now = clock.iso();
  const audit = auditContext(event, reg, user);
  const { version, addFiles, ...fields } = body;
  let adopted: string[] | undefined;
  return runVersionedChange({
    commune,
    code: id,
    current,
    expectedVersion: version,
    at: now,
    idempotencyKey: checkedKey(header(event, 'idempotency-key')),
    requestHash: requestHash(event.routeKey, id, body),
    build: async (t) => {
      mayAny(t);
      adopted ??= addFiles?.length ? await adoptWorkFiles(commune, id, addFiles, 'addFiles') : undefined;
      const plan = planTaskChange(
        t,
        { ...fields, ...(fields.dueAt ? { dueAt: utcInstant(fields.dueAt) } : {}), ...(adopted ? { addedFiles: adopted } : {}) },
        now,
      );
      if (isPlanError(plan)) throw unprocessable(plan.reason, [{ name: plan.field, reason: plan.reason }]);
      for (const a of plan.actions) authorize(user, reg.config, ROUTE, a, subject(t));
      // Handing the task to another team: an agent only to one of theirs, or keeps it assigned to themself.
      if (plan.next.department !== t.department) authorize(user, reg.config, ROUTE, 'edit', subject(plan.next));
      const [assignments, watchers] = await Promise.all([
        partitionItems<AssignmentItem>(t.pk, ASSIGNEE_PREFIX),
        partitionItems<WatcherItem>(t.pk, WATCHER_PREFIX),
      ]);
      const follow = followWrites(plan.next, now, assignments, watchers);
      const TableName = env().tableName;
      const activity = newWorkActivityItem(t.pk, 'task', commune, id, now, {
        kind: plan.kind,
        public: false,
        actor: user.name,
        actorSub: user.sub,
        changes: plan.changes,
        ...(adopted ? { files: adopted } : {}),
      });
      const detail = plan.changes.map((c) => (c.field === 'status' ? `status ${c.from} → ${c.to}` : c.field)).join(', ');
      return {
        set: plan.set,
        remove: plan.remove,
        puts: [activity, auditEntry(audit, now, 'task.change', { kind: 'task', id }, detail)],
        more: [
          ...follow.puts.map((Item) => ({ Put: { TableName, Item } })),
          ...follow.deletes.map((Key) => ({ Delete: { TableName, Key } })),
        ],
      };
    },
    stale: (t) =>
      conflict('someone else changed this task since you opened it; reload it and try again', {
        currentVersion: t.version,
        currentStatus: t.status,
      }),
    reload: () => getTask(commune, id),
    answer: async (replayed) => {
      const t = await getTask(commune, id);
      if (!t) throw notFound('no task has this id');
      const [activity, watcher] = await Promise.all([activityOf(t.pk), getItem({ pk: t.pk, sk: `${WATCHER_PREFIX}${user.sub}` })]);
      return json(200, await toTaskView(t, clock.iso(), { activity, watching: Boolean(watcher) }), {
        etag: `"${t.version}"`,
        ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
      });
    },
  });
}
