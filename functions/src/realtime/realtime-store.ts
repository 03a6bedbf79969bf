/**
 * The real-time items (shared/src/entities/realtime.ts): connections, subscriptions by topic and the change feed,
 * each read by key or by one partition, never scanned. Called inside an invocation that serves the commune (tenant
 * credentials: every key starts with C#<commune>#).
 */
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  CHANGE_FEED_DAYS,
  CHANGE_SK_PREFIX,
  CONNECTION_SK_PREFIX,
  REALTIME_LIMITS,
  realtimeKeys,
  type ChangeItem,
  type ConnectionItem,
  type RealtimeChange,
  type Subscriber,
  type SubscriptionItem,
} from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';
import { clock } from '../lib/clock.js';

const table = () => env().tableName;

/** A new connection, expiring when API Gateway ends it (2 hours after it opened). */
export async function putConnection(commune: string, sub: string, connectionId: string): Promise<ConnectionItem> {
  const now = clock.ms();
  const item: ConnectionItem = {
    ...realtimeKeys.connection(commune, sub, connectionId),
    type: 'realtime-connection',
    commune,
    connectionId,
    sub,
    connectedAt: new Date(now).toISOString(),
    expiresAt: Math.ceil(now / 1000) + REALTIME_LIMITS.maxConnectionSeconds,
  };
  await ddb().send(new PutCommand({ TableName: table(), Item: item }));
  return item;
}

export async function getConnection(commune: string, sub: string, connectionId: string): Promise<ConnectionItem | undefined> {
  const r = await ddb().send(new GetCommand({ TableName: table(), Key: realtimeKeys.connection(commune, sub, connectionId) }));
  return r.Item as ConnectionItem | undefined;
}

/** A person's open connections in the commune (one partition): whether they are online, on how many devices. */
export async function connectionsOf(commune: string, sub: string): Promise<ConnectionItem[]> {
  const now = Math.floor(clock.ms() / 1000);
  const r = await ddb().send(
    new QueryCommand({
      TableName: table(),
      KeyConditionExpression: 'pk = :p AND begins_with(sk, :c)',
      ExpressionAttributeValues: { ':p': realtimeKeys.connection(commune, sub, '').pk, ':c': CONNECTION_SK_PREFIX },
    }),
  );
  return ((r.Items ?? []) as ConnectionItem[]).filter((i) => i.expiresAt > now);
}

export type SubscribeOutcome = 'subscribed' | 'no_connection' | 'too_many';

/**
 * Adds the topic to the connection (atomically, at most REALTIME_LIMITS.maxSubscriptions) and puts the subscription
 * item the fan-out reads, with the subscriber's roles and departments. Subscribing twice is harmless.
 */
export async function subscribe(commune: string, subscriber: Subscriber, connectionId: string, topic: string): Promise<SubscribeOutcome> {
  let connection: ConnectionItem;
  try {
    const r = await ddb().send(
      new UpdateCommand({
        TableName: table(),
        Key: realtimeKeys.connection(commune, subscriber.sub, connectionId),
        UpdateExpression: 'ADD topics :t',
        ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(topics) OR contains(topics, :topic) OR size(topics) < :max)',
        ExpressionAttributeValues: { ':t': new Set([topic]), ':topic': topic, ':max': REALTIME_LIMITS.maxSubscriptions },
        ReturnValues: 'ALL_NEW',
      }),
    );
    connection = r.Attributes as ConnectionItem;
  } catch (e) {
    if (!(e instanceof ConditionalCheckFailedException)) throw e;
    return (await getConnection(commune, subscriber.sub, connectionId)) ? 'too_many' : 'no_connection';
  }
  const item: SubscriptionItem = {
    ...realtimeKeys.subscription(commune, topic, connectionId),
    type: 'realtime-subscription',
    commune,
    topic,
    connectionId,
    sub: subscriber.sub,
    roles: subscriber.roles,
    departments: subscriber.departments,
    expiresAt: connection.expiresAt,
  };
  await ddb().send(new PutCommand({ TableName: table(), Item: item }));
  return 'subscribed';
}

