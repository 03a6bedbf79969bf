/**
 * The real-time socket's routes (REALTIME_ROUTES): `$connect` records the connection (its authorizer already checked the
 * token), `$disconnect` removes it with its subscriptions, and `$default` answers the client's JSON messages
 * (ClientMessage): `subscribe` to a topic the person may read (realtime/topics.ts: the list or item route it mirrors),
 * `unsubscribe`, `ping`. `$default` is a two-way route: its body is the reply frame (ClientReply).
 */
import {
  ClientMessage,
  REALTIME_LIMITS,
  clientReplyProblem,
  invalidParams,
  maySubscribe,
  parseTopic,
  type ClientReply,
} from '@tandem/shared';
import { serveCommuneById } from '../communes/commune-store.js';
import { clock } from '../lib/clock.js';
import { itemSubject } from './item-facts.js';
import { putConnection, removeConnection, subscribe, unsubscribe } from './realtime-store.js';
import { socketHandler, subscriberOf, type SocketEvent, type SocketResult } from './socket-event.js';

const reply = (r: ClientReply): SocketResult => ({ statusCode: 200, body: JSON.stringify(r) });

export const handler = socketHandler(
  'realtime/connections',
  (e: SocketEvent) => ({ route: e.requestContext.routeKey, connectionId: e.requestContext.connectionId }),
  async (event: SocketEvent): Promise<SocketResult> => {
    const { routeKey, connectionId, authorizer } = event.requestContext;
    // Every route of a connection carries its authorizer's context; without one nothing may be done.
    if (!authorizer?.commune || !authorizer.sub) return { statusCode: 401 };
    const reg = await serveCommuneById(authorizer.commune);
    if (!reg) return { statusCode: 403 };
    const subscriber = subscriberOf(authorizer);
    const commune = reg.config.id;
    if (routeKey === '$connect') {
      await putConnection(commune, subscriber.sub, connectionId);
      return { statusCode: 200 };
    }
    if (routeKey === '$disconnect') {
      await removeConnection(commune, subscriber.sub, connectionId);
      return { statusCode: 200 };
    }

    const raw = event.body ? (event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body) : '';
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return reply({ type: 'error', status: 400, detail: 'send JSON: {"action":"subscribe","topic":"reports"}' });
    }
    const parsed = ClientMessage.safeParse(data);
    if (!parsed.success)
      return reply({
        type: 'error',
        status: 422,
        detail: 'the message is not valid',
        'invalid-params': invalidParams(parsed.error.issues, ''),
      });
    const message = parsed.data;
    if (message.action === 'ping') return reply({ type: 'pong', at: clock.iso() });

    const topic = parseTopic(message.topic);
    if (!topic) return reply(clientReplyProblem(400, `not a topic: ${message.topic}`, message.topic));
    if (message.action === 'unsubscribe') {
      await unsubscribe(commune, subscriber.sub, connectionId, topic.topic);
      return reply({ type: 'unsubscribed', topic: topic.topic });
    }
    const subject = topic.kind === 'item' ? await itemSubject(reg.config, topic.entity, topic.ref) : undefined;
    if (topic.kind === 'item' && !subject) return reply(clientReplyProblem(404, `no such ${topic.entity}: ${topic.ref}`, topic.topic));
    if (!maySubscribe(subscriber, reg.config, topic, subject))
      return reply(clientReplyProblem(403, `you may not follow ${topic.topic}: it shows what your role does not`, topic.topic));
    const outcome = await subscribe(commune, subscriber, connectionId, topic.topic);
    if (outcome === 'too_many')
      return reply(clientReplyProblem(429, `at most ${REALTIME_LIMITS.maxSubscriptions} topics per connection`, topic.topic));
    if (outcome === 'no_connection') return reply(clientReplyProblem(410, 'this connection is closed: connect again', topic.topic));
    return reply({ type: 'subscribed', topic: topic.topic });
  },
);
