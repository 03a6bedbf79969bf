/**
 * The local gateway's abuse limits: the rules of shared/src/rate-limits.ts (those AWS WAF applies in the
 * cloud), counted per client address, per route class and per commune in fixed windows that start with a
 * key's first request. Time comes from `now` (the handlers' clock by default), so a test moves past a window
 * without sleeping. WAF counts in a window that slides; a fixed window is the simple local equivalent.
 */
import { communeOfRequest, rateLimitRules, routeClassOf, type RateLimit, type RateLimitProfile, type RateLimitRules } from '@tandem/shared';

export interface RateLimiterOptions {
  /** 'real' (default): the deployed limits; 'test': scaled up for test platforms. */
  profile?: RateLimitProfile;
  /** The communes counted by the per-commune limit (as WAF has one rule per configured commune). */
  communes: readonly string[];
  /** Epoch milliseconds. */
  now: () => number;
}

export interface LimitedRequest {
  clientAddress: string;
  routeKey: string;
  path: string;
  query: URLSearchParams;
}

interface Window {
  startMs: number;
  count: number;
}

export class RateLimiter {
  readonly rules: RateLimitRules;
  private readonly windows = new Map<string, Window>();
  private lastSweepMs = 0;

  constructor(private readonly options: RateLimiterOptions) {
    this.rules = rateLimitRules(options.profile);
  }

  /** Counts the request; past any of its limits, the seconds until that limit's window ends. */
  check(request: LimitedRequest): { retryAfterSeconds: number } | undefined {
    const now = this.options.now();
    this.sweep(now);
    const counted: [string, RateLimit][] = [[`client ${request.clientAddress}`, this.rules.perClient]];
    const routeClass = routeClassOf(request.routeKey);
    if (routeClass) counted.push([`${routeClass} ${request.clientAddress}`, this.rules.classes[routeClass].perClient]);
    const commune = communeOfRequest(request.path, request.query, this.options.communes);
    if (commune) counted.push([`commune ${commune}`, this.rules.perCommune]);
    let retryAfterMs = 0;
    for (const [key, limit] of counted) {
      const windowMs = limit.windowSeconds * 1000;
      let w = this.windows.get(key);
      if (!w || now >= w.startMs + windowMs) {
        w = { startMs: now, count: 0 };
        this.windows.set(key, w);
      }
      w.count++;
      if (w.count > limit.limit) retryAfterMs = Math.max(retryAfterMs, w.startMs + windowMs - now);
    }
    return retryAfterMs > 0 ? { retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) } : undefined;
  }

  /** Forgets windows that have ended (at most once a minute). */
  private sweep(now: number): void {
    if (now - this.lastSweepMs < 60_000) return;
    this.lastSweepMs = now;
    const longest = 600_000;
    for (const [key, w] of this.windows) if (now >= w.startMs + longest) this.windows.delete(key);
  }
}
