/**
 * The staff change command shared by every versioned work item (reports, permits…): a retried request
 * (same Idempotency-Key, same request) is answered as the item is now; a stale version is a 409 unless
 * this very request already landed; otherwise the change is built from the item as read and written by
 * `versionedWrite` (the change, its timeline item(s) and the idempotency record in one transaction).
 * Its sibling `runVersionedDelete` removes such an item under the same version rule, with its audit entry.
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { AuditEntryItem } from '@tandem/shared';
import { ddb, env } from './aws.js';
import { auditPut } from './audit.js';
import type { ApiResult, HttpError } from './http.js';
import { idempotencyRecord, previousResult } from './idempotency.js';
import {
  type ChangeOutcome,
  type TransactEntry,
  type VersionedChange,
  CONFLICT_RETRIES,
  isTransactionConflict,
  versionedWrite,
  waitOutConflict,
} from './versioned-write.js';

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

export interface VersionedDeleteCommand<E extends Key & { version: number }> {
  /** The item as read before the delete (access already checked by the caller). */
  current: E;
  /** The version the client saw (the `version` query parameter). */
  expectedVersion: number;
  /** The delete's audit entry, written in the same transaction. */
  audit: AuditEntryItem;
  /** Further entries that go with the item (e.g. a map item's cell copies). */
  more?: TransactEntry[];
  /** The 409 for a stale version (the item's current version in its extras). */
  stale(current: E): HttpError;
  /** Reads the item again to describe a conflict lost at write time. */
  reload(): Promise<E | undefined>;
}

/**
 * The staff delete of a versioned item: the item goes only at the version the client saw (else 409, one winner),
 * in one transaction with what goes with it and its audit entry; answered 204. A retry after it landed finds no
 * item (the caller's 404) and writes nothing: the delete happens, and is audited, once.
 */
export async function runVersionedDelete<E extends Key & { version: number }>(c: VersionedDeleteCommand<E>): Promise<ApiResult> {
  if (c.current.version !== c.expectedVersion) throw c.stale(c.current);
  const entries: TransactEntry[] = [
    {
      Delete: {
        TableName: env().tableName,
        Key: { pk: c.current.pk, sk: c.current.sk },
        ConditionExpression: '#v = :v',
        ExpressionAttributeNames: { '#v': 'version' },
        ExpressionAttributeValues: { ':v': c.expectedVersion },
      },
    },
    ...(c.more ?? []),
    auditPut(c.audit),
  ];
  for (let attempt = 0; ; attempt++) {
    try {
      await ddb().send(new TransactWriteCommand({ TransactItems: entries }));
      return { statusCode: 204, headers: { 'cache-control': 'no-store' }, body: '' };
    } catch (e) {
      if (!(e instanceof TransactionCanceledException)) throw e;
      // Another change is being written right now: once it lands, the version check decides.
      if (isTransactionConflict(e) && attempt < CONFLICT_RETRIES) await waitOutConflict();
      else throw c.stale((await c.reload()) ?? c.current);
    }
  }
}
