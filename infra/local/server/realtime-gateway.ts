/**
 * The real-time WebSocket API on one machine, as API Gateway runs it (docs/realtime.md), with the same definition
 * (REALTIME_ROUTES, REALTIME_AUTHORIZER, REALTIME_LIMITS in shared/src/realtime/realtime-api.ts) and the very same
 * functions:
 *   ws://<host>/realtime?commune=…&token=…   the upgrade runs the `$connect` authorizer (401 / 403 as API Gateway
 *                                           answers them), then `$connect`; each frame runs its route (`$default`,
 *                                           whose answer is sent back), and the close runs `$disconnect`;
 *   /realtime/@connections/{id}              the management API the fan-out calls with the real SDK client:
 *                                           POST sends a frame, DELETE closes, GET describes; 410 Gone when unknown.
 * Events carry requestContext.routeKey, eventType, connectionId, domainName and stage, and the authorizer's
 * context. Connections end after 2 hours, or 10 idle minutes, and frames over 128 KiB close them (1009).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  REALTIME_AUTHORIZER,
  REALTIME_LIMITS,
  REALTIME_PATH,
  REALTIME_ROUTES,
  REALTIME_STAGE,
  type RealtimeRouteDef,
} from '@tandem/shared';
import { invokeHandler } from '../handlers/load-handler.js';
import { LOCAL_REGION } from '../handlers/handler-env.js';
import { LOCAL_WEBSOCKET_API_ID } from '../iam/sdk-requests.js';
import { LOCAL_ACCOUNT } from '../iam/local-iam.js';
import type { Logger } from '../util/log.js';

/** The management API's path prefix: `/realtime/@connections/`. */
export const CONNECTIONS_PATH = `${REALTIME_PATH}/@connections/`;

interface AuthorizerAnswer {
  principalId?: string;
  policyDocument?: { Statement?: { Effect?: string }[] };
  context?: Record<string, string | number | boolean>;
}

interface LiveConnection {
  ws: WebSocket;
  authorizer: Record<string, unknown>;
  connectedAt: number;
  lastActiveAt: number;
  sourceIp: string;
  userAgent: string;
  domainName: string;
  idle?: NodeJS.Timeout;
  lifetime?: NodeJS.Timeout;
}

export interface RealtimeGatewayOptions {
  log: Logger;
  /** Overrides REALTIME_LIMITS' two timers (tests of the runtime itself); the defaults are API Gateway's. */
  limits?: { maxConnectionSeconds?: number; idleTimeoutSeconds?: number };
}

const routeOf = (key: string): RealtimeRouteDef | undefined => REALTIME_ROUTES.find((r) => r.routeKey === key);

/** An id shaped like API Gateway's (16 characters of base64, e.g. "L0SM9cOFvHcCIhw="). */
const newConnectionId = () => randomBytes(11).toString('base64');

