import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { METRICS, METRICS_NAMESPACE, observabilityEnv } from '@tandem/shared';
import { backgroundHandler } from './background-handler.js';
import { apiHandler, json, unprocessable } from './http.js';
import { resetObservability } from './observability.js';

const EMAIL = 'anna.citoyenne@example.org';
const KEY = 'k3y-0f-th3-p3rm1t-XYZ';
const TOKEN = 'eyJhbGciOi.secret-token.sig';

function v2Event(over: Partial<APIGatewayProxyEventV2> = {}): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: 'PUT /api/{commune}/permits/{code}',
    rawPath: '/api/braine-le-comte/permits/P-ABC123',
    rawQueryString: `key=${KEY}`,
    queryStringParameters: { key: KEY },
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', cookie: `session=${TOKEN}` },
    pathParameters: { commune: 'braine-le-comte', code: 'P-ABC123' },
    requestContext: {
      accountId: '000000000000',
      apiId: 'api',
      domainName: 'x',
      domainPrefix: 'x',
      requestId: 'apigw-req-1',
      routeKey: 'PUT /api/{commune}/permits/{code}',
      stage: '$default',
      time: '',
      timeEpoch: 0,
      http: { method: 'PUT', path: '/api/braine-le-comte/permits/P-ABC123', protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'ua' },
    },
    body: JSON.stringify({ email: EMAIL, name: 'Anna Citoyenne' }),
    isBase64Encoded: false,
    ...over,
  };
}

let n = 0;
function context(functionName = 'tandem-permits-update-permit'): Context {
  return { functionName, awsRequestId: `lambda-req-${++n}` } as Context;
}

/** Every line the functions print (Powertools writes to process.stdout / stderr). */
let out: string[] = [];
const lines = () =>
  out
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, any>);
const requestLines = () => lines().filter((l) => l.message === 'request' || String(l.message).startsWith('invocation'));
const emfLines = () => lines().filter((l) => l._aws);
const saved = { ...process.env };

