/** Small fetch helpers for the same-origin API. Errors carry the RFC 9457 problem when there is one. */
import type { InvalidParam, Problem } from '@tandem/shared/problem';
// Every island that talks to the API parses with zod: no eval under the site's CSP.
import './zod-without-eval';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
  get invalidParams(): InvalidParam[] {
    return this.problem?.['invalid-params'] ?? [];
  }
}
/** The request never got an answer (offline, server down). */
export class NetworkError extends Error {}

export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  return apiAnswer<T>(apiRequest(path, init));
}

/** The request as apiFetch sends it (JSON accepted, a string body as JSON), its answer not read yet. */
export function apiRequest(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.body && typeof init.body === 'string' && !headers.has('content-type')) headers.set('content-type', 'application/json');
  headers.set('accept', 'application/json, application/problem+json');
  return fetch(path, { ...init, headers });
}

/** An answer read as apiFetch reads it: the JSON body, else an ApiError with its problem, or a NetworkError. */
export async function apiAnswer<T>(response: Promise<Response>): Promise<T> {
  let res: Response;
  try {
    res = await response;
  } catch (e) {
    throw new NetworkError(String(e));
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!res.ok) throw new ApiError(res.status, body && typeof body === 'object' ? (body as Problem) : undefined);
  return body as T;
}

export const apiPath = (commune: string, rest: string) => `/api/${encodeURIComponent(commune)}/${rest}`;

/** A UUID v4 even where crypto.randomUUID is missing (insecure origins, old browsers). */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
