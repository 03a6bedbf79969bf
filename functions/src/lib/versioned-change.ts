/**
 * The staff change command shared by every versioned work item (reports, permits…): a retried request
 * (same Idempotency-Key, same request) is answered as the item is now; a stale version is a 409 unless
 * this very request already landed; otherwise the change is built from the item as read and written by
 * `versionedWrite` (the change, its timeline item(s) and the idempotency record in one transaction).
 */
import type { ApiResult, HttpError } from './http.js';
import { idempotencyRecord, previousResult } from './idempotency.js';
import { type ChangeOutcome, type VersionedChange, versionedWrite } from './versioned-write.js';

type Key = { pk: string; sk: string };

/** What a change writes besides the version bump and the idempotency record. */
export type ItemChange = Pick<VersionedChange, 'set' | 'remove' | 'puts' | 'more'>;

export interface VersionedChangeCommand<E extends Key & { version: number }> {
  commune: string;
  /** The item's code, recorded with the idempotency key. */
  code: string;
  /** The item as read before the change (access already checked by the caller). */
  current: E;
  /** The version the client saw. */
  expectedVersion: number;
  /** The checked Idempotency-Key, if the client sent one, and the hash of the request. */
  idempotencyKey?: string;
  requestHash: string;
  /** The instant of the change (ISO), from the handlers' clock. */
  at: string;
  /** The change to write, given the item as read. */
  build(current: E): ItemChange | Promise<ItemChange>;
  /** The 409 for a stale version (the item's current version and state in its extras). */
  stale(current: E): HttpError;
  /** The answer: the item as it is now; `replayed` when the request had already been applied. */
  answer(replayed: boolean): Promise<ApiResult>;
  /** Reads the item again to describe a conflict lost at write time. */
  reload?(): Promise<E | undefined>;
}

export async function runVersionedChange<E extends Key & { version: number }>(c: VersionedChangeCommand<E>): Promise<ApiResult> {
  const replayed = async () => Boolean(c.idempotencyKey && (await previousResult(c.commune, c.idempotencyKey, c.requestHash)));
  if (await replayed()) return c.answer(true);
  if (c.current.version !== c.expectedVersion) {
    // The same request may have landed between the two reads.
    if (await replayed()) return c.answer(true);
    throw c.stale(c.current);
  }
  const change = await c.build(c.current);
  const outcome: ChangeOutcome = await versionedWrite({
    key: { pk: c.current.pk, sk: c.current.sk },
    expectedVersion: c.expectedVersion,
    set: { ...change.set, updatedAt: c.at },
    ...(change.remove ? { remove: change.remove } : {}),
    puts: change.puts,
    ...(change.more ? { more: change.more } : {}),
    ...(c.idempotencyKey ? { idem: idempotencyRecord(c.commune, c.idempotencyKey, c.requestHash, c.code, c.at) } : {}),
  });
  if (outcome === 'stale') throw c.stale((await c.reload?.()) ?? c.current);
  return c.answer(outcome === 'replayed');
}
