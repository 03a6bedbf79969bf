/** `/api/*`: routed with the shared route table to the very handler API Gateway would invoke. */
import type { ServerResponse } from 'node:http';
import { matchRoute, type HttpMethod } from '@tandem/shared';
import { buildApiEvent, writeApiResult, type ApiRequest } from './api-event.js';
import { sendProblem } from './problem-response.js';
import { invokeHandler } from '../handlers/load-handler.js';
import type { Logger } from '../util/log.js';

const METHODS: HttpMethod[] = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];

export async function handleApi(req: ApiRequest, res: ServerResponse, log: Logger): Promise<void> {
  const path = req.url.split('?')[0];
  const match = matchRoute(req.method, path);
  if (!('route' in match)) {
    if (match.methodMismatch) {
      const allow = METHODS.filter((m) => 'route' in matchRoute(m, path)).join(', ');
      sendProblem(res, 405, `${req.method} is not allowed on ${path}`, {}, { allow });
    } else {
      sendProblem(res, 404, `no API route for ${path}`);
    }
    return;
  }
  const event = buildApiEvent(req, match);
  let result: unknown;
  try {
    result = await invokeHandler(match.route.handler, event);
  } catch (e) {
    log.error(`${match.routeKey} → ${match.route.handler} failed (request ${event.requestContext.requestId})`, e);
    sendProblem(res, 500, 'the server failed to handle the request', { instance: event.requestContext.requestId });
    return;
  }
  writeApiResult(res, result);
}
