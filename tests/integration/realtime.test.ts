/**
 * The real-time transport end to end on the local platform (docs/realtime.md): a `ws` client on the local gateway's
 * `/realtime`, the `$connect` authorizer, the subscription rules, a staff change going table stream → bus → fan-out
 * → PostToConnection (the real management client against the local `@connections` API) → the socket, Gone
 * connections removed, and the catch-up route after a reconnect.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  ApiGatewayManagementApiClient,
  DeleteConnectionCommand,
  GetConnectionCommand,
  GoneException,
  PostToConnectionCommand,
} from '@aws-sdk/client-apigatewaymanagementapi';
import { REPORT_EVENT_SOURCE, REPORT_EVENT_TYPES, realtimeUrl, sinceInstant, type RealtimeMessage, type Subscriber } from '@tandem/shared';
import { api, auth, sampleReport, signIn } from './api-client.js';
import { demoPassword, eventually, localEnv, localUrl } from '../support/local-env.js';
import { asCommune } from '../../functions/src/lib/tenant.js';
import { connectionsOf, getConnection, putConnection, subscribe, subscriptionsOf } from '../../functions/src/realtime/realtime-store.js';
import { invokeHandler } from '../../infra/local/handlers/load-handler.js';
import { installLocalIam } from '../../infra/local/iam/local-iam.js';

const streamsOn = process.env.TANDEM_IT_STREAMS !== 'off';
const C = 'soignies';

type Frame = { type?: string; status?: number; topic?: string } & Partial<RealtimeMessage>;

/** A socket of the staff app: every frame it received, in order, and a way to wait for the next one that matches. */
class Client {
  readonly frames: Frame[] = [];
  private waiters: (() => void)[] = [];
  constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      this.frames.push(JSON.parse(data.toString()) as Frame);
      for (const w of this.waiters.splice(0)) w();
    });
  }
  /** The first frame (from `from` on) that matches, once it has arrived. */
  async next(match: (f: Frame) => boolean, from = 0, what = 'frame'): Promise<Frame> {
    return eventually(() => this.frames.slice(from).find(match), 45_000, what);
  }
  changes(): Frame[] {
    return this.frames.filter((f) => f.id);
  }
  async request(body: object): Promise<Frame> {
    const from = this.frames.length;
    this.ws.send(JSON.stringify(body));
    return this.next((f) => Boolean(f.type), from, `reply to ${JSON.stringify(body)}`);
  }
  close(): Promise<void> {
    return new Promise((r) => {
      if (this.ws.readyState === WebSocket.CLOSED) return r();
      this.ws.once('close', () => r());
      this.ws.close();
    });
  }
}

/** Opens a socket; the HTTP status when the handshake is refused. */
function connect(query: Record<string, string>): Promise<Client | { refused: number }> {
  const url = new URL(realtimeUrl(localUrl()));
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const client = new Client(ws);
    ws.once('open', () => resolve(client));
    ws.once('unexpected-response', (_req, res) => {
      resolve({ refused: res.statusCode ?? 0 });
      res.resume();
    });
    ws.once('error', reject);
  });
}
async function open(token: string, commune = C): Promise<Client> {
  const c = await connect({ commune, token });
  if (!(c instanceof Client)) throw new Error(`connection refused: ${c.refused}`);
  opened.push(c);
  return c;
}
const opened: Client[] = [];
const subOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub as string;
/** The connection id the gateway gave this person's only socket opened since `before` (read from the connection items). */
async function connectionIdOf(token: string, before: string[] = []): Promise<string> {
  return eventually(async () => {
    const items = await asCommune(C, () => connectionsOf(C, subOf(token)));
    return items.map((i) => i.connectionId).find((id) => !before.includes(id));
  });
}
const connectionIds = async (token: string) => (await asCommune(C, () => connectionsOf(C, subOf(token)))).map((i) => i.connectionId);
const management = () => new ApiGatewayManagementApiClient({ region: 'eu-west-1', endpoint: localEnv().REALTIME_CONNECTIONS_URL });

