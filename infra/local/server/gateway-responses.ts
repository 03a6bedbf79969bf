/**
 * Answers API Gateway HTTP API gives by itself, before or instead of a Lambda function: same status, same
 * JSON body, same content type. No route for the method and path (an unknown path, a method no route
 * declares — HEAD and OPTIONS included, since the API has no CORS configuration and no ANY route) is
 * `404 {"message":"Not Found"}`: HTTP API has no 405. A function that fails without answering (it threw,
 * or returned nothing usable) is `500 {"message":"Internal Server Error"}`.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-routes.html (Routing API requests)
 */
import type { ServerResponse } from 'node:http';

export const GATEWAY_MESSAGES = { 404: 'Not Found', 500: 'Internal Server Error' } as const;

export function sendGatewayError(res: ServerResponse, status: keyof typeof GATEWAY_MESSAGES, method = 'GET'): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const body = JSON.stringify({ message: GATEWAY_MESSAGES[status] });
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(method === 'HEAD' ? undefined : body);
}
