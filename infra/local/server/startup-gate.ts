/**
 * Until the platform is ready (provisioned and seeded), the local server answers "Tandem démarre…":
 * a French page for the site (503, Retry-After, reloads itself) and a 503 problem for /api/*. The
 * seeder's own requests carry this start's one-time token in a header and go through the real API path;
 * the header is removed before the request becomes an API Gateway event, so no handler ever sees it.
 * `/_aws/*` (the handlers' own EventBridge endpoint) is always open: the stream runs while seeding.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendProblem } from './problem-response.js';
import { startingPageHtml } from './starting-page.js';

export const STARTUP_HEADER = 'x-tandem-startup';
/** Seconds a client is asked to wait before trying again. */
export const STARTING_RETRY_AFTER = 2;

export class StartupGate {
  readonly token = randomBytes(24).toString('base64url');
  private open = false;

  get ready(): boolean {
    return this.open;
  }

  markReady(): void {
    this.open = true;
  }

  /**
   * Whether the request may be served now; removes the startup header in any case. When it may not, the
   * "starting" answer has been sent.
   */
  admit(req: IncomingMessage, path: string, res: ServerResponse): boolean {
    const presented = req.headers[STARTUP_HEADER];
    delete req.headers[STARTUP_HEADER];
    if (this.open || path === '/_aws' || path.startsWith('/_aws/')) return true;
    if (typeof presented === 'string' && sameToken(presented, this.token)) return true;
    sendStarting(req.method ?? 'GET', path, res);
    return false;
  }
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function sendStarting(method: string, path: string, res: ServerResponse): void {
  const headers = { 'retry-after': String(STARTING_RETRY_AFTER), 'cache-control': 'no-store' };
  if (path === '/api' || path.startsWith('/api/')) {
    sendProblem(res, 503, 'Tandem démarre : réessayez dans quelques secondes.', {}, headers);
    return;
  }
  res.writeHead(503, { ...headers, 'content-type': 'text/html; charset=utf-8' });
  res.end(method === 'HEAD' ? undefined : startingPageHtml(STARTING_RETRY_AFTER));
}
