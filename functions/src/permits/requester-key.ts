/**
 * The request's private key: what the requester holds instead of an account. It opens the requester's
 * view (personal data, documents) and lets them complete or withdraw; the tracking code alone shows only
 * public fields.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { REQUESTER_KEY_HEADER } from '@tandem/shared';
import { HttpError, header, type ApiEvent } from '../lib/http.js';

export function newRequesterKey(): string {
  return randomBytes(18).toString('base64url');
}

export function sameKey(given: string, stored: string | undefined): boolean {
  if (!stored) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(stored);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The key sent with the request: undefined when absent; 403 when it does not open this request. */
export function requesterKeyOf(event: ApiEvent, stored: string | undefined): 'valid' | undefined {
  const given = header(event, REQUESTER_KEY_HEADER);
  if (!given) return undefined;
  if (!sameKey(given, stored))
    throw new HttpError(403, 'this private key does not open this request', [{ name: REQUESTER_KEY_HEADER, reason: 'wrong key' }]);
  return 'valid';
}

/** For the requester's own actions: 401 without a key, 403 with a wrong one. */
export function requireRequesterKey(event: ApiEvent, stored: string | undefined): void {
  if (!requesterKeyOf(event, stored)) {
    throw new HttpError(401, 'send the private key of this request (the link you received) to change it', [
      { name: REQUESTER_KEY_HEADER, reason: 'missing' },
    ]);
  }
}
