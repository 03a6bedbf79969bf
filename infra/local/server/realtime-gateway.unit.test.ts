/**
 * The local gateway's answers that need no function (docs/realtime.md, parity): upgrades only on /realtime and only
 * once the platform is ready, 401 without the authorizer's identity sources, and the management API's 410 Gone for a
 * connection it does not hold, through the real SDK client. The rest runs end to end in tests/integration/realtime.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  ApiGatewayManagementApiClient,
  GetConnectionCommand,
  GoneException,
  PostToConnectionCommand,
} from '@aws-sdk/client-apigatewaymanagementapi';
import { LocalBus } from '../bus/local-bus.js';
import { logger } from '../util/log.js';
import { closeServer, createLocalServer, listen } from './http-server.js';
import { RealtimeGateway } from './realtime-gateway.js';
import { StartupGate } from './startup-gate.js';

const quiet = logger('test', true);
let dir: string;
let server: Server;
let origin: string;
const gate = new StartupGate();
const realtime = new RealtimeGateway({ log: quiet });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tandem-realtime-'));
  const bus = new LocalBus({ busName: 'tandem', deadLetterDir: join(dir, 'dlq'), log: quiet, invoke: async () => undefined });
  server = createLocalServer({
    webDist: dir,
    outboxDir: join(dir, 'outbox'),
    bus,
    gate,
    realtime,
    log: { ...quiet, error: () => undefined },
  });
  origin = await listen(server, 0);
});
afterAll(async () => {
  await realtime.close();
  await closeServer(server);
  rmSync(dir, { recursive: true, force: true });
});

/** The HTTP status of a refused handshake (0 if it opened). */
function handshake(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${origin.replace('http', 'ws')}${path}`);
    ws.once('open', () => {
      ws.close();
      resolve(0);
    });
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? -1);
      res.resume();
    });
    ws.once('error', reject);
  });
}

describe('the local real-time gateway', () => {
  it('holds upgrades back until the platform is ready (503), then serves /realtime only', async () => {
    expect(await handshake('/realtime?commune=soignies&token=x')).toBe(503);
    gate.markReady();
    expect(await handshake('/api/communes')).toBe(404);
    expect(await handshake('/realtime/other')).toBe(404);
  });

  it('answers 401 without calling the authorizer when the commune or the token is missing', async () => {
    expect(await handshake('/realtime')).toBe(401);
    expect(await handshake('/realtime?token=abc')).toBe(401);
    expect(await handshake('/realtime?commune=soignies')).toBe(401);
    expect(realtime.size).toBe(0);
  });

  it('answers Gone for a connection it does not hold, as the real management client reads it', async () => {
    const client = new ApiGatewayManagementApiClient({
      region: 'eu-west-1',
      endpoint: `${origin}/realtime`,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    await expect(client.send(new PostToConnectionCommand({ ConnectionId: 'L0SM9cOFvHcCIhw=', Data: '{}' }))).rejects.toBeInstanceOf(
      GoneException,
    );
    await expect(client.send(new GetConnectionCommand({ ConnectionId: 'nope' }))).rejects.toBeInstanceOf(GoneException);
  });
});
