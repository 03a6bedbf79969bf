/** The idempotency record: an Idempotency-Key with the hash of the request it served, kept 24 h (TTL). */
import { communePrefix } from './key-parts.js';

export const IDEMPOTENCY_SK: '#IDEM' = '#IDEM';

export const idempotencyKeys = {
  idempotency: (commune: string, key: string) => ({ pk: `${communePrefix(commune)}IDEM#${key}`, sk: IDEMPOTENCY_SK }),
};

export interface IdempotencyItem {
  pk: string;
  sk: typeof IDEMPOTENCY_SK;
  type: 'idempotency';
  requestHash: string;
  code: string;
  createdAt: string;
  expiresAt: number;
  /** What a replay must answer besides the code (a permit's private key). */
  result?: Record<string, string>;
}
