/**
 * What a route adds to the DynamoDB work it does (issue 14): each route through the local API (HTTP → API Gateway v2
 * event → middy handler → DynamoDB Local), the same event given to its handler in process, and the very commands it
 * sent, recorded during one of its requests (command-recorder.ts) and sent again bare from the bench: the same
 * operations, the same shapes, one after the other or together as the handler sent them, with fresh keys for the
 * writes (command-replay.ts). Blocks of each alternate, so the machine's drift hits all three. Printed
 * (route-figures.ts): p50/p99 of each, their ratio and the goal beside it, and this process's CPU per request.
 * `npm run bench -- --only api` runs this part alone, on a platform of its own (BENCH_N sets the samples).
 * Not a test: nothing here passes or fails on timing.
 */
import { performance } from 'node:perf_hooks';
import { matchRoute } from '@tandem/shared';
import { invokeHandler } from '../infra/local/handlers/load-handler.js';
import { startPlatform, type Platform } from '../infra/local/platform.js';
import { buildApiEvent } from '../infra/local/server/api-event.js';
import { recordCommands, replayer } from './command-recorder.js';
import { describeCommands, freshLike, inWaves, rewriteStrings, type RecordedCommand } from './command-replay.js';
import { ROUTE_OVERHEAD_GOAL } from './goals.js';
import { benchHttp, type BenchHttp, type BenchRequest } from './http-client.js';
import { routeLines, type RouteFigures } from './route-figures.js';

/** One route measured beside its commands. */
export interface RouteCase {
  label: string;
  /** The handler the route invokes (shared/src/routes.ts), whose commands are recorded. */
  fn: string;
  /** The commune whose clients the handler uses. */
  commune: string;
  /** The i-th request: its path (under the platform's origin), method, headers and body. */
  request(i: number): { path: string; init?: BenchRequest };
  /** Strings naming what request `i` created (from its answer), replaced by fresh ones in each replay of a write. */
  created?(answer: unknown, i: number): string[];
  /** The goal: route p50 at most this many times the bare commands' p50. */
  maxRatio?: number;
  /** The goal: route p50 under this many milliseconds. */
  underMs?: number;
  /** At most this many samples of each (a heavy answer), whatever `n`. */
  samples?: number;
  /** A word printed after the commands (e.g. the items answered). */
  note?(answer: unknown): string;
}

