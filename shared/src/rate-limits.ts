/**
 * Abuse limits, defined once: the CDK app turns them into AWS WAF rate-based rules on the CloudFront
 * distribution that serves /api/* (per client address, per commune) and into HTTP API route throttles;
 * the local server applies the very same rules per client address and per commune (infra/local/server/rate-limiter.ts).
 * Past a limit the answer is 429 with `Retry-After` and a problem body (RATE_LIMITED_PROBLEM).
 */
import { problem } from './problem.js';
import { ROUTES, type RouteKey } from './routes.js';

/** The evaluation windows AWS WAF rate-based rules accept, in seconds. */
export type RateWindowSeconds = 60 | 120 | 300 | 600;

export interface RateLimit {
  /** Requests allowed per window (AWS WAF accepts 10 to 2 000 000 000). */
  limit: number;
  windowSeconds: RateWindowSeconds;
}

/** What API Gateway lets through one route, all clients together (steady requests per second, burst). */
export interface GatewayThrottle {
  ratePerSecond: number;
  burst: number;
}

export interface RouteClass {
  /** The routes counted together. */
  routes: readonly RouteKey[];
  /** One client address, all routes of the class together. */
  perClient: RateLimit;
  /** The HTTP API throttle of each route of the class (a ceiling for every client and commune together). */
  gateway: GatewayThrottle;
}

const FIVE_MINUTES = 300;

/**
 * Every public write, by class. The numbers are a person's use with room to spare (a report with three
 * photos is four requests; a town hall's staff sign in from one address), far below what a script sends.
 */
export const RATE_LIMIT_CLASSES = {
  'report-write': {
    routes: ['POST /api/{commune}/uploads', 'POST /api/{commune}/reports', 'POST /api/{commune}/reports/form'],
    perClient: { limit: 40, windowSeconds: FIVE_MINUTES },
    gateway: { ratePerSecond: 20, burst: 40 },
  },
  'permit-write': {
    routes: ['POST /api/{commune}/permits', 'PUT /api/{commune}/permits/{code}', 'POST /api/{commune}/permits/{code}/withdraw'],
    perClient: { limit: 20, windowSeconds: FIVE_MINUTES },
    gateway: { ratePerSecond: 10, burst: 20 },
  },
  /** A person's copy or erasure of their data: few by anyone, and a wall against guessing codes and addresses. */
  'privacy-request': {
    routes: [
      'POST /api/{commune}/privacy/copy',
      'POST /api/{commune}/privacy/erasure',
      // The same erasure from « Mon espace », for all the account's requests at once (docs/citizen-space.md).
      'POST /api/{commune}/me/requests/erase',
    ],
    perClient: { limit: 10, windowSeconds: FIVE_MINUTES },
    gateway: { ratePerSecond: 5, burst: 10 },
  },
  /** The reporter's « pas réparé » or rating (a link is needed; the limit is a wall against guessing links). */
  'report-feedback': {
    routes: ['POST /api/{commune}/reports/{code}/reopen', 'POST /api/{commune}/reports/{code}/rating'],
    perClient: { limit: 20, windowSeconds: FIVE_MINUTES },
    gateway: { ratePerSecond: 5, burst: 10 },
  },
  /** Booking, moving and cancelling an appointment (each sends a mail): a person books a few, a script is walled off. */
  'appointment-write': {
    routes: [
      'POST /api/{commune}/appointments',
      'POST /api/{commune}/appointments/{code}/move',
      'DELETE /api/{commune}/appointments/{code}',
    ],
    perClient: { limit: 20, windowSeconds: FIVE_MINUTES },
    gateway: { ratePerSecond: 10, burst: 20 },
  },
  'open311-write': {
    routes: ['POST /api/open311/v2/requests.json'],
    perClient: { limit: 30, windowSeconds: FIVE_MINUTES },
    gateway: { ratePerSecond: 10, burst: 20 },
  },
  'mail-confirmation': {
    routes: ['POST /api/{commune}/confirmations/{token}'],
    perClient: { limit: 30, windowSeconds: FIVE_MINUTES },
    gateway: { ratePerSecond: 10, burst: 20 },
  },
  /** Citizens following a works site by e-mail (each sign-up sends a confirmation mail) and leaving it. */
  'works-watch': {
    routes: ['POST /api/{commune}/works/{id}/watchers', 'DELETE /api/{commune}/works/{id}/watchers/{key}'],
    perClient: { limit: 10, windowSeconds: FIVE_MINUTES },
    gateway: { ratePerSecond: 5, burst: 10 },
  },
  /** The evening-before collection reminder (each sign-up sends a confirmation mail) and leaving it. */
  'collection-reminders': {
    routes: ['POST /api/{commune}/collections/reminders', 'DELETE /api/{commune}/collections/reminders/{key}'],
    perClient: { limit: 10, windowSeconds: FIVE_MINUTES },
    gateway: { ratePerSecond: 5, burst: 10 },
  },
  'sign-in': {
    routes: [
      'POST /api/{commune}/auth/login',
      'POST /api/{commune}/auth/refresh',
      'POST /api/{commune}/auth/new-password',
      'POST /api/{commune}/auth/totp',
      'POST /api/{commune}/auth/totp-setup',
      'POST /api/{commune}/auth/sign-out',
      'POST /api/{commune}/auth/forgot-password',
      'POST /api/{commune}/auth/reset-password',
    ],
    perClient: { limit: 60, windowSeconds: FIVE_MINUTES },
    gateway: { ratePerSecond: 10, burst: 30 },
  },
  /**
   * The citizen sign-in and attaching a request: each start mails a code, so few per address (a person asks for a
   * code or two, types it, perhaps a wrong one), far below what would let a script guess codes or flood mailboxes.
   */
  'citizen-sign-in': {
    routes: [
      'POST /api/{commune}/auth/citizen/start',
      'POST /api/{commune}/auth/citizen/verify',
      'POST /api/{commune}/auth/citizen/refresh',
      'POST /api/{commune}/auth/citizen/sign-out',
      'POST /api/{commune}/auth/citizen/delete-account',
      // The optional password: a password guessed, or a current password tried, counts as a sign-in (its status is a read).
      'POST /api/{commune}/auth/citizen/password-sign-in',
      'POST /api/{commune}/auth/citizen/password',
      'POST /api/{commune}/auth/citizen/federation/start',
      'POST /api/{commune}/auth/citizen/federation/finish',
      'POST /api/{commune}/me/attach',
      'POST /api/{commune}/me/attach/confirm',
      // The other writes of « Mon espace »: a person saves their preferences a few times at most.
      'PUT /api/{commune}/me/preferences',
    ],
    perClient: { limit: 30, windowSeconds: FIVE_MINUTES },
    gateway: { ratePerSecond: 5, burst: 10 },
  },
} as const satisfies Record<string, RouteClass>;
export type RouteClassName = keyof typeof RATE_LIMIT_CLASSES;

