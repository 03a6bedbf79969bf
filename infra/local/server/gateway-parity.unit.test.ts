/**
 * The local server answers what API Gateway HTTP API answers by itself (no route: 404 {"message":"Not Found"},
 * whatever the method, HEAD and OPTIONS included), and holds everything back with "Tandem démarre…" until
 * the platform is ready, except the seeder's requests (startup token) and the handlers' EventBridge endpoint.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { PROBLEM_CONTENT_TYPE } from '@tandem/shared';
import { closeServer, createLocalServer, listen } from './http-server.js';
import { STARTUP_HEADER, StartupGate } from './startup-gate.js';
import { LocalBus } from '../bus/local-bus.js';
import { logger } from '../util/log.js';

const quiet = logger('test', true);
let dir: string;
const servers: Server[] = [];

async function serve(gate?: StartupGate): Promise<string> {
  const bus = new LocalBus({ busName: 'tandem', deadLetterDir: join(dir, 'dlq'), log: quiet, invoke: async () => undefined });
  const server = createLocalServer({ webDist: dir, outboxDir: join(dir, 'outbox'), bus, log: { ...quiet, error: () => undefined }, gate });
  servers.push(server);
  return listen(server, 0, '127.0.0.1');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-gateway-'));
});
afterAll(async () => {
  for (const s of servers) await closeServer(s);
  rmSync(dir, { recursive: true, force: true });
});

describe('the local gateway, as API Gateway HTTP API', () => {
  let url: string;
  beforeAll(async () => {
    url = await serve();
  });

  const notFound = async (res: Response, body = true) => {
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('allow')).toBeNull();
    if (body) expect(await res.json()).toEqual({ message: 'Not Found' });
    else expect(await res.text()).toBe('');
  };

  it('answers an unknown path with 404 {"message":"Not Found"}', async () => {
    await notFound(await fetch(`${url}/api/nowhere/at/all`));
    await notFound(await fetch(`${url}/api`));
    await notFound(await fetch(`${url}/api/soignies/reports/ABCD-EFGH/nothing`, { method: 'POST', body: '{}' }));
  });

  it('answers a method no route declares on a known path with the same 404, not a 405', async () => {
    await notFound(await fetch(`${url}/api/communes`, { method: 'DELETE' }));
    await notFound(await fetch(`${url}/api/soignies/reports`, { method: 'PUT', body: '{}' }));
    await notFound(await fetch(`${url}/api/soignies/config`, { method: 'PATCH', body: '{}' }));
  });

  it('does not turn HEAD into GET: a GET-only route answers HEAD with 404 and no body', async () => {
    await notFound(await fetch(`${url}/api/communes`, { method: 'HEAD' }), false);
  });

  it('answers a CORS preflight with 404 and no CORS headers (the API has no CORS configuration)', async () => {
    const res = await fetch(`${url}/api/soignies/reports`, {
      method: 'OPTIONS',
      headers: { origin: 'https://example.org', 'access-control-request-method': 'POST' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    await notFound(res);
  });
});

describe('the startup gate', () => {
  let gate: StartupGate;
  let url: string;
  beforeAll(async () => {
    gate = new StartupGate();
    url = await serve(gate);
  });

  it('shows an accessible French "Tandem démarre…" page (503, Retry-After, reloads itself) until ready', async () => {
    const res = await fetch(`${url}/soignies/signaler/`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<title>Tandem démarre…</title>');
    expect(html).toMatch(/<meta http-equiv="refresh" content="2">/);
    expect(html).toMatch(/role="status" aria-live="polite"/);
    const head = await fetch(`${url}/`, { method: 'HEAD' });
    expect(head.status).toBe(503);
    expect(await head.text()).toBe('');
  });

  it('answers /api/* with a 503 problem until ready', async () => {
    const res = await fetch(`${url}/api/communes`);
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe(PROBLEM_CONTENT_TYPE);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(await res.json()).toMatchObject({ status: 503, detail: expect.stringContaining('Tandem démarre') });
  });

  it('lets the seeder through with this start’s token only, and the handlers’ EventBridge endpoint always', async () => {
    expect((await fetch(`${url}/api/nowhere`, { headers: { [STARTUP_HEADER]: gate.token } })).status).toBe(404);
    expect((await fetch(`${url}/api/nowhere`, { headers: { [STARTUP_HEADER]: `${gate.token.slice(1)}x` } })).status).toBe(503);
    expect((await fetch(`${url}/api/nowhere`, { headers: { [STARTUP_HEADER]: new StartupGate().token } })).status).toBe(503);
    expect((await fetch(`${url}/_aws/events`)).status).toBe(405); // reached the endpoint (it takes POST only)
  });

  it('removes the token header before the request goes further', () => {
    const req = {
      method: 'POST',
      headers: { [STARTUP_HEADER]: gate.token, 'content-type': 'application/json' },
    } as unknown as IncomingMessage;
    expect(gate.admit(req, '/api/soignies/reports', {} as ServerResponse)).toBe(true);
    expect(req.headers).toEqual({ 'content-type': 'application/json' });
  });

  it('serves everyone once ready', async () => {
    gate.markReady();
    const res = await fetch(`${url}/api/nowhere`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ message: 'Not Found' });
  });
});
