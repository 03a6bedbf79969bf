/**
 * POST /api/{c}/staff/reports/{code}/work-orders → 201 TaskView: a report becomes a work order — a task for a
 * department (by default the report's) and its people, with the report's place as a GeoJSON point, its words, its
 * category's questions and answers, copies of its photos, and links both ways: the task links the report, and the
 * report's staff timeline gets a private item naming the task (same transaction as the task).
 *
 * Photos are copied into the task's folder (tasks/<c>/<id>/), not referenced: a task's files then all live under its
 * own folder, which is all the task's readers (tasks API, field app) need a grant on — none on reports/ — and the
 * worker's view of the order does not depend on what later happens to the report's files. The copy is server-side
 * (no bytes through the function) and named after the report's photo, so a retried copy overwrites itself.
 *
 * Idempotent: with an Idempotency-Key the task's id is derived from the report and the key, so a retry — even two at
 * once — makes one task and answers it (200, idempotent-replayed); without one, each request is a new work order.
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  TRACKING_CODE_PATTERN,
  bucketKeys,
  newTimelineItem,
  newTrackingCode,
  normaliseTrackingCode,
  storedContentType,
} from '@tandem/shared';
import { fillMessage } from '@tandem/shared/i18n/fill';
import { recurringFr } from '@tandem/shared/i18n/recurring/fr';
import { WorkOrderInput } from '@tandem/shared/schemas/recurring';
import { derivedIds } from '@tandem/shared/work/derived-id';
import { apiHandler, conflict, header, json, notFound, parseBody, pathParam } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { clock } from '../lib/clock.js';
import { requireStaff } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { ddb, env } from '../lib/aws.js';
import { checkedKey, idempotencyRecord, previousRecord, requestHash } from '../lib/idempotency.js';
import { auditContext, auditEntry, auditPut } from '../lib/audit.js';
import { copyStored } from '../lib/stored-files.js';
import { getReport } from '../reports/report-store.js';
import { getTask } from './recurrence-store.js';
import { newTaskWrites } from './new-task-writes.js';
import { workOrderTask } from './work-order-task.js';
import { toTaskView } from './task-view.js';
import { checkWorkDepartment } from './work-departments.js';

const ROUTE = 'POST /api/{commune}/staff/reports/{code}/work-orders';

export const handler = apiHandler(async (event) => {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  const commune = reg.config.id;
  const code = normaliseTrackingCode(pathParam(event, 'code'));
  if (!TRACKING_CODE_PATTERN.test(code)) throw notFound('no report has this code');
  const report = await getReport(commune, code);
  if (!report) throw notFound('no report has this code');
  authorize(user, reg.config, ROUTE, 'create', { department: report.department });
  const input = parseBody(event, WorkOrderInput);
  const department = input.department ?? report.department;
  checkWorkDepartment(reg.config, department);

  const idemKey = checkedKey(header(event, 'idempotency-key'));
  const hash = requestHash(event.routeKey, commune, code, user.sub, input);
  const answer = async (id: string, status: 200 | 201) => {
    const task = await getTask(commune, id);
    if (!task) throw notFound('no task has this id');
    return json(
      status,
      await toTaskView(task, clock.iso()),
      status === 200 ? { 'idempotent-replayed': 'true' } : { location: `/api/${commune}/staff/tasks/${id}` },
    );
  };
  if (idemKey) {
    const prev = await previousRecord(commune, idemKey, hash);
    if (prev) return answer(prev.code, 200);
  }

  const now = clock.iso();
  const id = idemKey ? derivedIds.workOrder(code, idemKey) : newTrackingCode();
  const files: string[] = [];
  for (const [i, key] of report.photos.entries()) {
    const type = storedContentType(key);
    if (!type) continue;
    const target = bucketKeys.taskReportPhoto(commune, id, code, i + 1, key.slice(key.lastIndexOf('.') + 1));
    await copyStored(key, target, type);
    files.push(target);
  }
  const writes = newTaskWrites(
    workOrderTask(reg.config, report, input, { id, department, files, createdAt: now, createdBy: user.sub }),
    { name: user.name, sub: user.sub },
    fillMessage(recurringFr['workOrder.descriptionReport'], { code, category: report.category }).replace(/ :$/, ''),
  );
  const departmentName = reg.config.departments.find((d) => d.code === department)?.name.fr ?? department;
  const timeline = newTimelineItem(commune, code, now, {
    kind: 'private_note',
    public: false,
    message: fillMessage(recurringFr['workOrder.timeline'], { id, title: writes.task.title, department: departmentName }),
    actor: user.name,
    actorSub: user.sub,
  });
  const TableName = env().tableName;
  const idem = idemKey ? idempotencyRecord(commune, idemKey, hash, id, now) : undefined;
  const idemIndex = writes.entries.length + 1;
  try {
    await ddb().send(
      new TransactWriteCommand({
        TransactItems: [
          ...writes.entries,
          { Put: { TableName, Item: timeline, ConditionExpression: 'attribute_not_exists(pk)' } },
          ...(idem ? [{ Put: { TableName, Item: idem, ConditionExpression: 'attribute_not_exists(pk)' } }] : []),
          auditPut(auditEntry(auditContext(event, reg, user), now, 'report.work-order', { kind: 'report', id: code }, id)),
        ],
      }),
    );
  } catch (e) {
    if (!(e instanceof TransactionCanceledException)) throw e;
    const reasons = e.CancellationReasons ?? [];
    // The same request landed first (a retry racing the original): answer what it made.
    if (idemKey && (reasons[idemIndex]?.Code === 'ConditionalCheckFailed' || reasons[0]?.Code === 'ConditionalCheckFailed')) {
      const prev = await previousRecord(commune, idemKey, hash);
      if (prev) return answer(prev.code, 200);
    }
    throw conflict('this work order is being saved right now; try again in a moment');
  }
  return answer(id, 201);
});