export async function unsubscribe(commune: string, sub: string, connectionId: string, topic: string): Promise<void> {
  await ddb().send(new DeleteCommand({ TableName: table(), Key: realtimeKeys.subscription(commune, topic, connectionId) }));
  await ddb()
    .send(
      new UpdateCommand({
        TableName: table(),
        Key: realtimeKeys.connection(commune, sub, connectionId),
        UpdateExpression: 'DELETE topics :t',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':t': new Set([topic]) },
      }),
    )
    .catch((e) => {
      if (!(e instanceof ConditionalCheckFailedException)) throw e;
    });
}

/** Removes a connection and its subscriptions ($disconnect, or Gone at fan-out); nothing left to remove is fine. */
export async function removeConnection(commune: string, sub: string, connectionId: string): Promise<void> {
  const connection = await getConnection(commune, sub, connectionId);
  for (const topic of connection?.topics ?? [])
    await ddb().send(new DeleteCommand({ TableName: table(), Key: realtimeKeys.subscription(commune, topic, connectionId) }));
  await ddb().send(new DeleteCommand({ TableName: table(), Key: realtimeKeys.connection(commune, sub, connectionId) }));
}

/** The live subscriptions of a topic (one partition; items past their TTL that DynamoDB has not removed yet are skipped). */
export async function subscriptionsOf(commune: string, topic: string): Promise<SubscriptionItem[]> {
  const now = Math.floor(clock.ms() / 1000);
  const out: SubscriptionItem[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const r: QueryCommandOutput = await ddb().send(
      new QueryCommand({
        TableName: table(),
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': realtimeKeys.topicPk(commune, topic) },
        ExclusiveStartKey: start,
      }),
    );
    for (const i of (r.Items ?? []) as SubscriptionItem[]) if (i.expiresAt > now) out.push(i);
    start = r.LastEvaluatedKey;
  } while (start);
  return out;
}

/** Appends a change to the commune's feed; a replayed event (same message id) is not appended twice. */
export async function appendChange(commune: string, change: RealtimeChange): Promise<'appended' | 'already_there'> {
  const item: ChangeItem = {
    ...realtimeKeys.change(commune, change.message.id),
    type: 'realtime-change',
    commune,
    message: change.message,
    topics: change.topics,
    subject: change.subject,
    expiresAt: Math.ceil(clock.ms() / 1000) + CHANGE_FEED_DAYS * 24 * 60 * 60,
  };
  try {
    await ddb().send(new PutCommand({ TableName: table(), Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
    return 'appended';
  } catch (e) {
    if (e instanceof ConditionalCheckFailedException) return 'already_there';
    throw e;
  }
}

/** Feed entries after `since` (a message id), oldest first, one page; `last` is the id to go on from when more may follow. */
export async function changesAfter(
  commune: string,
  since: string | undefined,
  limit: number,
): Promise<{ items: ChangeItem[]; last?: string }> {
  const r = await ddb().send(
    new QueryCommand({
      TableName: table(),
      KeyConditionExpression: since ? 'pk = :p AND sk > :s' : 'pk = :p AND begins_with(sk, :s)',
      ExpressionAttributeValues: { ':p': realtimeKeys.feedPk(commune), ':s': since ? `${CHANGE_SK_PREFIX}${since}` : CHANGE_SK_PREFIX },
      Limit: limit,
    }),
  );
  const now = Math.floor(clock.ms() / 1000);
  const items = ((r.Items ?? []) as ChangeItem[]).filter((i) => i.expiresAt > now);
  const lastKey = r.LastEvaluatedKey?.sk as string | undefined;
  return { items, ...(lastKey ? { last: lastKey.slice(CHANGE_SK_PREFIX.length) } : {}) };
}