async function call(client: BenchHttp, c: RouteCase, i: number): Promise<unknown> {
  const { path, init } = c.request(i);
  const { status, text } = await client.send(path, init);
  if (status < 200 || status > 299) throw new Error(`${c.label}: ${status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/** The same request's event, as the local gateway builds it, given to the handler in process (no HTTP on either side). */
function invocation(c: RouteCase, i: number): () => Promise<void> {
  const { path, init = {} } = c.request(i);
  const method = init.method ?? 'GET';
  const match = matchRoute(method, path.split('?')[0]);
  if (!('route' in match)) throw new Error(`${c.label}: no route for ${method} ${path}`);
  const event = buildApiEvent(
    { method, url: path, headers: { host: 'localhost', ...init.headers }, body: Buffer.from(init.body ?? ''), sourceIp: '127.0.0.1' },
    match,
  );
  return async () => {
    const r = (await invokeHandler(match.route.handler, event)) as { statusCode?: number; body?: string };
    const status = r.statusCode ?? 0;
    if (status < 200 || status > 299) throw new Error(`${c.label} (in process): ${status} ${r.body?.slice(0, 300)}`);
  };
}

let replays = 0;

/** Measures each route and its commands, n samples each, in alternating blocks. */
export async function benchRoutes(platform: Platform, cases: readonly RouteCase[], n: number): Promise<RouteFigures[]> {
  const client = benchHttp(platform.url);
  const bare = replayer(platform.env.DYNAMODB_ENDPOINT);
  const out: RouteFigures[] = [];
  try {
    for (const c of cases) {
      // Warm-up: the handler loaded, its clients made and connected, the commune's registration cached.
      for (let i = 0; i < 10; i++) await call(client, c, i);
      const recording = recordCommands(c.fn, c.commune);
      const answer = await call(client, c, 10);
      const commands = recording.stop();
      if (!commands.length) throw new Error(`${c.label}: ${c.fn} sent no DynamoDB command (recorded none)`);
      const names = c.created?.(answer, 10) ?? [];
      // A write's fresh copy for each replay, built before the clock starts.
      const fresh = (): RecordedCommand[][] => {
        const k = ++replays;
        const map = new Map(names.map((s) => [s, freshLike(s, 'r', k)]));
        return inWaves(commands.map((cmd) => ({ ...cmd, input: rewriteStrings(cmd.input, map) })));
      };
      const replay = async (waves: RecordedCommand[][]) => {
        for (const wave of waves) await Promise.all(wave.map((cmd) => bare.send(cmd)));
      };
      for (let i = 0; i < 5; i++) await replay(fresh());
      const f: RouteFigures = {
        label: c.label,
        route: [],
        handler: [],
        bare: [],
        commands: describeCommands(commands),
        maxRatio: c.maxRatio,
        underMs: c.underMs,
        note: c.note?.(answer),
      };
      const samples = Math.min(n, c.samples ?? n);
      const BLOCK = Math.min(50, samples);
      // Each sample's time, and this process's CPU during it (client, server and handler are all in this process;
      // DynamoDB Local's is not): what the route adds, less blurred by a busy machine than the times.
      const cpu = { route: 0, handler: 0, bare: 0 };
      const timed = async (kind: 'route' | 'handler' | 'bare', run: () => Promise<unknown>) => {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        await run();
        f[kind].push(performance.now() - t0);
        const used = process.cpuUsage(c0);
        cpu[kind] += (used.user + used.system) / 1000;
      };
      for (let done = 0; done < samples; done += BLOCK) {
        const size = Math.min(BLOCK, samples - done);
        for (let i = 0; i < size; i++) await timed('route', () => call(client, c, 100 + done + i));
        for (let i = 0; i < size; i++) await timed('handler', invocation(c, 100_000 + done + i));
        for (let i = 0; i < size; i++) {
          const waves = fresh();
          await timed('bare', () => replay(waves));
        }
      }
      f.cpuMs = { route: cpu.route / samples, handler: cpu.handler / samples, bare: cpu.bare / samples };
      out.push(f);
    }
  } finally {
    bare.destroy();
    client.close();
  }
  return out;
}

/** The public report routes (issue 14's goal: p50 ≤ 1.5× their DynamoDB commands'). */
export function reportCases(commune = 'soignies'): RouteCase[] {
  const stamp = Date.now().toString(36);
  const key = (i: number) => `bench-${stamp}-${i}`;
  const body = (i: number) =>
    JSON.stringify({
      category: 'voirie',
      location: { lat: 50.5794 + (i % 50) * 1e-5, lng: 4.0714 },
      description: `Banc de mesure numéro ${i}, trou dans la chaussée`,
      answers: { taille: 'petit' },
      email: 'bench@example.org',
    });
  let code = '';
  return [
    {
      label: 'create-report',
      fn: 'reports/create-report',
      commune,
      request: (i) => ({
        path: `/api/${commune}/reports`,
        init: { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key(i) }, body: body(i) },
      }),
      created: (answer, i) => {
        code = (answer as { code: string }).code;
        return [code, key(i)];
      },
      maxRatio: ROUTE_OVERHEAD_GOAL,
    },
    {
      label: 'get-report',
      fn: 'reports/get-report',
      commune,
      // The report of the first case's recorded request (its timeline: the first item).
      request: () => ({ path: `/api/${commune}/reports/${code}` }),
      maxRatio: ROUTE_OVERHEAD_GOAL,
    },
  ];
}

/** The report routes' part: figures and lines (on a running platform). */
export async function benchApiOverhead(platform: Platform, n: number): Promise<string[]> {
  const figures = await benchRoutes(platform, reportCases(), n);
  return routeLines(
    `API overhead: each route through the local API beside the DynamoDB commands it sent, replayed bare from the bench (N=${n} each, alternating blocks)`,
    figures,
  );
}

/** This part alone, on a platform of its own. */
export async function apiOverheadPart(): Promise<string[]> {
  const platform = await startPlatform({ quiet: true, streams: false, schedules: false, rateLimits: 'test' });
  try {
    return await benchApiOverhead(platform, Number(process.env.BENCH_N ?? 300));
  } finally {
    await platform.stop();
  }
}
