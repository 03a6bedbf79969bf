/**
 * How `npm run cost` acts on the local platform as browsers and consumers would, through its HTTP API, its uploads and
 * its socket, counting on the meter what happens outside the functions: every request through CloudFront (and the
 * bytes it sends out), every browser upload straight to S3, every frame on the socket.
 */
import { randomBytes } from 'node:crypto';
import type WebSocket from 'ws';
import { DEPARTMENT_GROUP_PREFIX } from '@tandem/shared';
import type { Meter } from './meter.js';
import { closeSocket, openStaffSocket } from '../staff-socket.js';

/** Bytes of a response's status line and headers, as sent. */
function headerBytes(res: Response): number {
  let n = 17; // "HTTP/1.1 200 OK\r\n"
  res.headers.forEach((v, k) => {
    n += k.length + v.length + 4;
  });
  return n + 2;
}

export interface SignedIn {
  auth: Record<string, string>;
  sub: string;
  idToken: string;
  departments: string[];
}

export interface Answer<T> {
  status: number;
  body: T;
  headers: Headers;
}

export class CostClient {
  constructor(
    readonly base: string,
    private readonly meter: Meter,
  ) {}

  /** A request through CloudFront to the API; a 4xx or 5xx throws (what is measured must be what a user does). */
  async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer<T>> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    this.meter.add('cdnRequests', 1);
    this.meter.add('cdnBytes', Buffer.byteLength(text) + headerBytes(res));
    if (res.status >= 400) throw new Error(`${method} ${path} → ${res.status}: ${text.slice(0, 300)}`);
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, headers: res.headers };
  }

  /** A staff sign-in (no TOTP step: agents and workers): the Authorization header, the person's sub and departments. */
  async signIn(commune: string, username: string, password: string): Promise<SignedIn> {
    const r = await this.call<{ step: string; idToken?: string }>('POST', `/api/${commune}/auth/login`, { username, password });
    if (!r.body.idToken) throw new Error(`sign-in of ${username} stopped at step ${r.body.step}`);
    const claims = JSON.parse(Buffer.from(r.body.idToken.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    const departments = ((claims['cognito:groups'] as string[] | undefined) ?? [])
      .filter((g) => g.startsWith(DEPARTMENT_GROUP_PREFIX))
      .map((g) => g.slice(DEPARTMENT_GROUP_PREFIX.length));
    return { auth: { authorization: `Bearer ${r.body.idToken}` }, sub: String(claims.sub), idToken: r.body.idToken, departments };
  }

  /** An upload as a browser makes it: the ticket through the API, then the bytes straight to the bucket (presigned POST). */
  async upload(commune: string, bytes: Buffer, contentType: string, purpose: 'photo' | 'document'): Promise<string> {
    const t = await this.call<{ url: string; key: string; fields: Record<string, string> }>('POST', `/api/${commune}/uploads`, {
      purpose,
      contentType,
      size: bytes.length,
    });
    const form = new FormData();
    for (const [k, v] of Object.entries(t.body.fields)) form.append(k, v);
    form.append('file', new Blob([new Uint8Array(bytes)], { type: contentType }), purpose === 'photo' ? 'photo.jpg' : 'document.pdf');
    const res = await fetch(t.body.url, { method: 'POST', body: form });
    await res.arrayBuffer();
    if (res.status >= 300) throw new Error(`upload → ${res.status}`);
    this.meter.add('s3PutRequests', 1);
    return t.body.key;
  }
}

/** A photo of the size a phone sends after the browser's resize (JPEG's magic bytes, then noise: what the checks read). */
export function photoOfSize(bytes: number): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(bytes - 4)]);
}

/** A socket of the staff app: each frame sent and each reply counted as a WebSocket message. */
export class CostSocket {
  private replies: ((m: Record<string, unknown>) => void)[] = [];
  private constructor(
    readonly ws: WebSocket,
    private readonly meter: Meter,
  ) {
    ws.on('message', (data) => {
      const m = JSON.parse(data.toString()) as Record<string, unknown>;
      if (m.type) this.replies.shift()?.(m);
    });
  }

  static async open(url: string, commune: string, token: string, meter: Meter): Promise<CostSocket> {
    const ws = await openStaffSocket(url, commune, token);
    meter.add('wsConnections', 1);
    meter.add('cdnRequests', 1);
    return new CostSocket(ws, meter);
  }

  /** Sends a message and waits for its reply (`subscribed`, `pong`…). */
  async send(message: Record<string, unknown>): Promise<Record<string, unknown>> {
    const reply = new Promise<Record<string, unknown>>((ok) => this.replies.push(ok));
    this.ws.send(JSON.stringify(message));
    const r = await reply;
    this.meter.add('wsClientMessages', 2);
    if (r.type === 'error') throw new Error(`socket: ${JSON.stringify(r)}`);
    return r;
  }

  close(): Promise<void> {
    return closeSocket(this.ws);
  }
}
