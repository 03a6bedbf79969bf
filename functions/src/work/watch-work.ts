/**
 * PUT and DELETE /api/{commune}/staff/{tasks|projects}/{id}/watch and …/{reports|permits}/{code}/watch: the reader
 * starts or stops watching a task, a project, a report or a permit (their "watching" list; notifications later). Both are idempotent by nature (watching twice keeps the
 * first `since`, unwatching what one does not watch is no error): 204. An Idempotency-Key, if sent, is checked for
 * its format only, as every write accepts one.
 */
import { PutCommand, DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { watcherItem, workFollowKeys } from '@tandem/shared';
import { header, notFound, pathParam, type ApiEvent, type ApiResult } from '../lib/http.js';
import { communeFromPath } from '../lib/commune.js';
import { requireStaff } from '../lib/staff-auth.js';
import { authorize } from '../lib/authorize.js';
import { clock } from '../lib/clock.js';
import { ddb, env } from '../lib/aws.js';
import { checkedKey } from '../lib/idempotency.js';
import { itemParam, workItem, type WorkKind } from './work-item-ref.js';

/** The watch routes, by kind of item and by start (PUT) or stop (DELETE). */
export const WATCH_ROUTES = {
  task: { true: 'PUT /api/{commune}/staff/tasks/{id}/watch', false: 'DELETE /api/{commune}/staff/tasks/{id}/watch' },
  project: { true: 'PUT /api/{commune}/staff/projects/{id}/watch', false: 'DELETE /api/{commune}/staff/projects/{id}/watch' },
  report: { true: 'PUT /api/{commune}/staff/reports/{code}/watch', false: 'DELETE /api/{commune}/staff/reports/{code}/watch' },
  permit: { true: 'PUT /api/{commune}/staff/permits/{code}/watch', false: 'DELETE /api/{commune}/staff/permits/{code}/watch' },
} as const satisfies Record<WorkKind, unknown>;

export async function watchWork(event: ApiEvent, kind: WorkKind, watch: boolean): Promise<ApiResult> {
  const reg = await communeFromPath(event);
  const user = await requireStaff(event, reg);
  const commune = reg.config.id;
  checkedKey(header(event, 'idempotency-key'));
  const item = await workItem(reg.config, kind, pathParam(event, itemParam(kind)));
  if (!item) throw notFound(`no ${kind} has this ${itemParam(kind)}`);
  authorize(user, reg.config, WATCH_ROUTES[kind][watch ? 'true' : 'false'], 'watch', item.subject);
  const TableName = env().tableName;
  if (watch) {
    const w = watcherItem(commune, item.pk, user.sub, clock.iso(), { kind, id: item.id, title: item.title });
    try {
      await ddb().send(new PutCommand({ TableName, Item: w, ConditionExpression: 'attribute_not_exists(pk)' }));
    } catch (e) {
      if (!(e instanceof ConditionalCheckFailedException)) throw e;
    }
  } else {
    await ddb().send(new DeleteCommand({ TableName, Key: workFollowKeys.watcher(item.pk, user.sub) }));
  }
  return { statusCode: 204, headers: { 'cache-control': 'no-store' }, body: '' };
}
