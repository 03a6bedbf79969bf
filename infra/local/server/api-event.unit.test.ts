import { describe, expect, it } from 'vitest';
import type { ServerResponse } from 'node:http';
import { matchRoute, type RouteMatch } from '@tandem/shared';
import { apiGatewayTime, buildApiEvent, writeApiResult } from './api-event.js';

function route(method: string, path: string): RouteMatch {
  const m = matchRoute(method, path);
  if (!('route' in m)) throw new Error(`no route ${method} ${path}`);
  return m;
}

describe('API Gateway v2 event mapping', () => {
  const url = '/api/soignies/reports/ABCD-1234?lang=fr&tag=a&tag=b';
  const event = buildApiEvent(
    {
      method: 'get',
      url,
      sourceIp: '127.0.0.1',
      body: Buffer.alloc(0),
      headers: { host: 'localhost:4321', 'user-agent': 'test-agent', cookie: 'a=1; b=2', 'x-multi': ['x', 'y'] },
    },
    route('GET', '/api/soignies/reports/ABCD-1234'),
  );

  it('carries the route key, path parameters and raw path/query as API Gateway does', () => {
    expect(event.version).toBe('2.0');
    expect(event.routeKey).toBe('GET /api/{commune}/reports/{code}');
    expect(event.requestContext.routeKey).toBe(event.routeKey);
    expect(event.rawPath).toBe('/api/soignies/reports/ABCD-1234');
    expect(event.rawQueryString).toBe('lang=fr&tag=a&tag=b');
    expect(event.pathParameters).toEqual({ commune: 'soignies', code: 'ABCD-1234' });
    expect(event.queryStringParameters).toEqual({ lang: 'fr', tag: 'a,b' });
  });

  it('moves cookies out of the headers, lower-cases names and joins repeated headers', () => {
    expect(event.cookies).toEqual(['a=1', 'b=2']);
    expect(event.headers.cookie).toBeUndefined();
    expect(event.headers['x-multi']).toBe('x,y');
    expect(event.requestContext.http).toEqual({
      method: 'GET',
      path: event.rawPath,
      protocol: 'HTTP/1.1',
      sourceIp: '127.0.0.1',
      userAgent: 'test-agent',
    });
    expect(event.requestContext.stage).toBe('$default');
    expect(event.requestContext.domainName).toBe('localhost');
    expect(event.body).toBeUndefined();
    expect(event.isBase64Encoded).toBe(false);
  });

  it('passes JSON bodies as text and binary bodies base64-encoded', () => {
    const m = route('POST', '/api/soignies/reports');
    const json = buildApiEvent(
      {
        method: 'POST',
        url: '/api/soignies/reports',
        sourceIp: '::1',
        body: Buffer.from('{"é":1}'),
        headers: { 'content-type': 'application/json' },
      },
      m,
    );
    expect(json.body).toBe('{"é":1}');
    expect(json.isBase64Encoded).toBe(false);
    expect(json.queryStringParameters).toBeUndefined();
    const bin = buildApiEvent(
      {
        method: 'POST',
        url: '/api/soignies/reports',
        sourceIp: '::1',
        body: Buffer.from([0xff, 0xd8, 0xff]),
        headers: { 'content-type': 'image/jpeg' },
      },
      m,
    );
    expect(bin.isBase64Encoded).toBe(true);
    expect(Buffer.from(bin.body!, 'base64')).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  });

  it('formats requestContext.time like API Gateway', () => {
    expect(apiGatewayTime(new Date(Date.UTC(2020, 2, 12, 19, 3, 58)))).toBe('12/Mar/2020:19:03:58 +0000');
  });
});

describe('handler results', () => {
  function capture() {
    const out: { status?: number; headers?: Record<string, unknown>; body?: Buffer } = {};
    const res = {
      writeHead(status: number, headers: Record<string, unknown>) {
        out.status = status;
        out.headers = headers;
        return this;
      },
      end(body?: Buffer | string) {
        out.body = body === undefined ? Buffer.alloc(0) : Buffer.from(body);
        return this;
      },
    } as unknown as ServerResponse;
    return { res, out };
  }

  it('writes a structured result with its status, headers, cookies and base64 body', () => {
    const { res, out } = capture();
    writeApiResult(res, {
      statusCode: 201,
      headers: { 'Content-Type': 'image/png', Location: '/x' },
      cookies: ['s=1'],
      body: Buffer.from('PNG').toString('base64'),
      isBase64Encoded: true,
    });
    expect(out.status).toBe(201);
    expect(out.headers).toMatchObject({ 'content-type': 'image/png', location: '/x', 'set-cookie': ['s=1'] });
    expect(out.body!.toString()).toBe('PNG');
  });

  it('turns a plain object into a 200 JSON response, as payload 2.0 does', () => {
    const { res, out } = capture();
    writeApiResult(res, { hello: 'monde' });
    expect(out.status).toBe(200);
    expect(out.headers).toMatchObject({ 'content-type': 'application/json' });
    expect(JSON.parse(out.body!.toString())).toEqual({ hello: 'monde' });
  });
});
