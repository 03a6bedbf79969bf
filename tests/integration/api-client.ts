/**
 * Calls the API the way API Gateway would: the shared route table picks the handler, the local runtime's
 * event builder makes the v2 event, and the real handler runs against the real local stand-ins, as its function
 * (with the local access checks, installed by tests/support/handler-env.setup.ts).
 */
import { matchRoute } from '@tandem/shared';
import { buildApiEvent } from '../../infra/local/server/api-event.js';
import { invokeHandler } from '../../infra/local/handlers/load-handler.js';
import { demoTotpCode } from '../../infra/local/provision/demo-totp.js';
import { localDataDir } from '../support/local-env.js';
import { join } from 'node:path';

export interface ApiResponse<T = any> {
  status: number;
  headers: Record<string, string>;
  body: T;
  /** The Set-Cookie values (payload 2.0 `cookies`), as API Gateway sends them. */
  cookies?: string[];
}

export async function api<T = any>(
  method: string,
  url: string,
  opts: { body?: unknown; headers?: Record<string, string>; raw?: string } = {},
): Promise<ApiResponse<T>> {
  const path = url.split('?')[0];
  const match = matchRoute(method, path);
  if (!('route' in match))
    return { status: 404, headers: { 'content-type': 'application/json' }, body: { message: 'Not Found' } as T, cookies: [] }; // as API Gateway
  const headers: Record<string, string> = {
    host: 'localhost:4321',
    ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
    ...opts.headers,
  };
  const payload = opts.raw ?? (opts.body !== undefined ? JSON.stringify(opts.body) : '');
  const event = buildApiEvent({ method, url, headers, body: Buffer.from(payload), sourceIp: '127.0.0.1' }, match);
  const res = (await invokeHandler(match.route.handler, event)) as {
    statusCode: number;
    body?: string;
    headers?: Record<string, unknown>;
    cookies?: string[];
  };
  const text = res.body ?? '';
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  const h: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers ?? {})) h[k.toLowerCase()] = String(v);
  return { status: res.statusCode, headers: h, body: body as T, cookies: res.cookies ?? [] };
}

export const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/** A plausible report in Soignies, near the Grand-Place. */
export function sampleReport(over: Record<string, unknown> = {}) {
  return {
    category: 'voirie',
    location: { lat: 50.5794 + Math.random() * 0.0005, lng: 4.0714 + Math.random() * 0.0005 },
    description: 'Un nid-de-poule profond devant la boulangerie',
    answers: { taille: 'moyen' },
    email: 'citoyen@example.org',
    name: 'Jeanne Citoyenne',
    ...over,
  };
}

/**
 * A staff sign-in through the API, with the TOTP step demo admins must pass (the code computed from the demo
 * secret in the platform's data folder, as /_local/totp shows it): the ID token.
 */
export async function signIn(commune: string, username: string, password: string): Promise<string> {
  let r = await api('POST', `/api/${commune}/auth/login`, { body: { username, password } });
  if (r.status === 200 && r.body.step === 'totp') {
    const code = demoTotpCode(join(localDataDir(), 'identity'), username);
    r = await api('POST', `/api/${commune}/auth/totp`, { body: { username, session: r.body.session, code } });
  }
  if (r.status !== 200 || r.body.step !== 'signed-in') throw new Error(`sign-in failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.idToken;
}

/** The smallest valid JPEG header plus padding: enough for magic-number checks. */
export function tinyJpeg(size = 2048): Buffer {
  const b = Buffer.alloc(size, 0x20);
  b.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00], 0);
  b.set([0xff, 0xd9], size - 2);
  return b;
}

/** Uploads bytes with an upload ticket, as the browser does (multipart POST to the presigned URL). */
export async function uploadWithTicket(
  ticket: { url: string; fields: Record<string, string> },
  bytes: Buffer,
  type: string,
): Promise<number> {
  const form = new FormData();
  for (const [k, v] of Object.entries(ticket.fields)) form.append(k, v);
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), 'photo');
  const res = await fetch(ticket.url, { method: 'POST', body: form });
  return res.status;
}
