import { describe, expect, it } from 'vitest';
import {
  API_PER_CLIENT,
  API_PER_COMMUNE,
  RATE_LIMIT_CLASSES,
  communeOfRequest,
  publicWriteRoutes,
  rateLimitRules,
  routeClassOf,
  routePathPattern,
} from './rate-limits.js';
import { ROUTES } from './routes.js';

describe('rate limits', () => {
  it('give every public write route exactly one class', () => {
    const classed = Object.values(RATE_LIMIT_CLASSES).flatMap((c) => [...c.routes]);
    expect(new Set(classed).size).toBe(classed.length);
    expect([...classed].sort()).toEqual(publicWriteRoutes().sort());
    expect(routeClassOf('POST /api/{commune}/reports')).toBe('report-write');
    expect(routeClassOf('GET /api/{commune}/reports/{code}')).toBeUndefined();
  });

  it('use windows and limits AWS WAF accepts, and one client cannot close a commune alone', () => {
    for (const l of [API_PER_CLIENT, API_PER_COMMUNE, ...Object.values(RATE_LIMIT_CLASSES).map((c) => c.perClient)]) {
      expect([60, 120, 300, 600]).toContain(l.windowSeconds);
      expect(l.limit).toBeGreaterThanOrEqual(10);
    }
    expect(API_PER_COMMUNE.limit).toBeGreaterThan(API_PER_CLIENT.limit);
  });

  it('scale every limit for test platforms and keep the real ones otherwise', () => {
    const real = rateLimitRules();
    const test = rateLimitRules('test');
    expect(real.classes['report-write'].perClient).toEqual(RATE_LIMIT_CLASSES['report-write'].perClient);
    expect(test.classes['report-write'].perClient.limit).toBe(RATE_LIMIT_CLASSES['report-write'].perClient.limit * 100);
    expect(test.perCommune.windowSeconds).toBe(API_PER_COMMUNE.windowSeconds);
  });

  it('find the commune a request names in its path or Open311 jurisdiction', () => {
    const communes = ['soignies', 'braine-le-comte'];
    const q = (s = '') => new URLSearchParams(s);
    expect(communeOfRequest('/api/soignies/reports', q(), communes)).toBe('soignies');
    expect(communeOfRequest('/api/feeds/braine-le-comte/agenda.ics', q(), communes)).toBe('braine-le-comte');
    expect(communeOfRequest('/api/open311/v2/requests.json', q('jurisdiction_id=soignies'), communes)).toBe('soignies');
    expect(communeOfRequest('/api/atlantis/reports', q(), communes)).toBeUndefined();
    expect(communeOfRequest('/api/soignies-bis/reports', q(), communes)).toBeUndefined();
  });

  it('turn route paths into anchored patterns that match what the route table matches', () => {
    const re = (path: string) => new RegExp(routePathPattern(path));
    expect(re('/api/{commune}/permits/{code}/withdraw').test('/api/soignies/permits/AB12-CD34/withdraw')).toBe(true);
    expect(re('/api/{commune}/permits/{code}').test('/api/soignies/permits/AB12-CD34/withdraw')).toBe(false);
    expect(re('/api/open311/v2/requests.json').test('/api/open311/v2/requestsXjson')).toBe(false);
    for (const r of ROUTES) expect(re(r.path).test(r.path.replace(/\{[^}]+\}/g, 'x'))).toBe(true);
  });
});
