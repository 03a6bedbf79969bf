/**
 * PATCH /api/{commune}/staff/tasks/{id}: a change to a task, guarded by the version the client saw (409 when stale,
 * one winner), with one activity item listing the fields changed, the assignment items of "my work" put, deleted or
 * rewritten, the watcher items of new assignees, the audit entry and the Idempotency-Key record, in one transaction
 * (runVersionedChange). Status moves are checked by canMoveTask; the role matrix says who may edit, move or tick.
 * A `note` is written as a comment activity item in that same transaction (the field app's « Terminer » is one
 * request). Conflicts are 409 problems whose `type` tells a phone what happened (field-conflicts.ts, docs/field-app.md):
 * cancelled, given to others (only to someone once assigned to it: anyone else gets the plain 403), already done, changed.
 */
import { ASSIGNEE_PREFIX, TRACKING_CODE_PATTERN, WATCHER_PREFIX, newWorkActivityItem, normaliseTrackingCode } from '@tandem/shared';
import type { AssignmentItem, TaskItem, WatcherItem } from '@tandem/shared';
import { TaskChange } from '@tandem/shared/schemas/work';
import { header, json, notFound, parseBody, pathParam, unprocessable, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { requireStaff } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { clock } from '../lib/clock.js';
import { auditContext, auditEntry } from '../lib/audit.js';
import { env } from '../lib/aws.js';
import { checkedKey, previousResult, requestHash } from '../lib/idempotency.js';
import { runVersionedChange } from '../lib/versioned-change.js';
import { checkAssignees, checkDepartment, checkProject, utcInstant } from './task-checks.js';
import { isPlanError, planTaskChange } from './task-change-plan.js';
import { followWrites } from './work-follow-plan.js';
import { adoptWorkFiles } from './work-files.js';
import { activityOf, getItem, getTask, partitionItems } from './work-store.js';
import { toTaskView } from './task-view.js';
import { taskConflict, wasEverAssigned } from './field-conflicts.js';

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
  const mayAct = (t: TaskItem) => {
    try {
      mayAny(t);
      return true;
    } catch {
      return false;
    }
  };
  const idempotencyKey = checkedKey(header(event, 'idempotency-key'));
  const hash = requestHash(event.routeKey, id, body);
  // Someone once assigned to it (its activity says so) is told it went to others, as they may have acted offline.
  const formerly =
    current.assignees.includes(user.sub) ||
    ((current.version !== body.version || !mayAct(current)) && wasEverAssigned(await activityOf(current.pk), user.sub));
  if (!mayAct(current)) {
    if (!formerly) mayAny(current);
    // Their request may have landed before the task went to others: a retry answers it, else the conflict.
    if (!(idempotencyKey && (await previousResult(commune, idempotencyKey, hash)))) throw taskConflict(current, user.sub, body, true);
  }
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
  const { version, addFiles, note, ...fields } = body;
  let adopted: string[] | undefined;
  return runVersionedChange({
    commune,
    code: id,
    current,
    expectedVersion: version,
    at: now,
    idempotencyKey,
    requestHash: hash,
    build: async (t) => {
      if (!mayAct(t)) {
        if (formerly) throw taskConflict(t, user.sub, body, true);
        mayAny(t);
      }
      adopted ??= addFiles?.length ? await adoptWorkFiles(commune, id, addFiles, 'addFiles') : undefined;
      const plan = planTaskChange(
        t,
        { ...fields, ...(fields.dueAt ? { dueAt: utcInstant(fields.dueAt) } : {}), ...(adopted ? { addedFiles: adopted } : {}) },
        now,
      );
      if (isPlanError(plan)) {
        // Moving a cancelled task to where it cannot go: the phone is told it was cancelled, not that its move is wrong.
        if (plan.field === 'status' && t.status === 'cancelled') throw taskConflict(t, user.sub, body, formerly);
        throw unprocessable(plan.reason, [{ name: plan.field, reason: plan.reason }]);
      }
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
      // The note: a comment of the same instant, sorted right after the change it goes with.
      const comment = note
        ? {
            ...newWorkActivityItem(t.pk, 'task', commune, id, now, {
              kind: 'comment',
              public: false,
              actor: user.name,
              actorSub: user.sub,
              text: note,
            }),
            sk: `${activity.sk}n`,
          }
        : undefined;
      const detail = plan.changes.map((c) => (c.field === 'status' ? `status ${c.from} → ${c.to}` : c.field)).join(', ');
      return {
        set: plan.set,
        remove: plan.remove,
        puts: [activity, ...(comment ? [comment] : []), auditEntry(audit, now, 'task.change', { kind: 'task', id }, detail)],
        more: [
          ...follow.puts.map((Item) => ({ Put: { TableName, Item } })),
          ...follow.deletes.map((Key) => ({ Delete: { TableName, Key } })),
        ],
      };
    },
    stale: (t) => taskConflict(t, user.sub, body, formerly),
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
