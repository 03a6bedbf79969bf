/**
 * Live collaboration's latency (issue 11, docs/realtime.md "Bench"): the time from a staff change to the message about
 * it on connected sockets, through the whole path the cloud runs: the staff API's write → the table's stream (the
 * local poller) → stream-to-bus → the bus rule → realtime/fan-out → PostToConnection (the real management client on
 * the local gateway's `@connections`) → the `ws` socket. With 1, then 50, then 200 sockets signed in as the demo agent
 * (one token shared) and subscribed to `reports`, K state changes of one report (acknowledged ⇄ closed, each with its
 * version and an Idempotency-Key), one at a time: p50/p99 of the change's own HTTP round trip, of its event reaching
 * the bus (the stream's side of the path), and of every socket's delivery (from the change's start to the socket's
 * message, all sockets pooled: the fan-out's side added), with the messages missed (matched by key: realtime-match.ts).
 * Each change waits for all its deliveries (or 10 s) and for the bus's other targets, then a random pause up to one
 * poll interval, so the changes do not all start at the same phase of the stream poller (which would bias every
 * sample towards a full interval). The report has no e-mail address: no citizen notice is rendered beside the path.
 * The platform runs its stream poller here (the other parts run without it) and no scheduled functions.
 * `tsx bench/realtime-latency.ts`: this part alone (BENCH_REALTIME_CHANGES: changes per step, default 20).
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type WebSocket from 'ws';
import { REPORT_EVENT_SOURCE, type RealtimeMessage, type ReportEventDetail } from '@tandem/shared';
import { startPlatform, type Platform } from '../infra/local/platform.js';
import { STREAM_POLL_INTERVAL_MS } from '../infra/local/stream/stream-poller.js';
import { changeKey, deliveryTimes, stateChangeKey, type TimedChange } from './realtime-match.js';
import { ms, pct } from './stats.js';
import { signInAgent } from './work-scale.js';
import { closeSocket, openStaffSocket } from './staff-socket.js';

export const REALTIME_CLIENTS = [1, 50, 200] as const;
export const REALTIME_CHANGES = Number(process.env.BENCH_REALTIME_CHANGES ?? 20);
const C = 'soignies';
/** The local stream poller's pause between reads (the platform's poller uses the default). */
const POLL_MS = STREAM_POLL_INTERVAL_MS;
const DELIVERY_TIMEOUT_MS = 10_000;

/** Options for this part's own platform: the stream poller on (stream → bus → fan-out), nothing scheduled. */
export const REALTIME_PLATFORM = { quiet: true, streams: true, schedules: false, rateLimits: 'test' } as const;

export interface RealtimeStep {
  clients: number;
  /** The change's HTTP round trip (request → answer read), one per change. */
  change: number[];
  /** From the change's start to its event on the bus (the write, the stream's poll and stream-to-bus), one per change. */
  bus: number[];
  /** From each change's start to each socket's message about it, all sockets pooled. */
  delivery: number[];
  missed: number;
  duplicates: number;
}

/** A signed-in socket following `reports`: when it first received each change's message (key → performance.now()). */
class Socket {
  readonly arrivals = new Map<string, number>();
  readonly repeats = new Map<string, number>();
  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const now = performance.now();
      const m = JSON.parse(data.toString()) as Partial<RealtimeMessage>;
      if (!m.id || !m.ref || !m.kind || !m.at) return;
      const key = changeKey(m.ref, m.kind, m.at);
      if (this.arrivals.has(key)) this.repeats.set(key, (this.repeats.get(key) ?? 0) + 1);
      else this.arrivals.set(key, now);
    });
  }
  static async open(url: string, token: string): Promise<Socket> {
    const ws = await openStaffSocket(url, C, token);
    const s = new Socket(ws);
    const reply = new Promise<{ type?: string }>((ok) => ws.once('message', (d) => ok(JSON.parse(d.toString()))));
    ws.send(JSON.stringify({ action: 'subscribe', topic: 'reports' }));
    const r = await reply;
    if (r.type !== 'subscribed') throw new Error(`subscribe: ${JSON.stringify(r)}`);
    return s;
  }
  close(): Promise<void> {
    return closeSocket(this.ws);
  }
}

/** Waits until every socket has the key, or the timeout. */
async function delivered(sockets: readonly Socket[], key: string): Promise<void> {
  const end = performance.now() + DELIVERY_TIMEOUT_MS;
  while (performance.now() < end && !sockets.every((s) => s.arrivals.has(key))) await sleep(5);
}

/**
 * Notes when each report event reaches the bus (key → performance.now()), by wrapping the local bus's publish for the
 * part's duration: the split between the stream's side of the path and the fan-out's. Returns the undo.
 */
function watchBus(platform: Platform, onBus: Map<string, number>): () => void {
  const bus = platform.bus;
  const publish = bus.publish;
  bus.publish = (event) => {
    const d = event.detail as Partial<ReportEventDetail>;
    if (event.source === REPORT_EVENT_SOURCE && d.code && d.kind && d.at) {
      const key = changeKey(d.code, d.kind, d.at);
      if (!onBus.has(key)) onBus.set(key, performance.now());
    }
    publish.call(bus, event);
  };
  return () => {
    bus.publish = publish;
  };
}