/** Refuses an upgrade with a plain HTTP answer, as API Gateway refuses a handshake. */
function refuse(socket: Duplex, status: number, message: string): void {
  const body = JSON.stringify({ message });
  socket.end(
    `HTTP/1.1 ${status} ${message}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

export class RealtimeGateway {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: REALTIME_LIMITS.maxFrameBytes });
  private readonly live = new Map<string, LiveConnection>();
  /** `$disconnect` invocations still running (the platform waits for them before it stops the table). */
  private readonly disconnecting = new Set<Promise<unknown>>();
  private readonly log: Logger;
  private readonly maxMs: number;
  private readonly idleMs: number;

  constructor(options: RealtimeGatewayOptions) {
    this.log = options.log;
    this.maxMs = (options.limits?.maxConnectionSeconds ?? REALTIME_LIMITS.maxConnectionSeconds) * 1000;
    this.idleMs = (options.limits?.idleTimeoutSeconds ?? REALTIME_LIMITS.idleTimeoutSeconds) * 1000;
  }

  /** How many sockets are open (tests, the start's summary). */
  get size(): number {
    return this.live.size;
  }

  private context(connectionId: string, req: IncomingMessage | undefined, c: Partial<LiveConnection>, routeKey: string, eventType: string) {
    return {
      routeKey,
      eventType,
      connectionId,
      domainName: c.domainName ?? req?.headers.host ?? 'localhost',
      stage: REALTIME_STAGE,
      apiId: LOCAL_WEBSOCKET_API_ID,
      requestId: randomUUID(),
      connectedAt: c.connectedAt ?? Date.now(),
      requestTimeEpoch: Date.now(),
      identity: { sourceIp: c.sourceIp ?? '127.0.0.1', userAgent: c.userAgent ?? '' },
      ...(c.authorizer ? { authorizer: c.authorizer } : {}),
    };
  }

  /** An upgrade request on REALTIME_PATH: the authorizer, `$connect`, then the socket. */
  async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const query = Object.fromEntries(url.searchParams);
    const connectionId = newConnectionId();
    const base: Partial<LiveConnection> = {
      connectedAt: Date.now(),
      sourceIp: req.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1',
      userAgent: String(req.headers['user-agent'] ?? ''),
      domainName: req.headers.host ?? 'localhost',
    };
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]));
    // Identity sources missing: API Gateway answers 401 without calling the authorizer.
    if (REALTIME_AUTHORIZER.identitySource.some((s) => !query[s.split('.').at(-1)!])) return refuse(socket, 401, 'Unauthorized');
    let answer: AuthorizerAnswer;
    try {
      answer = (await invokeHandler(REALTIME_AUTHORIZER.handler, {
        type: 'REQUEST',
        methodArn: `arn:aws:execute-api:${LOCAL_REGION}:${LOCAL_ACCOUNT}:${LOCAL_WEBSOCKET_API_ID}/${REALTIME_STAGE}/$connect`,
        headers,
        queryStringParameters: query,
        requestContext: this.context(connectionId, req, base, '$connect', 'CONNECT'),
      })) as AuthorizerAnswer;
    } catch (e) {
      if ((e as Error).message === 'Unauthorized') return refuse(socket, 401, 'Unauthorized');
      this.log.error(`realtime $connect authorizer failed (${connectionId})`, e);
      return refuse(socket, 500, 'Internal Server Error');
    }
    if (answer.policyDocument?.Statement?.[0]?.Effect !== 'Allow') return refuse(socket, 403, 'Forbidden');
    base.authorizer = { ...answer.context, principalId: answer.principalId };

    const connect = routeOf('$connect');
    if (connect) {
      const result = await this.invoke(connect, connectionId, req, base, 'CONNECT', {
        headers,
        queryStringParameters: query,
        isBase64Encoded: false,
      }).catch((e) => {
        this.log.error(`realtime $connect failed (${connectionId})`, e);
        return { statusCode: 500 };
      });
      const status = (result as { statusCode?: number } | undefined)?.statusCode ?? 200;
      if (status < 200 || status > 299) return refuse(socket, status, status === 500 ? 'Internal Server Error' : 'Forbidden');
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.opened(ws, connectionId, base as LiveConnection));
  }

  private invoke(
    route: RealtimeRouteDef,
    connectionId: string,
    req: IncomingMessage | undefined,
    c: Partial<LiveConnection>,
    eventType: string,
    extra: object,
  ) {
    return invokeHandler(route.handler, { requestContext: this.context(connectionId, req, c, route.routeKey, eventType), ...extra });
  }

  private opened(ws: WebSocket, connectionId: string, c: LiveConnection): void {
    const conn: LiveConnection = { ...c, ws, lastActiveAt: Date.now() };
    this.live.set(connectionId, conn);
    const goAway = () => ws.close(1001, 'Going away');
    conn.lifetime = setTimeout(goAway, this.maxMs).unref();
    const touch = () => {
      conn.lastActiveAt = Date.now();
      if (conn.idle) clearTimeout(conn.idle);
      conn.idle = setTimeout(goAway, this.idleMs).unref();
    };
    touch();
    ws.on('message', (data: RawData, isBinary: boolean) => {
      touch();
      void this.message(connectionId, conn, data, isBinary);
    });
    ws.on('close', (code: number, reason: Buffer) => {
      const p = this.closed(connectionId, conn, code, reason.toString());
      this.disconnecting.add(p);
      void p.finally(() => this.disconnecting.delete(p));
    });
    ws.on('error', () => undefined);
  }

  /** Route selection by `$request.body.action` (REALTIME_ROUTE_SELECTION), falling back on `$default`. */
  private async message(connectionId: string, conn: LiveConnection, data: RawData, isBinary: boolean): Promise<void> {
    const body = Buffer.isBuffer(data) ? data : Buffer.concat(Array.isArray(data) ? data : [Buffer.from(data)]);
    let action: unknown;
    try {
      action = (JSON.parse(body.toString('utf8')) as { action?: unknown })?.action;
    } catch {
      /* not JSON: $default */
    }
    const route = (typeof action === 'string' && !action.startsWith('$') && routeOf(action)) || routeOf('$default');
    if (!route) return;
    try {
      const result = (await this.invoke(route, connectionId, undefined, conn, 'MESSAGE', {
        messageId: randomBytes(8).toString('base64'),
        body: isBinary ? body.toString('base64') : body.toString('utf8'),
        isBase64Encoded: isBinary,
      })) as { body?: string } | undefined;
      if (route.returnResponse && typeof result?.body === 'string' && this.live.has(connectionId)) conn.ws.send(result.body);
    } catch (e) {
      this.log.error(`realtime ${route.routeKey} failed (${connectionId})`, e);
      if (this.live.has(connectionId))
        conn.ws.send(JSON.stringify({ message: 'Internal server error', connectionId, requestId: randomUUID() }));
    }
  }

  private async closed(connectionId: string, conn: LiveConnection, code: number, reason: string): Promise<void> {
    if (!this.live.delete(connectionId)) return;
    clearTimeout(conn.idle);
    clearTimeout(conn.lifetime);
    const disconnect = routeOf('$disconnect');
    if (!disconnect) return;
    await this.invoke(disconnect, connectionId, undefined, conn, 'DISCONNECT', {
      disconnectStatusCode: code,
      disconnectReason: reason,
    }).catch((e) => this.log.error(`realtime $disconnect failed (${connectionId})`, e));
  }

  /**
   * `/realtime/@connections/{id}` (the SDK's PostToConnection, DeleteConnection, GetConnection). Errors as the
   * management API answers them: the type in `x-amzn-errortype`, a JSON `message`.
   */
  management(method: string, path: string, body: Buffer, res: ServerResponse): undefined {
    const error = (status: number, type: string, message: string): undefined => {
      res.writeHead(status, { 'content-type': 'application/json', 'x-amzn-errortype': type });
      res.end(JSON.stringify({ message }));
    };
    let id: string;
    try {
      id = decodeURIComponent(path.slice(CONNECTIONS_PATH.length));
    } catch {
      return error(400, 'BadRequestException', 'Invalid connectionId');
    }
    const conn = this.live.get(id);
    if (!['GET', 'POST', 'DELETE'].includes(method)) return error(403, 'ForbiddenException', 'Forbidden');
    if (!conn || conn.ws.readyState !== conn.ws.OPEN) return error(410, 'GoneException', `Connection ${id} is gone`);
    if (method === 'POST') {
      if (body.length > REALTIME_LIMITS.maxFrameBytes) return error(413, 'PayloadTooLargeException', 'Payload too large');
      conn.ws.send(body.toString('utf8'));
      res.writeHead(200);
      res.end();
      return;
    }
    if (method === 'DELETE') {
      conn.ws.close(1000, 'Closed by the server');
      res.writeHead(204);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        connectedAt: new Date(conn.connectedAt).toISOString(),
        identity: { sourceIp: conn.sourceIp, userAgent: conn.userAgent },
        lastActiveAt: new Date(conn.lastActiveAt).toISOString(),
      }),
    );
  }

  /** Closes every socket (the platform stops); their `$disconnect` runs. */
  async close(): Promise<void> {
    const pending = [...this.live.entries()].map(
      ([, c]) =>
        new Promise<void>((r) => {
          c.ws.once('close', () => r());
          c.ws.close(1001, 'Going away');
          setTimeout(r, 1000).unref();
        }),
    );
    await Promise.all(pending);
    await Promise.all([...this.disconnecting]);
    this.wss.close();
  }
}
