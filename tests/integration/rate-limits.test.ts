/**
 * The local gateway's abuse limits with the real values (shared/src/rate-limits.ts), through a real local
 * server and the real handlers: one client past its limit gets 429 with Retry-After, another client still
 * passes, and once the window is over (the limiter's clock moved, no sleeping) the first passes again.
 */
import { request, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATE_LIMIT_CLASSES, RATE_LIMITED_PROBLEM } from '@tandem/shared';
import { buildOpenApiDocument } from '@tandem/shared/openapi/openapi-document';
import { closeServer, createLocalServer, listen } from '../../infra/local/server/http-server.js';
import { RateLimiter } from '../../infra/local/server/rate-limiter.js';
import { LocalBus } from '../../infra/local/bus/local-bus.js';
import { logger } from '../../infra/local/util/log.js';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** POST from a chosen loopback address (Linux routes all of 127.0.0.0/8 to the loopback interface). */
function post(url: string, path: string, from: string, body: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}${path}`,
      { method: 'POST', localAddress: from, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('abuse limits on the local gateway', () => {
  let dir: string;
  let server: Server;
  let url: string;
  let nowMs = Date.parse('2026-12-01T10:00:00Z');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-limits-'));
    const quiet = logger('test', true);
    const bus = new LocalBus({ busName: 'tandem', deadLetterDir: join(dir, 'dlq'), log: quiet, invoke: async () => undefined });
    const rateLimiter = new RateLimiter({ communes: ['soignies', 'braine-le-comte'], now: () => nowMs });
    server = createLocalServer({ webDist: dir, outboxDir: join(dir, 'outbox'), bus, log: quiet, rateLimiter });
    url = (await listen(server, 0, '127.0.0.1')).replace('localhost', '127.0.0.1');
  });
  afterAll(async () => {
    await closeServer(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 429 with Retry-After and a problem past a client’s limit, lets others through, and forgets after the window', async () => {
    const { perClient } = RATE_LIMIT_CLASSES['report-write'];
    // An upload request the handler refuses (422): cheap, and counted all the same, as WAF counts every request.
    const upload = (from: string) => post(url, '/api/soignies/uploads', from, '{}');
    for (let i = 0; i < perClient.limit; i++) expect((await upload('127.0.0.1')).status).toBe(422);

    const limited = await upload('127.0.0.1');
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toBe('application/problem+json');
    expect(Number(limited.headers['retry-after'])).toBe(perClient.windowSeconds);
    expect(JSON.parse(limited.body)).toEqual(RATE_LIMITED_PROBLEM);
    const documented = buildOpenApiDocument() as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    expect(documented.paths['/api/{commune}/uploads'].post.responses['429']).toEqual({ $ref: '#/components/responses/RateLimited' });

    // Another route class of the same client is counted apart; another client is not limited at all.
    const open311 = await post(url, '/api/open311/v2/requests.json', '127.0.0.1', '{}');
    expect(open311.status).not.toBe(429);
    expect((await upload('127.0.0.2')).status).toBe(422);

    nowMs += (perClient.windowSeconds - 60) * 1000;
    const later = await upload('127.0.0.1');
    expect(later.status).toBe(429);
    expect(Number(later.headers['retry-after'])).toBe(60);

    nowMs += 60 * 1000;
    expect((await upload('127.0.0.1')).status).toBe(422);
  });
});
