import { describe, expect, it } from 'vitest';
import { API_PER_CLIENT, API_PER_COMMUNE, RATE_LIMIT_CLASSES } from '@tandem/shared';
import { RateLimiter, type LimitedRequest } from './rate-limiter.js';

const at = (now: { ms: number }) => new RateLimiter({ communes: ['soignies', 'braine-le-comte'], now: () => now.ms });
const req = (over: Partial<LimitedRequest> = {}): LimitedRequest => ({
  clientAddress: '203.0.113.7',
  routeKey: 'GET /api/{commune}/map/items',
  path: '/api/soignies/map/items',
  query: new URLSearchParams(),
  ...over,
});

describe('the local rate limiter', () => {
  it('limits a client’s requests to the whole API, then forgets them after the window', () => {
    const now = { ms: 0 };
    const limiter = at(now);
    for (let i = 0; i < API_PER_CLIENT.limit; i++) expect(limiter.check(req())).toBeUndefined();
    expect(limiter.check(req())).toEqual({ retryAfterSeconds: API_PER_CLIENT.windowSeconds });
    expect(limiter.check(req({ clientAddress: '198.51.100.1' }))).toBeUndefined();
    now.ms += API_PER_CLIENT.windowSeconds * 1000 - 1500;
    expect(limiter.check(req())).toEqual({ retryAfterSeconds: 2 });
    now.ms += 1500;
    expect(limiter.check(req())).toBeUndefined();
  });

  it('limits every write class per client, apart from the others', () => {
    const limiter = at({ ms: 0 });
    for (const [name, c] of Object.entries(RATE_LIMIT_CLASSES)) {
      const write = req({ routeKey: c.routes[0] });
      for (let i = 0; i < c.perClient.limit; i++) expect(limiter.check(write), name).toBeUndefined();
      expect(limiter.check(write), name).toEqual({ retryAfterSeconds: c.perClient.windowSeconds });
    }
    expect(limiter.check(req())).toBeUndefined();
  });

  it('limits a commune for all clients together, and only that commune', () => {
    const limiter = at({ ms: 0 });
    const client = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
    for (let i = 0; i < API_PER_COMMUNE.limit; i++) expect(limiter.check(req({ clientAddress: client(i) }))).toBeUndefined();
    expect(limiter.check(req({ clientAddress: '192.0.2.1' }))).toEqual({ retryAfterSeconds: API_PER_COMMUNE.windowSeconds });
    const open311 = req({
      clientAddress: '192.0.2.1',
      path: '/api/open311/v2/requests.json',
      query: new URLSearchParams('jurisdiction_id=soignies'),
    });
    expect(limiter.check(open311)).toBeDefined();
    expect(limiter.check(req({ clientAddress: '192.0.2.1', path: '/api/braine-le-comte/map/items' }))).toBeUndefined();
  });

  it('scales every limit with the test profile', () => {
    const limiter = new RateLimiter({ profile: 'test', communes: [], now: () => 0 });
    expect(limiter.rules.perClient.limit).toBe(API_PER_CLIENT.limit * 100);
  });
});