/** Measures each step of REALTIME_CLIENTS on a platform that runs its stream poller (REALTIME_PLATFORM). */
export async function benchRealtime(platform: Platform, changes = REALTIME_CHANGES): Promise<RealtimeStep[]> {
  const base = platform.url;
  const agent = await signInAgent(base, platform.demoPassword);
  const headers = { authorization: `Bearer ${agent.idToken}`, 'content-type': 'application/json' };
  const created = await fetch(`${base}/api/${C}/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      category: 'voirie',
      location: { lat: 50.5794, lng: 4.0714 },
      description: 'Banc de mesure du temps réel, trou dans la chaussée',
      answers: { taille: 'petit' },
    }),
  });
  if (created.status !== 201) throw new Error(`create report: ${created.status} ${await created.text()}`);
  const { code } = (await created.json()) as { code: string };
  let version = 1;
  let state = 'new';
  const run = Date.now().toString(36);
  let n = 0;
  /** One state change, timed: its round trip and its key. */
  const change = async (): Promise<{ ms: number; timed: TimedChange }> => {
    const to = state === 'acknowledged' ? 'closed' : 'acknowledged';
    const startedAt = performance.now();
    const r = await fetch(`${base}/api/${C}/staff/reports/${code}/transitions`, {
      method: 'POST',
      headers: { ...headers, 'idempotency-key': `bench-rt-${run}-${n++}` },
      body: JSON.stringify({ to, version }),
    });
    const body = (await r.json()) as { version: number; timeline: { at: string; kind: string; to?: string }[] };
    const took = performance.now() - startedAt;
    if (r.status !== 200) throw new Error(`transition to ${to}: ${r.status} ${JSON.stringify(body)}`);
    const key = stateChangeKey(code, body.timeline, to);
    if (!key) throw new Error(`transition to ${to}: no such entry in the answered timeline`);
    ({ version } = body);
    state = to;
    return { ms: took, timed: { key, startedAt } };
  };

  const sockets: Socket[] = [];
  const steps: RealtimeStep[] = [];
  const onBus = new Map<string, number>();
  const unwatch = watchBus(platform, onBus);
  try {
    for (const clients of REALTIME_CLIENTS) {
      // Open what this step adds, a few at a time (each runs the authorizer, $connect and a subscription).
      while (sockets.length < clients)
        sockets.push(
          ...(await Promise.all(
            Array.from({ length: Math.min(10, clients - sockets.length) }, () => Socket.open(platform.realtimeUrl, agent.idToken)),
          )),
        );
      // Warm-up, not counted: changes that load the path's handlers and open their connections (more before the first step).
      for (let w = steps.length ? 1 : 20; w > 0; w--) {
        const warm = await change();
        await delivered(sockets, warm.timed.key);
        await platform.bus.idle();
      }
      const step: RealtimeStep = { clients, change: [], bus: [], delivery: [], missed: 0, duplicates: 0 };
      const timed: TimedChange[] = [];
      for (let k = 0; k < changes; k++) {
        await sleep(Math.random() * POLL_MS);
        const c = await change();
        step.change.push(c.ms);
        timed.push(c.timed);
        await delivered(sockets, c.timed.key);
        await platform.bus.idle(); // the change's other rule targets done too: the next change starts alone
      }
      await sleep(POLL_MS); // a late duplicate would show here
      const d = deliveryTimes(
        timed,
        sockets.map((s) => s.arrivals),
        sockets.map((s) => s.repeats),
      );
      for (const c of timed) {
        const at = onBus.get(c.key);
        if (at !== undefined) step.bus.push(at - c.startedAt);
      }
      steps.push({ ...step, delivery: d.latencies, missed: d.missed, duplicates: d.duplicates });
    }
  } finally {
    unwatch();
    await Promise.all(sockets.map((s) => s.close()));
  }
  return steps;
}

/** The part's rows, in the bench's table format: p50 and p99 of each step's change, event on the bus and deliveries. */
export function realtimeLines(steps: readonly RealtimeStep[]): string[] {
  const p = (xs: number[], q: number) => (xs.length ? ms(pct(xs, q)) : '–').padStart(11);
  const row = (label: string, xs: number[], note = '') => `${label.padEnd(34)}${p(xs, 50)}  ${p(xs, 99)}${note}`;
  return [
    `Live changes (docs/realtime.md): a report's state changed through the staff API → stream (read every ${POLL_MS} ms locally) → bus → fan-out → each socket following \`reports\` (${steps[0]?.change.length ?? 0} changes per step)`,
    '                                        p50          p99',
    ...steps.flatMap((s) => [
      row(`${s.clients} socket${s.clients > 1 ? 's' : ''}: the change (HTTP)`, s.change),
      row('  → its event on the bus', s.bus),
      row(
        '  → its message on each socket',
        s.delivery,
        `   (${s.delivery.length} messages, ${s.missed} missed${s.duplicates ? `, ${s.duplicates} duplicates` : ''})`,
      ),
    ]),
  ];
}

/** `tsx bench/realtime-latency.ts`: this part alone. */
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const platform = await startPlatform(REALTIME_PLATFORM);
  try {
    const steps = await benchRealtime(platform);
    console.log(`Tandem bench (live changes) — ${new Date().toISOString()} — Node ${process.version}`);
    console.log(realtimeLines(steps).join('\n'));
  } finally {
    await platform.stop();
  }
}
