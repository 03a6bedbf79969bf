/**
 * The local platform's own endpoints (/_local/outbox: every mail sent, with its links; /_aws/events: the
 * handlers' EventBridge) answer only to this machine, even when the server listens on more than loopback.
 */
import { isIPv4 } from 'node:net';
import { REALTIME_PATH } from '@tandem/shared';

/** Where the platform listens unless the user asks otherwise (HOST=0.0.0.0 npm start). */
export const DEFAULT_HOST = '127.0.0.1';

/** 127.0.0.0/8, ::1 and IPv4-mapped 127.x (::ffff:127.0.0.1). Anything else, or nothing, is remote. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.toLowerCase().replace(/^::ffff:/, '');
  if (a === '::1' || a === '0:0:0:0:0:0:0:1') return true;
  return isIPv4(a) && a.startsWith('127.');
}

/** Paths only a loopback client may reach (the real-time management API is IAM-guarded in AWS: here, this machine only). */
export const isLoopbackOnlyPath = (path: string) =>
  path === '/_aws' ||
  path.startsWith('/_aws/') ||
  path === '/_local' ||
  path.startsWith('/_local/') ||
  path.startsWith('/_local.') ||
  path.startsWith(`${REALTIME_PATH}/@connections`);
