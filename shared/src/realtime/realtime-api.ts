/**
 * The real-time WebSocket API, defined once (docs/realtime.md): its stage (which is also its path, locally and
 * behind CloudFront: `wss://<site>/realtime`), its routes and their functions, the authorizer, the limits API
 * Gateway applies, and what a client may send. CDK builds the WebSocket API from this; the local gateway
 * (infra/local/server/realtime-gateway.ts) runs the very same functions with it.
 */
import * as z from 'zod';
import type { FunctionAccess } from '../routes.js';

/** The stage name, and so the path: `wss://<host>/realtime`; the management API is `https://<host>/realtime/@connections/{id}`. */
export const REALTIME_STAGE = 'realtime';
export const REALTIME_PATH = `/${REALTIME_STAGE}`;

/** The socket's address on a site's origin: `http://localhost:4321` → `ws://localhost:4321/realtime`. The staff app reads it from its own origin. */
export function realtimeUrl(siteOrigin: string): string {
  const u = new URL(REALTIME_PATH, siteOrigin);
  u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
  return u.toString();
}

/** The functions behind the WebSocket routes and the authorizer, with the access each needs (same semantics as API_FUNCTIONS). */
export const REALTIME_FUNCTIONS = {
  /** `$connect` authorizer: verifies the staff ID token against the commune's staff pool (reads registrations only). */
  'realtime/authorize-connection': { table: 'read' },
  /** `$connect`, `$disconnect`, `$default` (subscribe, unsubscribe, ping): connection and subscription items. */
  'realtime/connections': { table: 'write' },
} as const satisfies Record<string, FunctionAccess>;
export type RealtimeFunctionName = keyof typeof REALTIME_FUNCTIONS;

export interface RealtimeRouteDef {
  routeKey: '$connect' | '$disconnect' | '$default';
  handler: RealtimeFunctionName;
  /** Two-way route: the function's answer (`body`) is sent back to the client (API Gateway route response `$default`). */
  returnResponse?: boolean;
}

/** Only the three predefined routes: every message goes to `$default`, which reads its `action` (ClientMessage). */
export const REALTIME_ROUTES: readonly RealtimeRouteDef[] = [
  { routeKey: '$connect', handler: 'realtime/connections' },
  { routeKey: '$disconnect', handler: 'realtime/connections' },
  { routeKey: '$default', handler: 'realtime/connections', returnResponse: true },
];
export const REALTIME_ROUTE_SELECTION = '$request.body.action';

/**
 * The `$connect` REQUEST authorizer: the browser cannot set headers on a WebSocket, so the ID token and the commune
 * travel in the query string (`?commune=soignies&token=<id token>`). Both are identity sources: without them API
 * Gateway answers 401 without calling the function. No caching (a token's groups may change).
 */
export const REALTIME_AUTHORIZER = {
  handler: 'realtime/authorize-connection' as RealtimeFunctionName,
  identitySource: ['route.request.querystring.commune', 'route.request.querystring.token'],
} as const;

/** What API Gateway enforces on WebSocket connections (docs/realtime.md), reproduced by the local gateway. */
export const REALTIME_LIMITS = {
  /** A connection lasts at most 2 hours; the connection items expire with it (TTL). */
  maxConnectionSeconds: 2 * 60 * 60,
  /** Closed after 10 minutes without a frame from the client: clients ping every few minutes. */
  idleTimeoutSeconds: 10 * 60,
  /** A frame (and a PostToConnection payload) of at most 128 KiB. */
  maxFrameBytes: 128 * 1024,
  /** Topics one connection may follow at once. */
  maxSubscriptions: 50,
} as const;

/** How long the change feed keeps a change for clients catching up (TTL). */
export const CHANGE_FEED_DAYS = 3;

const Topic = z.string().min(1).max(120);
/** What a client sends on the socket. */
export const ClientMessage = z.discriminatedUnion('action', [
  z.object({ action: z.literal('subscribe'), topic: Topic }).strict(),
  z.object({ action: z.literal('unsubscribe'), topic: Topic }).strict(),
  z.object({ action: z.literal('ping') }).strict(),
]);
export type ClientMessage = z.infer<typeof ClientMessage>;

/** The answers on the socket to a client's message (changes are RealtimeMessage, in changes.ts). */
export type ClientReply =
  | { type: 'subscribed' | 'unsubscribed'; topic: string }
  | { type: 'pong'; at: string }
  | { type: 'error'; status: number; detail: string; topic?: string; 'invalid-params'?: { name: string; reason: string }[] };

/** An error reply about a topic. */
export const clientReplyProblem = (status: number, detail: string, topic?: string): ClientReply => ({
  type: 'error',
  status,
  detail,
  ...(topic ? { topic } : {}),
});
