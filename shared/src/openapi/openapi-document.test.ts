import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { Validator } from '@seriousme/openapi-schema-validator';
import { ROUTES } from '../routes.js';
import { CreateReportInput, UploadTicket } from '../schemas/report.js';
import { buildOpenApiDocument, operationId } from './openapi-document.js';
import { ROUTE_CONTRACTS } from './route-contracts.js';

type Doc = {
  openapi: string;
  info: { license: { identifier: string } };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
};
type Operation = {
  operationId: string;
  parameters?: { name?: string; in?: string; $ref?: string }[];
  requestBody?: { content: Record<string, { schema: { $ref: string } }> };
  responses: Record<string, { content?: Record<string, unknown>; $ref?: string }>;
  security?: Record<string, string[]>[];
};
const doc = buildOpenApiDocument() as Doc;
const op = (method: string, path: string) => doc.paths[path]?.[method.toLowerCase()];
const withoutDialect = (s: object) => Object.fromEntries(Object.entries(s).filter(([k]) => k !== '$schema'));
/** Routes a browser posts a form to, without JavaScript. */
const FORM_ROUTES = ['POST /api/{commune}/reports/form'];

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document (every $ref resolves)', async () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.license.identifier).toBe('EUPL-1.2');
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('the validator refuses a broken document (so the check above can fail)', async () => {
    const broken = structuredClone(doc) as Doc;
    broken.paths['/api/communes'].get.responses['200'].content = {
      'application/json': { schema: { $ref: '#/components/schemas/Nothing' } },
    };
    expect((await new Validator().validate(broken as never)).valid).toBe(false);
  });

  it.each(ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))(
    'has %s with its path parameters, answers and errors',
    (_key, route) => {
      const o = op(route.method, route.path);
      expect(o, 'operation').toBeDefined();
      const pathParams = (o!.parameters ?? [])
        .filter((p) => p.in === 'path')
        .map((p) => p.name)
        .sort();
      expect(pathParams).toEqual([...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort());
      // A success, or a form post sent on to a page (303).
      expect(Object.keys(o!.responses).some((s) => /^2\d\d$|^303$/.test(s))).toBe(true);
      expect(o!.responses['500']).toEqual({ $ref: '#/components/responses/UnexpectedError' });
      if (route.path.includes('{commune}')) expect(o!.responses['404']).toBeDefined();
      if (route.auth === 'staff') {
        expect(o!.security).toEqual([{ staffIdToken: [] }]);
        expect(Object.keys(o!.responses)).toEqual(expect.arrayContaining(['401', '403']));
      } else expect(o!.security?.some((s) => 'staffIdToken' in s) ?? false).toBe(false);
      const errorTypes = Object.entries(o!.responses)
        .filter(([s]) => /^4/.test(s))
        .flatMap(([, r]) => Object.keys(r.content ?? {}));
      const errorType = route.path.startsWith('/api/open311/') ? ['application/json'] : ['application/problem+json'];
      // The report page's form: an HTML page for a browser's form post, problem+json for other clients (docs/report-form.md).
      if (FORM_ROUTES.includes(`${route.method} ${route.path}`)) errorType.push('text/html');
      expect(new Set(errorTypes)).toEqual(new Set(errorTypes.length ? errorType : []));
    },
  );

  it('lists nothing but the routes of the table, each once', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(documented.sort()).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
    const ids = documented.map((k) => op(k.split(' ')[0], k.split(' ')[1])!.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('describes bodies with the very schemas the handlers parse with', () => {
    const create = op('POST', '/api/{commune}/reports')!;
    expect(create.requestBody!.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/CreateReportInput' });
    expect(doc.components.schemas.CreateReportInput).toEqual(withoutDialect(z.toJSONSchema(CreateReportInput, { io: 'input' })));
    expect(doc.components.schemas.UploadTicket).toEqual(withoutDialect(z.toJSONSchema(UploadTicket, { io: 'output' })));
    // Open311 clients post form fields.
    expect(Object.keys(op('POST', '/api/open311/v2/requests.json')!.requestBody!.content).sort()).toEqual([
      'application/json',
      'application/x-www-form-urlencoded',
    ]);
    // A JSON body may be refused as too large, not JSON, or with fields named.
    expect(Object.keys(create.responses)).toEqual(expect.arrayContaining(['400', '413', '415', '422']));
    expect(create.parameters).toContainEqual({ $ref: '#/components/parameters/IdempotencyKey' });
  });

  it('describes the report page’s form post: urlencoded in, 303 to the tracking page out', () => {
    const form = op('POST', '/api/{commune}/reports/form')!;
    expect(Object.keys(form.requestBody!.content)).toEqual(['application/x-www-form-urlencoded']);
    expect(Object.keys(form.responses)).toEqual(expect.arrayContaining(['303', '413', '415', '422']));
    expect(Object.keys(form.responses['422'].content!).sort()).toEqual(['application/problem+json', 'text/html']);
  });

  it('refuses a route without a contract, and a contract without a route', () => {
    const extra = { method: 'GET' as const, path: '/api/{commune}/nowhere', handler: 'docs/openapi', auth: 'public' as const };
    expect(() => buildOpenApiDocument({ routes: [...ROUTES, extra] })).toThrow(/no API contract for GET \/api\/\{commune\}\/nowhere/);
    expect(() => buildOpenApiDocument({ routes: ROUTES.slice(1), contracts: ROUTE_CONTRACTS })).toThrow(/contracts without a route/);
  });

  it('names operations after their method and path', () => {
    expect(operationId({ method: 'GET', path: '/api/{commune}/reports/{code}' })).toBe('getCommuneReportsCode');
    expect(operationId({ method: 'GET', path: '/api/feeds/{commune}/waze-cifs.json' })).toBe('getFeedsCommuneWazeCifsJson');
  });
});
