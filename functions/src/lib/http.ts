/** HTTP plumbing shared by the API handlers: errors as problem+json, JSON bodies, zod validation. */
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type * as z from 'zod';
import { PROBLEM_CONTENT_TYPE, invalidParams, problem, type InvalidParam, type Problem } from '@tandem/shared';
import { requestLog } from './request-log.js';
import { inInvocation } from './tenant.js';

export type ApiEvent = APIGatewayProxyEventV2;
export type ApiResult = APIGatewayProxyStructuredResultV2;

/** An error that is the client's fault (or a conflict) and becomes a problem response. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    detail: string,
    readonly params: InvalidParam[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
  }
  toProblem(instance?: string): Problem {
    return problem(this.status, this.message, {
      ...(instance ? { instance } : {}),
      ...(this.params.length ? { 'invalid-params': this.params } : {}),
      ...this.extra,
    });
  }
}

export const badRequest = (detail: string, params: InvalidParam[] = []) => new HttpError(400, detail, params);
export const notFound = (detail: string) => new HttpError(404, detail);
export const conflict = (detail: string, extra: Record<string, unknown> = {}) => new HttpError(409, detail, [], extra);
export const unprocessable = (detail: string, params: InvalidParam[]) => new HttpError(422, detail, params);

export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): ApiResult {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
    body: JSON.stringify(body),
  };
}

export function problemResponse(p: Problem): ApiResult {
  return { statusCode: p.status, headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store' }, body: JSON.stringify(p) };
}

/** A body's media type: the pattern its Content-Type must match, and its name in the 415 problem. */
export interface BodyType {
  pattern: RegExp;
  name: string;
}
export const JSON_BODY: BodyType = { pattern: /^application\/(.+\+)?json\b/i, name: 'application/json' };
export const FORM_BODY: BodyType = { pattern: /^application\/x-www-form-urlencoded\b/i, name: 'application/x-www-form-urlencoded' };

/** The body as text: 415 naming content-type unless it is of this type, 413 past 64 KiB. */
export function bodyText(event: ApiEvent, type: BodyType): string {
  if (!type.pattern.test(header(event, 'content-type') ?? ''))
    throw new HttpError(415, `send the body as ${type.name}`, [{ name: 'content-type', reason: `must be ${type.name}` }]);
  const raw = event.body ? (event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body) : '';
  if (Buffer.byteLength(raw) > 64 * 1024) throw new HttpError(413, 'the request body is larger than 64 KiB');
  return raw;
}

/** Parses the JSON body against a schema: 415 if not JSON, 400 if unparsable, 422 naming each failing field. */
export function parseBody<S extends z.ZodType>(event: ApiEvent, schema: S): z.output<S> {
  const raw = bodyText(event, JSON_BODY);
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw badRequest('the body is not valid JSON', [{ name: '(body)', reason: 'invalid JSON' }]);
  }
  return validate(schema, data, 422, '');
}

/** Parses query parameters against a schema (400 naming each failing parameter). */
export function parseQuery<S extends z.ZodType>(event: ApiEvent, schema: S): z.output<S> {
  return validate(schema, event.queryStringParameters ?? {}, 400, '');
}

export function validate<S extends z.ZodType>(schema: S, data: unknown, status: 400 | 422, prefix: string): z.output<S> {
  const r = schema.safeParse(data);
  if (!r.success) throw new HttpError(status, 'some fields are not valid', invalidParams(r.error.issues, prefix));
  return r.data;
}

export function header(event: ApiEvent, name: string): string | undefined {
  const h = event.headers ?? {};
  return h[name] ?? h[name.toLowerCase()] ?? Object.entries(h).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
}

export function pathParam(event: ApiEvent, name: string): string {
  const v = event.pathParameters?.[name];
  if (!v) throw notFound(`missing path parameter ${name}`);
  return v;
}

/** Turns thrown errors into problem responses; anything unexpected becomes a 500 problem (requestLog logs it). */
export const problemErrors = (): middy.MiddlewareObj<ApiEvent, ApiResult> => ({
  onError: async (request) => {
    const err = request.error;
    if (err instanceof HttpError) {
      request.response = problemResponse(err.toProblem(request.event.rawPath));
      return;
    }
    request.response = problemResponse(
      problem(500, 'an unexpected error occurred; nothing was changed', { instance: request.event.rawPath }),
    );
  },
});

/** Headers every API answer carries, whatever built it: browsers must not guess a type other than the declared one. */
export const API_RESPONSE_HEADERS = { 'x-content-type-options': 'nosniff' } as const;

/** Adds API_RESPONSE_HEADERS to the handler's answer and to problem answers (runs after problemErrors on errors). */
export const responseHeaders = (): middy.MiddlewareObj<ApiEvent, ApiResult> => {
  const add = async (request: middy.Request<ApiEvent, ApiResult>) => {
    const r = request.response;
    if (r && typeof r === 'object') r.headers = { ...r.headers, ...API_RESPONSE_HEADERS };
  };
  return { after: add, onError: add };
};

/** Wraps an API handler with the house middlewares: one log line and metrics per request, errors as problems, nosniff. */
/** Each invocation runs in its own tenant scope (lib/tenant.ts): the commune it learns is the only one it serves. */
export function apiHandler(fn: (event: ApiEvent, context: Context) => Promise<ApiResult>) {
  const handler = middy<ApiEvent, ApiResult>().use(requestLog()).use(responseHeaders()).use(problemErrors()).handler(fn);
  return (event: ApiEvent, context: Context): Promise<ApiResult> => inInvocation(() => handler(event, context));
}
