/**
 * A person's push subscriptions, in their own notification partition (`PUSH#<hash of the endpoint>`,
 * shared/src/notifications/push.ts): registering the same endpoint again puts the same key (idempotent, and renews its
 * TTL); a person has at most PUSH_SUBSCRIPTIONS_MAX browsers (the oldest is dropped past it); a push service's 404 or
 * 410 removes one (push-send.ts).
 */
import { createHash } from 'node:crypto';
import { DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  PUSH_SUBSCRIPTION_PREFIX,
  PUSH_SUBSCRIPTION_TTL_DAYS,
  PUSH_SUBSCRIPTIONS_MAX,
  pushSubscriptionKeys,
  type PushSubscriptionInput,
  type PushSubscriptionItem,
} from '@tandem/shared/notifications/push';
import { ddb, env } from '../lib/aws.js';
import { clock } from '../lib/clock.js';

/** The endpoint's key: a hash (endpoints are long URLs, and a sort key should not carry a push service's token). */
export const endpointHash = (endpoint: string) => createHash('sha256').update(endpoint).digest('base64url').slice(0, 32);

export async function listPushSubscriptions(commune: string, sub: string): Promise<PushSubscriptionItem[]> {
  const res = await ddb().send(
    new QueryCommand({
      TableName: env().tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
      ExpressionAttributeValues: { ':pk': pushSubscriptionKeys.pk(commune, sub), ':p': PUSH_SUBSCRIPTION_PREFIX },
      Limit: PUSH_SUBSCRIPTIONS_MAX * 2,
    }),
  );
  const nowS = Math.floor(Date.parse(clock.iso()) / 1000);
  // The TTL removes expired items within days, not at once: an expired one is not pushed to.
  return ((res.Items ?? []) as PushSubscriptionItem[]).filter((s) => s.expiresAt > nowS);
}

/** Puts (or renews) the browser's subscription; drops the oldest past the limit. Returns its expiry. */
export async function putPushSubscription(commune: string, sub: string, input: PushSubscriptionInput, at: string): Promise<string> {
  const expiresAtMs = Date.parse(at) + PUSH_SUBSCRIPTION_TTL_DAYS * 86_400_000;
  const item: PushSubscriptionItem = {
    ...pushSubscriptionKeys.subscription(commune, sub, endpointHash(input.endpoint)),
    type: 'push-subscription',
    commune,
    sub,
    endpoint: input.endpoint,
    keys: { p256dh: input.keys.p256dh, auth: input.keys.auth },
    at,
    expiresAt: Math.floor(expiresAtMs / 1000),
  };
  await ddb().send(new PutCommand({ TableName: env().tableName, Item: item }));
  const all = await listPushSubscriptions(commune, sub);
  const extra = all.sort((a, b) => b.at.localeCompare(a.at)).slice(PUSH_SUBSCRIPTIONS_MAX);
  for (const old of extra) await deletePushSubscription(commune, sub, old.endpoint);
  return new Date(expiresAtMs).toISOString();
}

/** Removes the subscription of this endpoint (none there: nothing happens). */
export async function deletePushSubscription(commune: string, sub: string, endpoint: string): Promise<void> {
  await ddb().send(
    new DeleteCommand({ TableName: env().tableName, Key: pushSubscriptionKeys.subscription(commune, sub, endpointHash(endpoint)) }),
  );
}
