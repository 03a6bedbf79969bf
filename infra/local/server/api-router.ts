/** `/api/*`: routed with the shared route table to the very handler API Gateway would invoke. */
import type { ServerResponse } from 'node:http';
import { PROBLEM_CONTENT_TYPE, RATE_LIMITED_PROBLEM, matchRoute } from '@tandem/shared';
import { buildApiEvent, writeApiResult, type ApiRequest } from './api-event.js';
import { sendGatewayError } from './gateway-responses.js';
import type { RateLimiter } from './rate-limiter.js';
import { invokeHandler } from '../handlers/load-handler.js';
import type { Logger } from '../util/log.js';

export async function handleApi(req: ApiRequest, res: ServerResponse, log: Logger, limiter?: RateLimiter): Promise<void> {
  const [path, query = ''] = req.url.split('?', 2);
  const match = matchRoute(req.method, path);
  // As AWS WAF in front of the API: every request counts, routed or not, before any function runs.
  const limited = limiter?.check({
    clientAddress: req.sourceIp,
    routeKey: 'route' in match ? match.routeKey : '',
    path,
    query: new URLSearchParams(query),
  });
  if (limited) {
    sendRateLimited(res, limited.retryAfterSeconds);
    return;
  }
  if (!('route' in match)) {
    sendGatewayError(res, 404, req.method);
    return;
  }
  const event = buildApiEvent(req, match);
  let result: unknown;
  try {
    result = await invokeHandler(match.route.handler, event);
  } catch (e) {
    log.error(`${match.routeKey} → ${match.route.handler} failed (request ${event.requestContext.requestId})`, e);
    sendGatewayError(res, 500, req.method);
    return;
  }
  writeApiResult(res, result);
}

/** 429 with the shared problem body (the one WAF answers in the cloud) and how long to wait. */
function sendRateLimited(res: ServerResponse, retryAfterSeconds: number): void {
  const body = JSON.stringify(RATE_LIMITED_PROBLEM);
  res.writeHead(429, {
    'content-type': PROBLEM_CONTENT_TYPE,
    'content-length': Buffer.byteLength(body),
    'retry-after': String(retryAfterSeconds),
    'cache-control': 'no-store',
  });
  res.end(body);
}
