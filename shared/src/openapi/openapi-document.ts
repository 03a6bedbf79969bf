/**
 * The OpenAPI 3.1 document of the whole API, generated from the route table (ROUTES), each route's
 * contract (route-contracts.ts) and the zod schemas the handlers validate with (components.ts). Pure: the
 * same inputs give the same document, served at GET /api/openapi.json and checked by the tests.
 */
import * as z from 'zod';
import { CommuneId } from '../commune-config.js';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENCY_KEY_PATTERN } from '../idempotency-key.js';
import { REQUESTER_KEY_HEADER } from '../permits/permit-api.js';
import { PROBLEM_CONTENT_TYPE } from '../problem.js';
import { ROUTES, type RouteDef } from '../routes.js';
import { componentSchemas, fieldSchemas, type OutputName } from './components.js';
import {
  API_TAGS,
  ROUTE_CONTRACTS,
  type ErrorStatus,
  type RouteContract,
  type SuccessHeader,
  type SuccessResponse,
} from './route-contracts.js';

/** The version of the API contract (info.version): raise it when a route changes in a way clients notice. */
export const API_VERSION = '0.1.0';

type Json = Record<string, unknown>;
const withoutDialect = ({ $schema: _s, ...rest }: Json): Json => rest;
const ref = (kind: 'schemas' | 'responses' | 'parameters' | 'headers', name: string) => ({ $ref: `#/components/${kind}/${name}` });

const ERROR_DESCRIPTIONS: Record<ErrorStatus | 500, string> = {
  400: 'Bad input: a query parameter, a header or the body (not valid JSON) is not valid; invalid-params names each.',
  401: 'Not signed in: no token, or a token that is not valid, has expired or was not issued by a trusted sign-in service.',
  403: 'Not allowed: a token of another commune or user pool, or a role or department the role matrix does not allow this (docs/roles.md).',
  404: 'Unknown commune, or nothing has this identifier.',
  409: 'Conflict with the current state: reload and try again.',
  410: 'Gone: the link or item existed but may no longer be used.',
  413: 'The body is larger than 64 KiB.',
  415: 'The body is not application/json.',
  422: 'Some fields are not valid: invalid-params names each with its reason.',
  503: 'Temporarily unavailable: try again.',
  500: 'An unexpected error: nothing was changed.',
};

const PATH_PARAMS: Record<string, { description: string; schema: Json }> = {
  commune: {
    description: 'The commune’s id, e.g. soignies (GET /api/communes lists them).',
    schema: withoutDialect(z.toJSONSchema(CommuneId, { io: 'input' })),
  },
  code: { description: 'The tracking code, e.g. ABCD-1234 (case and dashes are forgiven).', schema: { type: 'string' } },
};

const HEADERS: Record<SuccessHeader, Json> = {
  ETag: {
    description: 'The version of what was answered: send it back as If-None-Match (feeds, this document) or read the item’s version.',
    schema: { type: 'string' },
  },
  Location: { description: 'Where the created item is followed.', schema: { type: 'string' } },
  'Idempotent-Replayed': {
    description: '"true" when this answers a retry with an Idempotency-Key already used for the same request.',
    schema: { type: 'string', enum: ['true'] },
  },
  'Cache-Control': { description: 'How long shared caches may keep the answer.', schema: { type: 'string' } },
};

/** The contract of a route, or an error naming the route that has none. */
function contractOf(route: RouteDef, contracts: Record<string, RouteContract>): RouteContract {
  const c = contracts[`${route.method} ${route.path}`];
  if (!c) throw new Error(`no API contract for ${route.method} ${route.path}: add it to shared/src/openapi/route-contracts.ts`);
  return c;
}

