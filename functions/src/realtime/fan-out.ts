/**
 * Event bus rule target (`realtime-fan-out`): each change of a report, a permit, a task or a project goes to the
 * WebSocket connections following one of its topics, as one message per connection (`topics`: those it follows), and
 * into the commune's change feed that reconnecting clients catch up from. Each subscriber gets it only if the role
 * matrix lets them see that item through the topic's route (mayReceive), with the roles their token had.
 *
 * Connections that answer Gone (410: closed, or past API Gateway's 2 hours) are removed with their subscriptions.
 * Other posting errors are counted (`unsent`), not thrown: a retry would post everything again; the feed holds the change.
 * Idempotent: a replayed event has the same message id (the feed keeps one entry; a client drops a repeated id).
 */
import type { EventBridgeEvent } from 'aws-lambda';
import { GoneException, PostToConnectionCommand } from '@aws-sdk/client-apigatewaymanagementapi';
import { changedItem, mayReceive, parseTopic, realtimeChange, type RealtimeMessage, type SubscriptionItem } from '@tandem/shared';
import { backgroundHandler } from '../lib/background-handler.js';
import { connectionsApi } from '../lib/aws.js';
import { logger } from '../lib/observability.js';
import { serveCommuneById } from '../communes/commune-store.js';
import { itemFacts } from './item-facts.js';
import { appendChange, removeConnection, subscriptionsOf } from './realtime-store.js';

/** Posts in flight at once (API Gateway's management API is throttled per account). */
const CONCURRENCY = 10;

export type FanOutResult = { outcome: 'ignored' | 'unknown_item' } | { connections: number; posted: number; gone: number; unsent: number };

export const handler = backgroundHandler('realtime/fan-out', async (event: EventBridgeEvent<string, unknown>): Promise<FanOutResult> => {
  const item = changedItem(event);
  if (!item) return { outcome: 'ignored' };
  const reg = await serveCommuneById(item.commune);
  const facts = reg && (await itemFacts(reg.config, item.entity, item.ref));
  const change = facts && realtimeChange(event, facts);
  if (!reg || !change) return { outcome: 'unknown_item' };
  await appendChange(item.commune, change);

  // One message per connection, naming each of its topics the change concerns and it may read.
  const byConnection = new Map<string, { subscription: SubscriptionItem; topics: string[] }>();
  for (const topic of change.topics) {
    const parsed = parseTopic(topic);
    if (!parsed) continue;
    for (const s of await subscriptionsOf(item.commune, topic)) {
      if (!mayReceive(s, reg.config, parsed, item.entity, change.subject)) continue;
      const entry = byConnection.get(s.connectionId) ?? { subscription: s, topics: [] };
      entry.topics.push(topic);
      byConnection.set(s.connectionId, entry);
    }
  }
  const api = connectionsApi();
  const counts = { connections: byConnection.size, posted: 0, gone: 0, unsent: 0 };
  if (!api) return counts;
  const queue = [...byConnection.values()];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { subscription: s, topics } = next;
      const message: RealtimeMessage = { ...change.message, topics };
      try {
        await api.send(
          new PostToConnectionCommand({ ConnectionId: s.connectionId, Data: new TextEncoder().encode(JSON.stringify(message)) }),
        );
        counts.posted++;
      } catch (e) {
        if (e instanceof GoneException || (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 410) {
          await removeConnection(item.commune, s.sub, s.connectionId);
          counts.gone++;
        } else {
          counts.unsent++;
          logger().warn({ message: 'post to connection not sent', connectionId: s.connectionId, error: (e as Error).name });
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
  return counts;
});
