/** Public answers that others poll (feeds, the OpenAPI document): an ETag of the content, Cache-Control, 304 when unchanged. */
import { createHash } from 'node:crypto';
import { header, type ApiResult } from './http.js';

/** The ETag of a body: a hash of its bytes, so that an unchanged answer is recognised whoever built it. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** 200 with the body, or 304 when the request's If-None-Match holds its ETag (weak or strong). */
export function cachedResponse(
  headers: Record<string, string | undefined> | undefined,
  body: string,
  type: string,
  cacheControl: string,
  etag = etagOf(body),
): ApiResult {
  const common = { etag, 'cache-control': cacheControl, 'access-control-allow-origin': '*' };
  const inm = header({ headers } as never, 'if-none-match');
  if (
    inm
      ?.split(',')
      .map((s) => s.trim().replace(/^W\//, ''))
      .includes(etag)
  )
    return { statusCode: 304, headers: common, body: '' };
  return { statusCode: 200, headers: { ...common, 'content-type': type }, body };
}
