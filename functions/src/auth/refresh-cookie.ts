/**
 * The refresh-token cookies of the staff and citizen sign-ins (docs/staff-sign-in.md, docs/citizen-space.md):
 * HttpOnly, SameSite=Strict, scoped to the sign-in routes' folder, Secure everywhere but on a loopback http:// site
 * (the local platform, where browsers would drop it).
 */
import { env } from '../lib/aws.js';
import type { ApiEvent } from '../lib/http.js';

/** The sign-in cookies' attributes; `Lax` only for a cookie that must come back from another site (the FAS return). */
export function cookieAttributes(path: string, sameSite: 'Strict' | 'Lax' = 'Strict'): string {
  const site = new URL(env().publicBaseUrl);
  const loopbackHttp = site.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(site.hostname);
  return `Path=${path}; HttpOnly; SameSite=${sameSite}${loopbackHttp ? '' : '; Secure'}`;
}

/** `maxAgeSeconds`: kept after the browser closes; without it, gone with the browser's session. */
export function refreshCookie(name: string, path: string, token: string, maxAgeSeconds?: number): string {
  return `${name}=${token}; ${cookieAttributes(path)}${maxAgeSeconds ? `; Max-Age=${maxAgeSeconds}` : ''}`;
}

export function clearedCookie(name: string, path: string): string {
  return `${name}=; ${cookieAttributes(path)}; Max-Age=0`;
}

/** A cookie's value from the request (payload 2.0 puts them in `cookies`, one "name=value" each). */
export function cookieValue(event: ApiEvent, name: string): string | undefined {
  const prefix = `${name}=`;
  const value = (event.cookies ?? [])
    .find((c) => c.startsWith(prefix))
    ?.slice(prefix.length)
    .trim();
  return value || undefined;
}
