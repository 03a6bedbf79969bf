/**
 * The local platform listens on loopback unless asked otherwise, and its own endpoints (/_local/*: every mail with
 * its links; /_aws/events: the handlers' EventBridge) answer only to this machine even when it listens wider.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalBus } from '../bus/local-bus.js';
import { logger } from '../util/log.js';
import { closeServer, createLocalServer, listen } from './http-server.js';
import { isLoopbackAddress, isLoopbackOnlyPath } from './loopback.js';

describe('isLoopbackAddress', () => {
  it('knows this machine in IPv4, IPv6 and IPv4-mapped forms', () => {
    for (const a of ['127.0.0.1', '127.4.5.6', '::1', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1']) expect(isLoopbackAddress(a), a).toBe(true);
  });
  it('treats every other address, or none, as remote', () => {
    for (const a of ['192.168.1.20', '10.0.0.1', '::ffff:192.168.1.20', 'fe80::1', '0.0.0.0', '128.0.0.1', '', undefined])
      expect(isLoopbackAddress(a), String(a)).toBe(false);
  });
  it('guards the platform’s own endpoints, not the site or the API', () => {
    for (const p of ['/_aws/events', '/_aws', '/_local/outbox/', '/_local/outbox', '/_local/outbox.json', '/realtime/@connections/abc='])
      expect(isLoopbackOnlyPath(p), p).toBe(true);
    // The real-time socket itself is for the staff's browsers, like the API.
    for (const p of ['/', '/api/communes', '/soignies/_local/', '/_localisation/', '/realtime'])
      expect(isLoopbackOnlyPath(p), p).toBe(false);
  });
});

describe('the local server', () => {
  const quiet = logger('test', true);
  let dir: string;
  let server: Server;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-loopback-'));
    const bus = new LocalBus({ busName: 'tandem', deadLetterDir: join(dir, 'dlq'), log: quiet, invoke: async () => undefined });
    server = createLocalServer({ webDist: dir, outboxDir: join(dir, 'outbox'), bus, log: { ...quiet, error: () => undefined } });
  });
  afterAll(async () => {
    await closeServer(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only by default', async () => {
    await listen(server, 0);
    expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
  });

  /** Hands the server a request as if it came from `remoteAddress`; resolves with the status and headers sent. */
  function requestFrom(remoteAddress: string, method: string, url: string) {
    return new Promise<{ status: number; headers: Record<string, string> }>((resolveAnswer) => {
      const headers: Record<string, string> = {};
      let status = 200;
      const req = Object.assign(
        (async function* () {
          // no body
        })(),
        { method, url, headers: {}, socket: { remoteAddress } },
      );
      const res = {
        headersSent: false,
        setHeader: (k: string, v: string) => {
          headers[k.toLowerCase()] = String(v);
        },
        writeHead(s: number, h: Record<string, string> = {}) {
          status = s;
          for (const [k, v] of Object.entries(h)) headers[k.toLowerCase()] = String(v);
          this.headersSent = true;
          return this;
        },
        end: () => resolveAnswer({ status, headers }),
      };
      server.emit('request', req, res);
    });
  }

  it('answers /_local/* and /_aws/events only to loopback clients, even when listening wider', async () => {
    for (const [method, path] of [
      ['GET', '/_local/outbox/'],
      ['GET', '/_local/outbox.json'],
      ['POST', '/_aws/events'],
    ] as const) {
      const remote = await requestFrom('192.168.1.20', method, path);
      expect(remote.status, `${path} from the network`).toBe(403);
      expect(remote.headers['content-type']).toBe('application/problem+json');
      expect(remote.headers['x-content-type-options']).toBe('nosniff');
    }
    expect((await requestFrom('127.0.0.1', 'GET', '/_local/outbox.json')).status).toBe(200);
    expect((await requestFrom('::ffff:127.0.0.1', 'GET', '/_local/outbox/')).status).toBe(200);
  });
});
