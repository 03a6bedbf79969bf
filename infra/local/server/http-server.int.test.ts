import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { REPORT_EVENT_SOURCE, REPORT_EVENT_TYPES } from '@tandem/shared';
import { closeServer, createLocalServer, listen } from './http-server.js';
import { LocalBus, type BusEvent } from '../bus/local-bus.js';
import { logger } from '../util/log.js';
import { localUrl } from '../../../tests/support/local-env.js';

describe('the running platform’s server', () => {
  it('routes /api/* to the real handlers', async () => {
    const res = await fetch(`${localUrl()}/api/communes`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { communes: { id: string }[] };
    expect(body.communes.map((c) => c.id).sort()).toEqual(['braine-le-comte', 'soignies']);
  });

  it('answers unknown routes and wrong methods as API Gateway does: 404 {"message":"Not Found"}', async () => {
    for (const [path, method] of [
      ['/api/nowhere/at/all', 'GET'],
      ['/api/communes', 'DELETE'],
    ]) {
      const res = await fetch(`${localUrl()}${path}`, { method });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/json');
      expect(await res.json()).toEqual({ message: 'Not Found' });
    }
  });

  it('shows the outbox page in French', async () => {
    const res = await fetch(`${localUrl()}/_local/outbox/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('Boîte d’envoi locale');
    const json = await fetch(`${localUrl()}/_local/outbox.json`);
    expect(Array.isArray(await json.json())).toBe(true);
  });
});

describe('a local server on its own site and bus', () => {
  let dist: string;
  let server: Server;
  let url: string;
  let bus: LocalBus;
  const delivered: BusEvent[] = [];
  const quiet = logger('test', true);

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'tandem-site-'));
    mkdirSync(join(dist, 'soignies', 'suivi'), { recursive: true });
    mkdirSync(join(dist, '_astro'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<h1>Accueil</h1>');
    writeFileSync(join(dist, '404.html'), '<h1>Introuvable</h1>');
    writeFileSync(join(dist, 'soignies', 'suivi', 'index.html'), '<h1>Suivi</h1>');
    writeFileSync(join(dist, '_astro', 'island.123.js'), 'export {}');
    bus = new LocalBus({
      busName: 'tandem',
      deadLetterDir: join(dist, '..', 'unused-dlq'),
      log: quiet,
      // The reporter's notifier (the real-time fan-out takes the same event too).
      invoke: async (t, e) => {
        if (t === 'notify/notify-reporter') delivered.push(e);
      },
    });
    server = createLocalServer({ webDist: dist, outboxDir: join(dist, 'no-outbox'), bus, log: { ...quiet, error: () => undefined } });
    url = await listen(server, 0);
  });
  afterAll(async () => {
    await closeServer(server);
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves the built site with rewrites, content types and the 404 page', async () => {
    const home = await fetch(`${url}/`);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await home.text()).toContain('Accueil');
    const track = await fetch(`${url}/soignies/suivi/ABCD-1234/`);
    expect(track.status).toBe(200);
    expect(await track.text()).toContain('Suivi');
    const js = await fetch(`${url}/_astro/island.123.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    const missing = await fetch(`${url}/nulle-part/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Introuvable');
    const traversal = await fetch(`${url}/%2e%2e/%2e%2e/etc/passwd`);
    expect(traversal.status).toBe(404);
  });

  it('accepts PutEvents from the real EventBridge client and hands matching events to the bus rules', async () => {
    const client = new EventBridgeClient({
      region: 'eu-west-1',
      endpoint: `${url.replace('localhost', '127.0.0.1')}/_aws/events`,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const detail = {
      commune: 'soignies',
      code: 'WXYZ-0001',
      kind: 'created',
      at: new Date().toISOString(),
      public: true,
      timelineId: 'TL#x',
    };
    const out = await client.send(
      new PutEventsCommand({
        Entries: [
          { EventBusName: 'tandem', Source: REPORT_EVENT_SOURCE, DetailType: REPORT_EVENT_TYPES.created, Detail: JSON.stringify(detail) },
        ],
      }),
    );
    client.destroy();
    expect(out.FailedEntryCount).toBe(0);
    await bus.idle();
    expect(delivered).toHaveLength(1);
    expect(delivered[0].detail).toEqual(detail);
    expect(delivered[0].id).toBe(out.Entries?.[0].EventId);
  });

  it('refuses other EventBridge operations', async () => {
    const res = await fetch(`${url}/_aws/events`, {
      method: 'POST',
      headers: { 'x-amz-target': 'AWSEvents.DeleteRule', 'content-type': 'application/x-amz-json-1.1' },
      body: '{}',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { __type: string }).__type).toBe('UnknownOperationException');
  });
});
