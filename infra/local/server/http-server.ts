/**
 * The local server: one origin for the site, the API, the local outbox and the local EventBridge endpoint.
 *   /api/*            → route table → API Gateway v2 event → the function's handler
 *   /_aws/events      → EventBridge PutEvents → local bus
 *   /_local/outbox/   → sent mails (HTML), /_local/outbox.json (JSON)
 *   /_local/totp      → the demo accounts' current TOTP codes (HTML), /_local/totp.json (JSON)
 *   /realtime         → WebSocket upgrade: the real-time API (realtime-gateway.ts); /realtime/@connections/{id} its
 *                       management API (loopback only)
 *   /tiles/*          → map backgrounds from the local tiles folder, with range requests (tile-files.ts)
 *   everything else   → web/dist with the shared site rewrites
 * Until the startup gate opens, everything but /_aws/* answers "Tandem démarre…" (startup-gate.ts).
 * Every answer carries X-Content-Type-Options: nosniff; /_aws/* and /_local/* answer only to loopback clients.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { REALTIME_PATH } from '@tandem/shared';
import { CONNECTIONS_PATH, type RealtimeGateway } from './realtime-gateway.js';
import { handleApi } from './api-router.js';
import { handleEventsApi } from './events-endpoint.js';
import { outboxHtml, readOutbox } from './outbox-page.js';
import { demoTotpCodes, totpHtml } from './totp-page.js';
import { sendProblem } from './problem-response.js';
import type { RateLimiter } from './rate-limiter.js';
import { serveStatic, type SiteOrigins } from './static-site.js';
import { isTilePath, serveTileFile } from './tile-files.js';
import { DEFAULT_HOST, isLoopbackAddress, isLoopbackOnlyPath } from './loopback.js';
import { STARTING_RETRY_AFTER, type StartupGate } from './startup-gate.js';
import type { LocalBus } from '../bus/local-bus.js';
import { logger, type Logger } from '../util/log.js';

/** API Gateway's payload limit. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface LocalServerOptions {
  webDist: string;
  outboxDir: string;
  /** The local identity provider's state: /_local/totp shows the demo accounts' current codes. */
  identityDir?: string;
  bus: LocalBus;
  log?: Logger;
  /** Holds requests back (503 "Tandem démarre…") until the platform is ready; absent: always ready. */
  gate?: StartupGate;
  /** Origins the pages talk to besides the site (the uploads bucket's s3rver), for the Content-Security-Policy. */
  siteOrigins?: SiteOrigins;
  /** The abuse limits on /api/* (shared/src/rate-limits.ts); absent: none. Not applied to the seeder before the gate opens. */
  rateLimiter?: RateLimiter;
  /** The real-time WebSocket API (upgrades on /realtime, its management API); absent: none. */
  realtime?: RealtimeGateway;
  /** The site's /tiles/ (map backgrounds: the site bucket's tiles/ folder in the cloud); absent: none. */
  tilesDir?: string;
}

class TooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new TooLarge());
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function createLocalServer(options: LocalServerOptions): Server {
  const log = options.log ?? logger('server');
  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      log.error(`${req.method} ${req.url} failed`, e);
      sendProblem(res, 500, 'the local server failed');
    });
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => undefined);
    const path = (req.url ?? '/').split('?')[0];
    if (!options.realtime || path !== REALTIME_PATH) {
      socket.end('HTTP/1.1 404 Not Found\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    if (options.gate && !options.gate.ready) {
      socket.end(
        `HTTP/1.1 503 Service Unavailable\r\nretry-after: ${STARTING_RETRY_AFTER}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`,
      );
      return;
    }
    options.realtime.upgrade(req, socket, head).catch((e) => {
      log.error(`upgrade ${path} failed`, e);
      socket.destroy();
    });
  });
  return server;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    const path = url.split('?')[0];
    const method = (req.method ?? 'GET').toUpperCase();
    res.setHeader('x-content-type-options', 'nosniff');
    if (isLoopbackOnlyPath(path) && !isLoopbackAddress(req.socket.remoteAddress)) {
      sendProblem(res, 403, 'this endpoint of the local platform answers only on this machine (loopback)');
      return;
    }
    // The fan-out posts while the platform starts too (to connections of an earlier run: they answer Gone).
    if (options.realtime && path.startsWith(CONNECTIONS_PATH)) {
      options.realtime.management(method, path, await readBody(req), res);
      return;
    }
    if (options.gate && !options.gate.admit(req, path, res)) return;

    if (path === '/api' || path.startsWith('/api/')) {
      let body: Buffer;
      try {
        body = await readBody(req);
      } catch (e) {
        if (e instanceof TooLarge) {
          sendProblem(res, 413, `the body is larger than ${MAX_BODY_BYTES} bytes`);
          return;
        }
        throw e;
      }
      await handleApi(
        { method, url, headers: req.headers, body, sourceIp: req.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1' },
        res,
        log,
        options.gate && !options.gate.ready ? undefined : options.rateLimiter,
      );
      return;
    }
    if (path === '/_aws/events' || path === '/_aws/events/') {
      if (method !== 'POST') {
        res.writeHead(405, { allow: 'POST' });
        res.end();
        return;
      }
      const target = req.headers['x-amz-target'];
      handleEventsApi(Array.isArray(target) ? target[0] : target, await readBody(req), options.bus, res);
      return;
    }
    if (path === '/_local/outbox.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(readOutbox(options.outboxDir)));
      return;
    }
    if (path === '/_local/outbox' || path === '/_local/outbox/') {
      if (path === '/_local/outbox') {
        res.writeHead(308, { location: '/_local/outbox/' });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(outboxHtml(readOutbox(options.outboxDir)));
      return;
    }
    if (path === '/_local/totp' || path === '/_local/totp.json') {
      const codes = demoTotpCodes(options.identityDir);
      const asJson = path.endsWith('.json');
      res.writeHead(200, { 'content-type': asJson ? 'application/json' : 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(asJson ? JSON.stringify(codes) : totpHtml(codes));
      return;
    }
    if (options.tilesDir && isTilePath(path)) {
      serveTileFile(options.tilesDir, method, path, req.headers.range, res);
      return;
    }
    serveStatic(options.webDist, method, path, res, options.siteOrigins);
  }
}

/**
 * Listens on the port (0 = any free port) of `host` (default loopback only, 127.0.0.1) and returns the origin
 * (http://localhost:<port>).
 */
export function listen(server: Server, port: number, host: string = DEFAULT_HOST): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    server.once('error', reject);
    const done = () => {
      server.off('error', reject);
      resolveUrl(`http://localhost:${(server.address() as AddressInfo).port}`);
    };
    server.listen(port, host, done);
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((r) => {
    server.close(() => r());
    server.closeAllConnections();
  });
}
