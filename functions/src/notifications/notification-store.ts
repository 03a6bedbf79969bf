/**
 * A person's notifications in their own partition (entities/notification.ts), all by key: a page newest first, the
 * unread ones through the sparse index (counted, listed), each put once (a conditional put: the same cause, the same
 * key), each marked read once (a conditional update that also takes it out of the unread index).
 */
import { isConditionFailure } from '../lib/condition-failure.js';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  DEFAULT_NOTIFICATION_DELIVERY,
  NOTIFICATION_PREFIX,
  UNREAD_COUNT_CAP,
  newNotificationItem,
  notificationKeys,
  notificationPrefsItem,
  type NewNotification,
  type NotificationDelivery,
  type NotificationItem,
  type NotificationPrefsItem,
} from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';

/**
 * Puts each notification unless it is there already (a replayed event, a second delivery): how many were new, and
 * `madeList` gets those (Web Push sends only these: a replay pushes nothing).
 */
export async function putNotifications(
  list: readonly NewNotification[],
  madeList?: NewNotification[],
): Promise<{ made: number; existing: number }> {
  let made = 0;
  let existing = 0;
  for (const n of list) {
    try {
      await ddb().send(
        new PutCommand({ TableName: env().tableName, Item: newNotificationItem(n), ConditionExpression: 'attribute_not_exists(pk)' }),
      );
      made++;
      madeList?.push(n);
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
      existing++;
    }
  }
  return { made, existing };
}

/** A page of a person's notifications, newest first. */
export async function notificationPage(
  commune: string,
  sub: string,
  limit: number,
  start?: Record<string, unknown>,
): Promise<{ items: NotificationItem[]; next?: Record<string, unknown> }> {
  const res = await ddb().send(
    new QueryCommand({
      TableName: env().tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :n)',
      ExpressionAttributeValues: { ':pk': notificationKeys.notificationsPk(commune, sub), ':n': NOTIFICATION_PREFIX },
      ScanIndexForward: false,
      Limit: limit,
      ...(start ? { ExclusiveStartKey: start } : {}),
    }),
  );
  return { items: (res.Items ?? []) as NotificationItem[], ...(res.LastEvaluatedKey ? { next: res.LastEvaluatedKey } : {}) };
}

/** How many are unread, counted in the sparse index up to the cap (the bell says « 99+ » beyond). */
export async function unreadCount(commune: string, sub: string): Promise<{ unread: number; capped: boolean }> {
  const res = await ddb().send(
    new QueryCommand({
      TableName: env().tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': notificationKeys.unread(commune, sub) },
      Select: 'COUNT',
      Limit: UNREAD_COUNT_CAP,
    }),
  );
  const unread = res.Count ?? 0;
  return { unread, capped: unread >= UNREAD_COUNT_CAP };
}

/** Unread notifications whose id (instant first) lies between `from` and `to`, oldest first: the digest's day. */
export async function unreadBetween(commune: string, sub: string, from: string, to: string, limit = 200): Promise<NotificationItem[]> {
  const res = await ddb().send(
    new QueryCommand({
      TableName: env().tableName,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :lo AND :hi',
      ExpressionAttributeValues: { ':pk': notificationKeys.unread(commune, sub), ':lo': from, ':hi': to },
      Limit: limit,
    }),
  );
  return (res.Items ?? []) as NotificationItem[];
}

/** Marks one notification read, once: false when it was read already, or is not the person's (no such key). */
async function markOne(commune: string, sub: string, id: string, at: string): Promise<boolean> {
  try {
    await ddb().send(
      new UpdateCommand({
        TableName: env().tableName,
        Key: notificationKeys.notification(commune, sub, id),
        UpdateExpression: 'SET #read = :t, readAt = :at REMOVE gsi1pk, gsi1sk',
        ConditionExpression: 'attribute_exists(pk) AND #read = :f',
        ExpressionAttributeNames: { '#read': 'read' },
        ExpressionAttributeValues: { ':t': true, ':f': false, ':at': at },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailure(e)) return false;
    throw e;
  }
}

export async function markRead(commune: string, sub: string, ids: readonly string[], at: string): Promise<number> {
  let marked = 0;
  for (const id of new Set(ids)) if (await markOne(commune, sub, id, at)) marked++;
  return marked;
}

/** Marks every unread notification read (the unread index, a page at a time). */
export async function markAllRead(commune: string, sub: string, at: string): Promise<number> {
  let marked = 0;
  for (;;) {
    const res = await ddb().send(
      new QueryCommand({
        TableName: env().tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': notificationKeys.unread(commune, sub) },
        Limit: 100,
      }),
    );
    const items = (res.Items ?? []) as NotificationItem[];
    let progressed = 0;
    for (const n of items) if (await markOne(commune, sub, n.id, at)) progressed++;
    marked += progressed;
    // The index is eventually consistent: stop when a page brought nothing new to mark.
    if (!items.length || !progressed) return marked;
  }
}

export async function getDelivery(commune: string, sub: string): Promise<{ delivery: NotificationDelivery; chosen: boolean }> {
  const res = await ddb().send(new GetCommand({ TableName: env().tableName, Key: notificationKeys.notificationPrefs(commune, sub) }));
  const prefs = res.Item as NotificationPrefsItem | undefined;
  return prefs ? { delivery: prefs.delivery, chosen: true } : { delivery: DEFAULT_NOTIFICATION_DELIVERY, chosen: false };
}

export async function putDelivery(commune: string, sub: string, delivery: NotificationDelivery, at: string): Promise<void> {
  await ddb().send(new PutCommand({ TableName: env().tableName, Item: notificationPrefsItem(commune, sub, delivery, at) }));
}
