/**
 * The events API Gateway's WebSocket API gives its functions (the local gateway builds the same ones): the `$connect`
 * REQUEST authorizer's event and answer, and the route events, whose `requestContext.authorizer` carries what the
 * authorizer returned as `context` (strings only) on every route of the connection.
 */
import type { Context } from 'aws-lambda';
import { STAFF_ROLES, type StaffRole, type Subscriber } from '@tandem/shared';
import { inInvocation } from '../lib/tenant.js';
import { elapsedMs, invocationFields, logger, publishMetrics } from '../lib/observability.js';

export interface ConnectAuthorizerEvent {
  type: 'REQUEST';
  methodArn: string;
  headers?: Record<string, string | undefined>;
  queryStringParameters?: Record<string, string | undefined>;
  requestContext: SocketRequestContext;
}

export interface AuthorizerAnswer {
  principalId: string;
  policyDocument: { Version: '2012-10-17'; Statement: { Action: 'execute-api:Invoke'; Effect: 'Allow' | 'Deny'; Resource: string }[] };
  /** Strings only (API Gateway's rule): roles and departments comma-separated. */
  context?: ConnectionContext;
}

/** What the authorizer hands every route of the connection. */
export interface ConnectionContext {
  commune: string;
  sub: string;
  roles: string;
  departments: string;
}

export interface SocketRequestContext {
  routeKey: string;
  eventType: 'CONNECT' | 'DISCONNECT' | 'MESSAGE';
  connectionId: string;
  /** With `stage`, the management API's address: `https://<domainName>/<stage>` (the fan-out reads it from its environment). */
  domainName: string;
  stage: string;
  apiId?: string;
  requestId?: string;
  connectedAt?: number;
  authorizer?: ConnectionContext & { principalId?: string };
}

export interface SocketEvent {
  requestContext: SocketRequestContext;
  body?: string;
  isBase64Encoded?: boolean;
  queryStringParameters?: Record<string, string | undefined>;
  headers?: Record<string, string | undefined>;
}

export interface SocketResult {
  statusCode: number;
  /** On a two-way route, sent back to the client as one frame. */
  body?: string;
}

/** The subscriber the connection's authorizer context describes. */
export function subscriberOf(c: ConnectionContext): Subscriber {
  const split = (s: string) => s.split(',').filter(Boolean);
  return {
    sub: c.sub,
    roles: split(c.roles).filter((r): r is StaffRole => (STAFF_ROLES as readonly string[]).includes(r)),
    departments: split(c.departments),
  };
}

/** One log line and metrics record per invocation (ids and the route only), each in its own tenant scope, as the other handlers. */
export function socketHandler<E, R>(operation: string, fields: (event: E) => Record<string, unknown>, fn: (event: E) => Promise<R>) {
  return (event: E, context?: Context): Promise<R> =>
    inInvocation(async () => {
      const start = performance.now();
      const base = () => ({ operation, ...fields(event), ...invocationFields(context) });
      try {
        const result = await fn(event);
        const latencyMs = elapsedMs(start);
        logger().info({ message: 'invocation', ...base(), latencyMs });
        publishMetrics({ operation, latencyMs });
        return result;
      } catch (e) {
        const latencyMs = elapsedMs(start);
        logger().error({ message: 'invocation failed', ...base(), latencyMs }, e as Error);
        publishMetrics({ operation, latencyMs, failed: true });
        throw e;
      }
    });
}
