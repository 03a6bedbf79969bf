/**
 * One log line and one metrics record per API request, written when the response is known: commune, route,
 * method, path (never the query string, which may carry a permit's key), status, latency and request ids.
 * 5xx are logged at ERROR with the error and its stack; everything else at INFO.
 */
import type middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { elapsedMs, invocationFields, logger, publishMetrics } from './observability.js';

type Request = middy.Request<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, Context>;

/** The fields of a request's line; only ids, states and timings. */
export function requestFields(request: Request, latencyMs: number): Record<string, unknown> {
  const e = request.event;
  const invalid = (request.error as { params?: { name: string }[] } | null)?.params?.map((p) => p.name);
  return {
    commune: e.pathParameters?.commune,
    routeKey: e.routeKey,
    method: e.requestContext?.http?.method,
    path: e.rawPath,
    status: request.response?.statusCode ?? 500,
    latencyMs,
    requestId: e.requestContext?.requestId,
    ...(invalid?.length ? { invalidParams: invalid } : {}),
    ...invocationFields(request.context),
  };
}

export const requestLog = (): middy.MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, Context> => {
  const started = new WeakMap<Request, number>();
  const write = (request: Request) => {
    const latencyMs = elapsedMs(started.get(request) ?? performance.now());
    const fields = requestFields(request, latencyMs);
    const status = fields.status as number;
    if (status < 500) logger().info({ message: 'request', ...fields });
    else if (request.error) logger().error({ message: 'request', ...fields }, request.error);
    else logger().error({ message: 'request', ...fields });
    publishMetrics({ operation: request.event.routeKey, latencyMs, status });
  };
  return {
    before: (request) => {
      started.set(request, performance.now());
    },
    after: write,
    // Runs after problemErrors has turned the error into a response (middy runs onError in reverse order).
    onError: write,
  };
};
