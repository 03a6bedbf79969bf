/**
 * The real-time transport's items (docs/realtime.md), all read by key, none by scan:
 *   connection    `C#c#RT#USER#<sub>` / `CONN#<connectionId>`: one per open socket, per commune and person, with the
 *                 topics it follows; expires with the connection (API Gateway closes it after 2 hours);
 *   subscription  `C#c#RT#TOPIC#<topic>` / `CONN#<connectionId>`: the fan-out reads a topic's partition to find its
 *                 sockets; carries the subscriber's roles and departments (from the token) so each change is checked
 *                 against the role matrix without another read;
 *   change        `C#c#RT#FEED` / `CHG#<message id>`: the commune's change feed, kept a few days, that clients catch
 *                 up from after a reconnect (`since=<last message id>`: a key range).
 * Every one carries `expiresAt` (epoch seconds), the table's TTL attribute.
 */
import type { StaffRole } from '../identity.js';
import type { Subject } from '../role-matrix.js';
import type { RealtimeMessage } from '../realtime/changes.js';
import { communePrefix } from './key-parts.js';

export const CONNECTION_SK_PREFIX = 'CONN#';
export const CHANGE_SK_PREFIX = 'CHG#';

export const realtimeKeys = {
  connection: (commune: string, sub: string, connectionId: string) => ({
    pk: `${communePrefix(commune)}RT#USER#${sub}`,
    sk: `${CONNECTION_SK_PREFIX}${connectionId}`,
  }),
  subscription: (commune: string, topic: string, connectionId: string) => ({
    pk: `${communePrefix(commune)}RT#TOPIC#${topic}`,
    sk: `${CONNECTION_SK_PREFIX}${connectionId}`,
  }),
  /** The partition of a topic's subscriptions. */
  topicPk: (commune: string, topic: string) => `${communePrefix(commune)}RT#TOPIC#${topic}`,
  change: (commune: string, id: string) => ({ pk: `${communePrefix(commune)}RT#FEED`, sk: `${CHANGE_SK_PREFIX}${id}` }),
  feedPk: (commune: string) => `${communePrefix(commune)}RT#FEED`,
};

export interface ConnectionItem {
  pk: string;
  sk: string;
  type: 'realtime-connection';
  commune: string;
  connectionId: string;
  sub: string;
  connectedAt: string;
  /** The topics it follows (a DynamoDB string set: subscribing adds atomically). */
  topics?: Set<string>;
  expiresAt: number;
}

/** The subscriber as the role matrix sees them, copied from the token at connection. */
export interface Subscriber {
  sub: string;
  roles: StaffRole[];
  departments: string[];
}

export interface SubscriptionItem extends Subscriber {
  pk: string;
  sk: string;
  type: 'realtime-subscription';
  commune: string;
  topic: string;
  connectionId: string;
  expiresAt: number;
}

export interface ChangeItem {
  pk: string;
  sk: string;
  type: 'realtime-change';
  commune: string;
  message: Omit<RealtimeMessage, 'topics'>;
  /** Every topic the change concerns (a catch-up answers those the client asks for and may read). */
  topics: string[];
  /** The item's subject when it changed: the catch-up asks the role matrix as the fan-out did. */
  subject: Subject;
  expiresAt: number;
}
