/** `/api/*`: routed with the shared route table to the very handler API Gateway would invoke. */
import type { ServerResponse } from 'node:http';
import { matchRoute } from '@tandem/shared';
import { buildApiEvent, writeApiResult, type ApiRequest } from './api-event.js';
import { sendGatewayError } from './gateway-responses.js';
import { invokeHandler } from '../handlers/load-handler.js';
import type { Logger } from '../util/log.js';

export async function handleApi(req: ApiRequest, res: ServerResponse, log: Logger): Promise<void> {
  const path = req.url.split('?')[0];
  const match = matchRoute(req.method, path);
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
