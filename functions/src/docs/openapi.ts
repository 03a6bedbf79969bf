/**
 * GET /api/openapi.json: the OpenAPI 3.1 document of every route, built once per warm function from the
 * route table and the shared zod schemas (no handler is imported), with an ETag and 304 when unchanged.
 */
import { buildOpenApiDocument } from '@tandem/shared/openapi/openapi-document';
import { apiHandler } from '../lib/http.js';
import { cachedResponse, etagOf } from '../lib/cached-response.js';

let built: { body: string; etag: string } | undefined;
function document() {
  if (!built) {
    const body = JSON.stringify(buildOpenApiDocument());
    built = { body, etag: etagOf(body) };
  }
  return built;
}

export const handler = apiHandler(async (event) => {
  const { body, etag } = document();
  return cachedResponse(event.headers, body, 'application/json; charset=utf-8', 'public, max-age=300', etag);
});
