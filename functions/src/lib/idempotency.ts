/**
 * Idempotency-Key handling shared by every write that a client may retry (filing a report, staff changes):
 * the key is stored with a hash of the request in the same transaction as the write; a retry with the
 * same key and request is answered with the result, the same key with another request is a 422.
 */
import { createHash } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { IDEMPOTENCY_KEY_PATTERN, keys, type IdempotencyItem } from '@tandem/shared';
import { HttpError } from './http.js';
import { ddb, env } from './aws.js';
import { clock } from './clock.js';

export async function getIdempotency(commune: string, key: string): Promise<IdempotencyItem | undefined> {
  const res = await ddb().send(new GetCommand({ TableName: env().tableName, Key: keys.idempotency(commune, key), ConsistentRead: true }));
  return res.Item as IdempotencyItem | undefined;
}

const TTL_SECONDS = 24 * 3600;

export const keyReused = () =>
  new HttpError(422, 'this Idempotency-Key was already used for a different request', [
    { name: 'Idempotency-Key', reason: 'reused with a different request' },
  ]);

export function requestHash(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** Checks the header's format (400 naming Idempotency-Key); undefined when absent. */
export function checkedKey(key: string | undefined): string | undefined {
  if (key === undefined || key === '') return undefined;
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw new HttpError(400, 'Idempotency-Key must be 8 to 100 letters, digits, - or _', [
      { name: 'Idempotency-Key', reason: 'bad format' },
    ]);
  }
  return key;
}

export function idempotencyRecord(
  commune: string,
  key: string,
  hash: string,
  code: string,
  now: string,
  result?: Record<string, string>,
): IdempotencyItem {
  return {
    ...keys.idempotency(commune, key),
    type: 'idempotency',
    requestHash: hash,
    code,
    createdAt: now,
    expiresAt: Math.floor(clock.ms() / 1000) + TTL_SECONDS,
    ...(result ? { result } : {}),
  };
}

/** The report code an earlier request with this key produced, or undefined; 422 if the key served another request. */
export async function previousResult(commune: string, key: string, hash: string): Promise<string | undefined> {
  return (await previousRecord(commune, key, hash))?.code;
}

/** The whole record of an earlier request with this key (code and result); 422 if the key served another request. */
export async function previousRecord(commune: string, key: string, hash: string): Promise<IdempotencyItem | undefined> {
  const idem = await getIdempotency(commune, key);
  if (!idem) return undefined;
  if (idem.requestHash !== hash) throw keyReused();
  return idem;
}