beforeAll(() => {
  Object.assign(process.env, observabilityEnv('cloud'));
});
afterAll(() => {
  process.env = saved;
  resetObservability();
});
beforeEach(() => {
  out = [];
  resetObservability();
  const capture = (chunk: unknown) => {
    out.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
});
afterEach(() => vi.restoreAllMocks());

describe('apiHandler request log', () => {
  it('writes one INFO line with commune, route, status, latency and ids, and nothing from the body, query or headers', async () => {
    const handler = apiHandler(async () => json(200, { code: 'P-ABC123', email: EMAIL }));
    const ctx = context('fn-a');
    const res = await handler(v2Event(), ctx);
    expect(res.statusCode).toBe(200);
    await handler(v2Event(), context('fn-a'));

    const [first, second] = requestLines();
    expect(requestLines()).toHaveLength(2);
    expect(first).toMatchObject({
      level: 'INFO',
      message: 'request',
      service: 'tandem',
      commune: 'braine-le-comte',
      routeKey: 'PUT /api/{commune}/permits/{code}',
      method: 'PUT',
      path: '/api/braine-le-comte/permits/P-ABC123',
      status: 200,
      requestId: 'apigw-req-1',
      function_name: 'fn-a',
      function_request_id: ctx.awsRequestId,
      cold_start: true,
    });
    expect(typeof first.latencyMs).toBe('number');
    expect(first.latencyMs).toBeGreaterThanOrEqual(0);
    expect(second.cold_start).toBe(false);

    const all = out.join('');
    for (const secret of [EMAIL, KEY, TOKEN, 'Anna', 'key=']) expect(all, secret).not.toContain(secret);
  });

  it('logs a 4xx at INFO with the names (not the values) of the invalid fields', async () => {
    const handler = apiHandler(async () => {
      throw unprocessable('some fields are not valid', [{ name: 'email', reason: `${EMAIL} is not allowed` }]);
    });
    const res = await handler(v2Event(), context());
    expect(res.statusCode).toBe(422);
    const [line] = requestLines();
    expect(line).toMatchObject({ level: 'INFO', status: 422, invalidParams: ['email'] });
    expect(line.error).toBeUndefined();
    expect(out.join('')).not.toContain(EMAIL);
  });

  it('logs a 500 at ERROR with the error and its stack, and answers a problem', async () => {
    const handler = apiHandler(async () => {
      throw new Error('the table is on fire');
    });
    const res = await handler(v2Event(), context());
    expect(res.statusCode).toBe(500);
    expect(res.headers?.['content-type']).toMatch(/problem\+json/);
    const [line] = requestLines();
    expect(line).toMatchObject({ level: 'ERROR', message: 'request', status: 500, commune: 'braine-le-comte', requestId: 'apigw-req-1' });
    expect(line.error.message).toBe('the table is on fire');
    expect(line.error.stack).toMatch(/observability\.unit\.test\.ts/);
    for (const secret of [EMAIL, KEY, TOKEN]) expect(out.join(''), secret).not.toContain(secret);
  });

  it('publishes latency and error counts per route in the Tandem namespace (EMF)', async () => {
    await apiHandler(async () => json(201, {}))(v2Event(), context());
    await apiHandler(async () => {
      throw new Error('x');
    })(v2Event(), context());
    const [ok, failed] = emfLines();
    const directive = ok._aws.CloudWatchMetrics[0];
    expect(directive.Namespace).toBe(METRICS_NAMESPACE);
    expect(directive.Dimensions).toEqual([['service', 'operation']]);
    expect(directive.Metrics.map((m: { Name: string }) => m.Name).sort()).toEqual(
      [METRICS.clientErrors, METRICS.latency, METRICS.serverErrors].sort(),
    );
    expect(ok).toMatchObject({
      operation: 'PUT /api/{commune}/permits/{code}',
      service: 'tandem',
      [METRICS.serverErrors]: 0,
      [METRICS.clientErrors]: 0,
    });
    expect(typeof ok[METRICS.latency]).toBe('number');
    expect(failed[METRICS.serverErrors]).toBe(1);
  });

  it('prints no metrics where they are disabled (the local runtime by default)', async () => {
    Object.assign(process.env, observabilityEnv('local'));
    resetObservability();
    try {
      await apiHandler(async () => json(200, {}))(v2Event(), context());
      expect(requestLines()).toHaveLength(1);
      expect(emfLines()).toEqual([]);
    } finally {
      Object.assign(process.env, observabilityEnv('cloud'));
    }
  });

  it('a quiet runtime shows 5xx lines only', async () => {
    Object.assign(process.env, observabilityEnv('local', { quiet: true }));
    resetObservability();
    try {
      await apiHandler(async () => json(200, {}))(v2Event(), context());
      await apiHandler(async () => {
        throw new Error('x');
      })(v2Event(), context());
      expect(requestLines().map((l) => l.status)).toEqual([500]);
    } finally {
      Object.assign(process.env, observabilityEnv('cloud'));
    }
  });
});

describe('backgroundHandler', () => {
  const busEvent = {
    'detail-type': 'Report filed',
    source: 'tandem.reports',
    detail: { commune: 'soignies', code: 'R-XYZ', message: `from ${EMAIL}` },
  };

  it('logs one line per invocation with the event type, commune, code, outcome and latency, not the detail text', async () => {
    const handler = backgroundHandler('notify/notify-reporter', async (_e: typeof busEvent) => 'sent');
    expect(await handler(busEvent, context('notifier'))).toBe('sent');
    const [line] = requestLines();
    expect(line).toMatchObject({
      level: 'INFO',
      message: 'invocation',
      operation: 'notify/notify-reporter',
      eventType: 'Report filed',
      commune: 'soignies',
      code: 'R-XYZ',
      outcome: 'sent',
      function_name: 'notifier',
    });
    expect(typeof line.latencyMs).toBe('number');
    expect(out.join('')).not.toContain(EMAIL);
  });

  it('counts a batch and its result, and works without a context (tests call handlers directly)', async () => {
    const handler = backgroundHandler('events/stream-to-bus', async (e: { Records: unknown[] }) => ({ published: e.Records.length - 1 }));
    await handler({ Records: [{ secret: EMAIL }, {}, {}] });
    expect(requestLines()[0]).toMatchObject({ operation: 'events/stream-to-bus', records: 3, published: 2 });
    expect(requestLines()[0].function_name).toBeUndefined();
    expect(out.join('')).not.toContain(EMAIL);
  });

  it('logs a failure at ERROR with its stack, counts it, and throws it again so Lambda retries', async () => {
    const handler = backgroundHandler('permits/advance-permits', async () => {
      throw new Error('throttled');
    });
    await expect(handler({}, context())).rejects.toThrow('throttled');
    const [line] = requestLines();
    expect(line).toMatchObject({ level: 'ERROR', message: 'invocation failed', operation: 'permits/advance-permits' });
    expect(line.error.stack).toContain('throttled');
    expect(emfLines()[0][METRICS.serverErrors]).toBe(1);
  });
});