let agent: string;
let worker: string;
let otherCommune: string;
beforeAll(async () => {
  [agent, worker, otherCommune] = await Promise.all([
    signIn(C, 'agent@soignies.example', demoPassword()),
    signIn(C, 'ouvrier@soignies.example', demoPassword()),
    signIn('braine-le-comte', 'agent@braine-le-comte.example', demoPassword()),
  ]);
});
afterAll(async () => {
  await Promise.all(opened.map((c) => c.close()));
});

async function newReport(): Promise<string> {
  const r = await api('POST', `/api/${C}/reports`, { body: sampleReport() });
  expect(r.status).toBe(201);
  return r.body.code as string;
}
const transition = (code: string, to: string, version: number) =>
  api('POST', `/api/${C}/staff/reports/${code}/transitions`, { headers: auth(agent), body: { to, version } });

describe('connecting ($connect authorizer)', { timeout: 90_000 }, () => {
  it('refuses a socket without a token, with a token that is not one, and with another commune’s token', async () => {
    expect(await connect({ commune: C })).toEqual({ refused: 401 });
    expect(await connect({ commune: C, token: 'not.a.token' })).toEqual({ refused: 401 });
    expect(await connect({ commune: 'nowhere', token: agent })).toEqual({ refused: 401 });
    // A valid token of Braine-le-Comte's staff pool, presented to Soignies.
    expect(await connect({ commune: C, token: otherCommune })).toEqual({ refused: 403 });
  });

  it('accepts the commune’s staff, records the connection for 2 hours, and answers a ping', async () => {
    const before = await connectionIds(agent);
    const c = await open(agent);
    const id = await connectionIdOf(agent, before);
    const item = await asCommune(C, () => getConnection(C, subOf(agent), id));
    expect(item?.expiresAt).toBe(Math.ceil(Date.parse(item!.connectedAt) / 1000) + 2 * 60 * 60);
    expect(await c.request({ action: 'ping' })).toMatchObject({ type: 'pong' });
    expect(await c.request({ action: 'dance' })).toMatchObject({ type: 'error', status: 422 });
    await c.close();
    // $disconnect removed it.
    await eventually(async () => ((await connectionIds(agent)).includes(id) ? undefined : true), 30_000, 'connection removed');
  });
});

describe('subscribing', () => {
  it('follows only what the person may read through the API (role matrix)', async () => {
    const c = await open(worker);
    // Workers do not see permit requests, nor another department's board.
    expect(await c.request({ action: 'subscribe', topic: 'permits' })).toMatchObject({ type: 'error', status: 403, topic: 'permits' });
    expect(await c.request({ action: 'subscribe', topic: 'board:environnement' })).toMatchObject({ type: 'error', status: 403 });
    expect(await c.request({ action: 'subscribe', topic: `user:${subOf(agent)}` })).toMatchObject({ type: 'error', status: 403 });
    expect(await c.request({ action: 'subscribe', topic: 'report:ZZZZ-ZZZZ' })).toMatchObject({ type: 'error', status: 404 });
    expect(await c.request({ action: 'subscribe', topic: 'everything' })).toMatchObject({ type: 'error', status: 400 });
    expect(await c.request({ action: 'subscribe', topic: 'board:travaux' })).toEqual({ type: 'subscribed', topic: 'board:travaux' });
    expect(await c.request({ action: 'subscribe', topic: `user:${subOf(worker)}` })).toMatchObject({ type: 'subscribed' });
    await c.close();
  });
});

