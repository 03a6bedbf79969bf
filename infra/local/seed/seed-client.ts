/**
 * How the seeders talk to the platform: plain HTTP to the local server, through the same route table,
 * events and handlers as any client. While the platform starts, the server answers everyone else
 * "Tandem démarre…" (503); the seeder's requests carry the start's one-time token and go through.
 */
import { createHash } from 'node:crypto';
import { STARTUP_HEADER } from '../server/startup-gate.js';

export class SeedClient {
  constructor(
    readonly base: string,
    private readonly startupToken: string,
    /** The current TOTP code of a demo account (demo admins must give one: see provision/demo-totp.ts). */
    private readonly totpCode?: (username: string) => string,
  ) {}

  /** `raw`: a body sent as it is (its content-type in `headers`), instead of `body` as JSON (the address register's CSV). */
  async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    raw?: string,
  ): Promise<T> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: { [STARTUP_HEADER]: this.startupToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(raw !== undefined ? { body: raw } : body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text.slice(0, 300)}`);
    return JSON.parse(text) as T;
  }

  /** Every item of a paged list (`{ items, cursor? }`). */
  async all<T>(path: string, headers: Record<string, string>): Promise<T[]> {
    const out: T[] = [];
    let cursor: string | undefined;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const page = await this.call<{ items: T[]; cursor?: string }>(
        'GET',
        `${path}${cursor ? `${sep}cursor=${encodeURIComponent(cursor)}` : ''}`,
        undefined,
        headers,
      );
      out.push(...page.items);
      cursor = page.cursor;
    } while (cursor);
    return out;
  }

  /** A staff sign-in: the Authorization header of that account. */
  async signIn(commune: string, username: string, password: string): Promise<Record<string, string>> {
    let t = await this.call<{ step: string; idToken?: string; session?: string }>('POST', `/api/${commune}/auth/login`, {
      username,
      password,
    });
    if (t.step === 'totp' && this.totpCode) {
      t = await this.call('POST', `/api/${commune}/auth/totp`, { username, session: t.session, code: this.totpCode(username) });
    }
    if (!t.idToken) throw new Error(`sign-in of ${username} stopped at step ${t.step}`);
    return { authorization: `Bearer ${t.idToken}` };
  }

  /** Uploads bytes with a presigned POST (straight to the bucket, as a browser does) and returns the key. */
  async upload(
    commune: string,
    bytes: Buffer,
    contentType: string,
    filename: string,
    purpose: 'photo' | 'document' = 'document',
  ): Promise<string> {
    const t = await this.call<{ url: string; key: string; fields: Record<string, string> }>('POST', `/api/${commune}/uploads`, {
      purpose,
      contentType,
      size: bytes.length,
    });
    const form = new FormData();
    for (const [k, v] of Object.entries(t.fields)) form.append(k, v);
    form.append('file', new Blob([new Uint8Array(bytes)], { type: contentType }), filename);
    const res = await fetch(t.url, { method: 'POST', body: form });
    if (res.status >= 300) throw new Error(`upload → ${res.status}`);
    return t.key;
  }
}

/**
 * The Idempotency-Key of one demo creation: the item's place in the demo list and a hash of the request,
 * so a retry of the same request is answered with the first result, and a request that differs (dates are
 * relative to today) never meets the record of another one (422). Duplicates are prevented by looking up
 * what exists first; the key only covers a request whose answer was lost.
 */
export function demoKey(kind: string, commune: string, index: number, body: unknown): string {
  return `demo-${kind}-${commune}-${index}-${createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16)}`;
}