/** Unique and readable: GET /api/{commune}/reports/{code} → getCommuneReportsCode. */
export function operationId(route: Pick<RouteDef, 'method' | 'path'>): string {
  const words = route.path
    .split('/')
    .filter((s) => s && s !== 'api')
    .flatMap((s) => s.replace(/[{}]/g, '').split(/[^A-Za-z0-9]+/))
    .filter(Boolean);
  return route.method.toLowerCase() + words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

function parameters(route: RouteDef, c: RouteContract): Json[] {
  const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  const path = names.map((name) => {
    const known = PATH_PARAMS[name];
    const description = c.pathParams?.[name] ?? known?.description;
    return { name, in: 'path', required: true, ...(description ? { description } : {}), schema: known?.schema ?? { type: 'string' } };
  });
  const query = c.query
    ? fieldSchemas(c.query).map((f) => ({
        name: f.name,
        in: 'query',
        required: f.required,
        ...(f.description ? { description: f.description } : {}),
        schema: f.schema,
      }))
    : [];
  return [
    ...path,
    ...query,
    ...(c.idempotent ? [ref('parameters', 'IdempotencyKey')] : []),
    ...(c.conditional ? [ref('parameters', 'IfNoneMatch')] : []),
  ];
}

function bodySchema(schema: NonNullable<SuccessResponse['content']>['schema']): Json {
  if (typeof schema === 'string') return ref('schemas', schema);
  if (Array.isArray(schema)) return { anyOf: (schema as readonly OutputName[]).map((s) => ref('schemas', s)) };
  return (schema as { raw: Json }).raw;
}

/** The errors a route may answer: those that follow from its shape, then its own (which may describe one better). */
function errorStatuses(route: RouteDef, c: RouteContract): Map<number, string> {
  const out = new Map<number, string>();
  const add = (s: ErrorStatus) => out.set(s, ERROR_DESCRIPTIONS[s]);
  if (route.path.includes('{commune}')) add(404);
  if (c.query) add(400);
  if (c.body && !c.body.form) for (const s of [400, 413, 415, 422] as const) add(s);
  if (c.formBody) for (const s of [413, 415, 422] as const) add(s);
  if (c.idempotent) {
    out.set(400, out.get(400) ?? 'The Idempotency-Key is not 8 to 100 letters, digits, - or _.');
    out.set(422, out.get(422) ?? 'This Idempotency-Key was already used for a different request.');
  }
  if (c.access === 'staff' || c.access === 'permit-key') for (const s of [401, 403] as const) add(s);
  if (c.access === 'optional-permit-key') add(403);
  for (const [s, d] of Object.entries(c.errors ?? {})) out.set(Number(s), d as string);
  return new Map([...out.entries()].sort(([a], [b]) => a - b));
}

const problemContent = { [PROBLEM_CONTENT_TYPE]: { schema: ref('schemas', 'Problem') } };

function responses(route: RouteDef, c: RouteContract): Json {
  const out: Json = {};
  for (const [status, r] of Object.entries(c.responses) as [string, SuccessResponse][]) {
    out[status] = {
      description: r.description,
      ...(r.headers?.length ? { headers: Object.fromEntries(r.headers.map((h) => [h, ref('headers', h)])) } : {}),
      ...(r.content ? { content: { [r.content.type]: { schema: bodySchema(r.content.schema) } } } : {}),
    };
  }
  if (c.conditional)
    out['304'] = {
      description: 'Not modified: the ETag sent in If-None-Match is still current.',
      headers: { ETag: ref('headers', 'ETag') },
    };
  for (const [status, description] of errorStatuses(route, c)) {
    if (c.errorFormat === 'html') {
      out[String(status)] = { description, content: { 'text/html': { schema: { type: 'string' } }, ...problemContent } };
      continue;
    }
    const [type, schema] = c.errorFormat === 'open311' ? ['application/json', 'Open311Errors'] : [PROBLEM_CONTENT_TYPE, 'Problem'];
    out[String(status)] = { description, content: { [type]: { schema: ref('schemas', schema) } } };
  }
  out['429'] = ref('responses', 'RateLimited');
  out['500'] = ref('responses', 'UnexpectedError');
  return out;
}

const SECURITY: Record<RouteContract['access'], Json[] | undefined> = {
  public: undefined,
  staff: [{ staffIdToken: [] }],
  'permit-key': [{ permitKey: [] }],
  'optional-permit-key': [{}, { permitKey: [] }],
};

function operation(route: RouteDef, c: RouteContract): Json {
  const params = parameters(route, c);
  const security = SECURITY[c.access];
  const body = c.body
    ? {
        requestBody: {
          required: true,
          content: Object.fromEntries(
            [...(c.body.form ? ['application/x-www-form-urlencoded'] : []), 'application/json'].map((t) => [
              t,
              { schema: ref('schemas', c.body!.schema) },
            ]),
          ),
        },
      }
    : c.formBody
      ? {
          requestBody: {
            required: true,
            content: { 'application/x-www-form-urlencoded': { schema: { ...c.formBody.schema, description: c.formBody.description } } },
          },
        }
      : c.textBody
        ? {
            requestBody: {
              required: true,
              content: Object.fromEntries(
                [c.textBody.type, ...(c.textBody.also ?? [])].map((t) => [
                  t,
                  { schema: { type: 'string', description: c.textBody!.description } },
                ]),
              ),
            },
          }
        : {};
  return {
    operationId: operationId(route),
    summary: c.summary,
    ...(c.description ? { description: c.description } : {}),
    tags: [c.tag],
    ...(params.length ? { parameters: params } : {}),
    ...body,
    responses: responses(route, c),
    ...(security ? { security } : {}),
  };
}

export interface OpenApiInputs {
  routes?: readonly RouteDef[];
  contracts?: Record<string, RouteContract>;
  version?: string;
}

/** The OpenAPI 3.1.0 document; throws if a route has no contract or a contract no route. */
export function buildOpenApiDocument({ routes = ROUTES, contracts = ROUTE_CONTRACTS, version = API_VERSION }: OpenApiInputs = {}): Json {
  const keys = new Set(routes.map((r) => `${r.method} ${r.path}`));
  const orphans = Object.keys(contracts).filter((k) => !keys.has(k));
  if (orphans.length) throw new Error(`API contracts without a route in ROUTES: ${orphans.join(', ')}`);
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, Json>)[route.method.toLowerCase()] = operation(route, contractOf(route, contracts));
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tandem API',
      version,
      summary: 'Reports, permits and the public map of Walloon communes.',
      description:
        'Errors are RFC 9457 problem details (application/problem+json) naming each failing field in invalid-params, except on the Open311 routes, which answer Open311’s [{code, description}]. Staff routes need the ID token of the commune’s own staff pool (POST /api/{commune}/auth/login). Writes that a client may retry accept an Idempotency-Key.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: '/', description: 'This platform: the site and the API share one origin.' }],
    tags: Object.entries(API_TAGS).map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas: componentSchemas(),
      responses: {
        RateLimited: {
          description:
            'Too many requests from this address (the whole API, or this kind of write), or for this commune (shared/src/rate-limits.ts): wait Retry-After seconds.',
          headers: { 'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer' } } },
          // AWS WAF serves the same problem as application/json (its custom bodies cannot have another type).
          content: Object.fromEntries([PROBLEM_CONTENT_TYPE, 'application/json'].map((t) => [t, { schema: ref('schemas', 'Problem') }])),
        },
        UnexpectedError: {
          description: ERROR_DESCRIPTIONS[500],
          content: { [PROBLEM_CONTENT_TYPE]: { schema: ref('schemas', 'Problem') } },
        },
      },
      parameters: {
        IdempotencyKey: {
          name: IDEMPOTENCY_KEY_HEADER,
          in: 'header',
          required: false,
          description:
            'One key per intended change, kept while retrying it: a retry answers the first result instead of doing it twice (kept 24 h).',
          schema: { type: 'string', pattern: IDEMPOTENCY_KEY_PATTERN.source },
        },
        IfNoneMatch: {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          description: 'The ETag of the copy you hold: 304 when it is still current.',
          schema: { type: 'string' },
        },
      },
      headers: HEADERS,
      securitySchemes: {
        staffIdToken: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'The ID token of a user of the commune’s own staff pool (POST /api/{commune}/auth/login); another commune’s token is a 403.',
        },
        permitKey: {
          type: 'apiKey',
          in: 'header',
          name: REQUESTER_KEY_HEADER,
          description: 'A permit request’s private key, answered once when it is created (and mailed to the requester).',
        },
      },
    },
  };
}