// The pipeline's waits (45 s on a loaded machine) need a test time above them: the project's 30 s would cut them short.
describe.runIf(streamsOn)('changes reach the sockets (stream → bus → fan-out → PostToConnection)', { timeout: 120_000 }, () => {
  it('a report’s state changed by an agent reaches a subscribed colleague, with ids and states only', async () => {
    const code = await newReport();
    const c = await open(agent);
    expect(await c.request({ action: 'subscribe', topic: 'reports' })).toMatchObject({ type: 'subscribed' });
    expect(await c.request({ action: 'subscribe', topic: `report:${code}` })).toMatchObject({ type: 'subscribed' });
    expect((await transition(code, 'in_progress', 1)).status).toBe(200);
    const m = await c.next((f) => f.ref === code && f.kind === 'state_changed', 0, 'the state change');
    expect(m).toMatchObject({ entity: 'report', ref: code, kind: 'state_changed', to: 'in_progress' });
    // Who made it: the agent's sub (an id; the staff app names them from its people directory), never their name.
    expect(m.by).toBe(subOf(agent));
    expect(m.topics?.sort()).toEqual([`report:${code}`, 'reports'].sort());
    // Nothing the citizen wrote or who they are.
    expect(JSON.stringify(m)).not.toMatch(/citoyen|Jeanne|boulangerie/);
    // One message per change and connection, though two of its topics concern it.
    await c.request({ action: 'ping' });
    expect(c.changes().filter((f) => f.id === m.id)).toHaveLength(1);
  });

  it('removes the connections and subscriptions of a socket that answers Gone', async () => {
    const code = await newReport();
    // A socket closed without its $disconnect reaching the table (as can happen in AWS): its items remain.
    const subscriber: Subscriber = { sub: subOf(agent), roles: ['agent'], departments: ['travaux', 'environnement'] };
    const gone = 'R0NvbmVDb25uPQ=';
    await asCommune(C, async () => {
      await putConnection(C, subscriber.sub, gone);
      expect(await subscribe(C, subscriber, gone, `report:${code}`)).toBe('subscribed');
    });
    const live = await open(agent);
    await live.request({ action: 'subscribe', topic: `report:${code}` });
    expect((await transition(code, 'in_progress', 1)).status).toBe(200);
    await live.next((f) => f.ref === code, 0, 'the change on the live socket');
    await eventually(
      async () => {
        const subs = await asCommune(C, () => subscriptionsOf(C, `report:${code}`));
        const connection = await asCommune(C, () => getConnection(C, subscriber.sub, gone));
        return !subs.some((s) => s.connectionId === gone) && !connection ? true : undefined;
      },
      45_000,
      'the gone connection removed',
    );
    expect((await asCommune(C, () => subscriptionsOf(C, `report:${code}`))).length).toBe(1);
  });

  it('the fan-out reaches the connections only through its declared grant (execute-api:ManageConnections, local IAM)', async () => {
    // Asked from just before the filing, as the app asks: read from the feed's start, a whole suite's changes (over the
    // route's read budget) would hide it behind `next`.
    const since = encodeURIComponent(sinceInstant(Date.now() - 60_000));
    const code = await newReport();
    // Once the filing's own change went through the fan-out, nothing else concerns this report but what follows.
    await eventually(
      async () => {
        const r = await api('GET', `/api/${C}/staff/changes?since=${since}&topics=report:${code}`, { headers: auth(agent) });
        return r.body.items?.length ? true : undefined;
      },
      45_000,
      'the filing’s change in the feed',
    );
    const subscriber: Subscriber = { sub: subOf(agent), roles: ['agent'], departments: ['travaux'] };
    const gone = 'SWFtR29uZVRvbz0=';
    await asCommune(C, async () => {
      await putConnection(C, subscriber.sub, gone);
      await subscribe(C, subscriber, gone, `report:${code}`);
    });
    const event = {
      version: '0',
      id: crypto.randomUUID(),
      source: REPORT_EVENT_SOURCE,
      'detail-type': REPORT_EVENT_TYPES.private_note,
      detail: {
        commune: C,
        code,
        kind: 'private_note',
        at: new Date().toISOString(),
        public: false,
        timelineId: `TL#${crypto.randomUUID()}`,
      },
    };
    try {
      installLocalIam({ access: { 'realtime/fan-out': { table: 'write' } } });
      // Every post refused (AccessDeniedException before any request), the connection kept.
      const denied = (await invokeHandler('realtime/fan-out', event)) as Record<string, number>;
      expect(denied).toMatchObject({ posted: 0, gone: 0 });
      expect(denied.unsent).toBe(denied.connections);
      expect(denied.unsent).toBeGreaterThanOrEqual(1);
      expect(await asCommune(C, () => getConnection(C, subscriber.sub, gone))).toBeDefined();
    } finally {
      installLocalIam();
    }
    // Granted: the post reaches the management API, which answers Gone for this one.
    const granted = (await invokeHandler('realtime/fan-out', event)) as Record<string, number>;
    expect(granted.unsent).toBe(0);
    expect(granted.gone).toBeGreaterThanOrEqual(1);
    expect(await asCommune(C, () => getConnection(C, subscriber.sub, gone))).toBeUndefined();
  });

  it('the management API answers as API Gateway’s: GetConnection, DeleteConnection, then Gone', async () => {
    const before = await connectionIds(worker);
    const c = await open(worker);
    const id = await connectionIdOf(worker, before);
    const info = await management().send(new GetConnectionCommand({ ConnectionId: id }));
    expect(info.ConnectedAt).toBeInstanceOf(Date);
    expect(info.Identity?.SourceIp).toBe('127.0.0.1');
    await management().send(new PostToConnectionCommand({ ConnectionId: id, Data: new TextEncoder().encode('{"type":"hello"}') }));
    await c.next((f) => f.type === 'hello', 0, 'the posted frame');
    const closed = new Promise((r) => c.ws.once('close', r));
    await management().send(new DeleteConnectionCommand({ ConnectionId: id }));
    await closed;
    await expect(
      management().send(new PostToConnectionCommand({ ConnectionId: id, Data: new Uint8Array([123, 125]) })),
    ).rejects.toBeInstanceOf(GoneException);
  });

  it('catches up after a reconnect: the changes missed since the last message, once each, in order', async () => {
    const code = await newReport();
    const topic = `report:${code}`;
    const first = await open(agent);
    await first.request({ action: 'subscribe', topic });
    await transition(code, 'in_progress', 1);
    // (The filing's own change may reach the socket too, before or after: the state change is the last one seen.)
    const last = await first.next((f) => f.ref === code && f.kind === 'state_changed', 0, 'the first change');
    await first.close();

    // While the socket is down: two more changes.
    await api('POST', `/api/${C}/staff/reports/${code}/updates`, {
      headers: auth(agent),
      body: { text: 'note interne', public: false, version: 2 },
    });
    await transition(code, 'fixed', 3);

    const again = await open(agent);
    await again.request({ action: 'subscribe', topic });
    // Only this report's topic: other files change other items of the commune meanwhile.
    const url = `/api/${C}/staff/changes?since=${encodeURIComponent(last.id!)}&topics=${encodeURIComponent(topic)}`;
    const missed = await eventually(
      async () => {
        const r = await api('GET', url, { headers: auth(agent) });
        expect(r.status).toBe(200);
        return r.body.items.length >= 2 ? r.body : undefined;
      },
      45_000,
      'two missed changes',
    );
    expect(missed.items.map((m: Frame) => [m.kind, m.to])).toEqual([
      ['private_note', undefined],
      ['state_changed', 'fixed'],
    ]);
    expect(missed.items.every((m: Frame) => m.ref === code && m.topics?.join() === topic)).toBe(true);
    expect(new Set(missed.items.map((m: Frame) => m.id)).size).toBe(2);
    expect(missed.items.map((m: Frame) => m.id)).not.toContain(last.id);
    expect(missed.refused).toEqual([]);
    // From the last one caught up: nothing more, and a worker asking for permits is told it may not follow them.
    const after = await api('GET', `/api/${C}/staff/changes?since=${encodeURIComponent(missed.items[1].id)}&topics=${topic}`, {
      headers: auth(agent),
    });
    expect(after.body).toEqual({ items: [], refused: [] });
    const refused = await api('GET', `/api/${C}/staff/changes?topics=permits`, { headers: auth(worker) });
    expect(refused.body).toEqual({ items: [], refused: ['permits'] });
    expect((await api('GET', `/api/${C}/staff/changes?topics=nothing`, { headers: auth(agent) })).status).toBe(400);
  });
});