/** Every /api request of one client address (reading pages and the map included). */
export const API_PER_CLIENT: RateLimit = { limit: 1500, windowSeconds: FIVE_MINUTES };
/**
 * Every /api request that names one commune, all clients together: a flood aimed at one commune stops
 * there and leaves the others (and the account's shared Lambda and API capacity) to their citizens.
 * Ten times one client's allowance, so that one client alone cannot close a commune.
 */
export const API_PER_COMMUNE: RateLimit = { limit: 15_000, windowSeconds: FIVE_MINUTES };
/** The HTTP API stage's default throttle (routes without a class). */
export const GATEWAY_DEFAULT_THROTTLE: GatewayThrottle = { ratePerSecond: 100, burst: 200 };

/** Where a request names its commune: these path prefixes, or Open311's query argument. */
export function communePathPrefixes(commune: string): string[] {
  return [`/api/${commune}/`, `/api/feeds/${commune}/`];
}
export const COMMUNE_QUERY_ARGUMENT = 'jurisdiction_id';

/** The commune a request counts against (one of `communes`), or undefined. */
export function communeOfRequest(path: string, query: URLSearchParams, communes: readonly string[]): string | undefined {
  const named = query.get(COMMUNE_QUERY_ARGUMENT);
  return communes.find((c) => c === named || communePathPrefixes(c).some((p) => path.startsWith(p)));
}

/** The class of a route, if it has one. */
export function routeClassOf(routeKey: string): RouteClassName | undefined {
  return (Object.keys(RATE_LIMIT_CLASSES) as RouteClassName[]).find((name) =>
    (RATE_LIMIT_CLASSES[name].routes as readonly string[]).includes(routeKey),
  );
}

/** A route path as an anchored regular expression ({params} are one segment), for WAF's regex match. */
export function routePathPattern(path: string): string {
  return `^${path
    .split('/')
    .map((s) => (s.startsWith('{') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/')}$`;
}

/** The public routes that write (every one must have a class). */
export function publicWriteRoutes(): RouteKey[] {
  return ROUTES.filter((r) => r.auth === 'public' && r.method !== 'GET').map((r) => `${r.method} ${r.path}` as RouteKey);
}

/** The same rules, with every limit and throttle multiplied: for test platforms that send many requests from one address. */
export interface RateLimitRules {
  classes: Record<RouteClassName, RouteClass>;
  perClient: RateLimit;
  perCommune: RateLimit;
}
/** 'real': the limits as deployed; 'test': a hundred times higher (browser tests, benchmark). */
export type RateLimitProfile = 'real' | 'test';
const TEST_SCALE = 100;

export function rateLimitRules(profile: RateLimitProfile = 'real'): RateLimitRules {
  const k = profile === 'test' ? TEST_SCALE : 1;
  const scale = (l: RateLimit): RateLimit => ({ ...l, limit: l.limit * k });
  const classes = {} as Record<RouteClassName, RouteClass>;
  for (const name of Object.keys(RATE_LIMIT_CLASSES) as RouteClassName[]) {
    classes[name] = { ...RATE_LIMIT_CLASSES[name], perClient: scale(RATE_LIMIT_CLASSES[name].perClient) };
  }
  return { classes, perClient: scale(API_PER_CLIENT), perCommune: scale(API_PER_COMMUNE) };
}

/**
 * The one body answered past a limit, here and by AWS WAF (whose custom body is static: it cannot say how
 * long to wait, `Retry-After` does). WAF serves it as application/json (its custom bodies cannot be problem+json).
 */
export const RATE_LIMITED_PROBLEM = problem(429, 'Trop de requêtes depuis cette adresse ou pour cette commune : réessayez plus tard.');
