/**
 * A mail subscription by a member of the public (following a works site, the evening-before collection reminders):
 * the sign-up and the unsubscribe link, the same for each. The address is confirmed by the gate in front of every
 * mail (send-when-confirmed.ts); these only keep the subscription item and take it away with what it left.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ddb, env } from '../lib/aws.js';
import { isConditionFailure } from '../lib/condition-failure.js';
import type { ApiResult } from '../lib/http.js';
import type { TableItem } from '../lib/versioned-write.js';

/** The secret of a subscription's unsubscribe link (the link's key ends with it). */
export const newUnsubscribeSecret = () => randomBytes(32).toString('base64url');

/** Keeps the subscription unless the address signed up already (pending or confirmed): signing up again changes nothing. */
export async function subscribeOnce(item: TableItem): Promise<void> {
  try {
    await ddb().send(new PutCommand({ TableName: env().tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
  } catch (e) {
    if (!isConditionFailure(e)) throw e;
  }
}

/**
 * An unsubscribe link followed: when the stored subscription holds `secret`, deletes `gone` (the subscription, the
 * address's confirmation for it, its welcome marker: signing up again starts afresh, and a stranger cannot sign someone
 * up again without them confirming again) in one transaction. 204 either way: the link tells no one whether an address
 * is subscribed.
 */
export async function unsubscribe(
  stored: { unsubscribeSecret: string } | undefined,
  secret: string,
  gone: { pk: string; sk: string }[],
): Promise<ApiResult> {
  const a = Buffer.from(secret);
  const b = Buffer.from(stored?.unsubscribeSecret ?? '');
  if (stored && a.length === b.length && timingSafeEqual(a, b)) {
    const TableName = env().tableName;
    await ddb().send(new TransactWriteCommand({ TransactItems: gone.map((Key) => ({ Delete: { TableName, Key } })) }));
  }
  return { statusCode: 204, headers: { 'cache-control': 'no-store' }, body: '' };
}
