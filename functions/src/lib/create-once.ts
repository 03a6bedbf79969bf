/**
 * The staff create command shared by the items a staff screen writes (notices, recurrences, map items): a retried
 * request (same Idempotency-Key, same request) is answered with the item it made; otherwise a new id is written with
 * the idempotency record in one transaction (`insertNew`), and a retry that won the race meanwhile is answered as a
 * replay. The sibling of `runVersionedChange` (versioned-change.ts) for the first write.
 */
import type { InsertOutcome } from './insert-new.js';
import { type ApiResult, conflict, json } from './http.js';
import { idempotencyRecord, previousRecord } from './idempotency.js';
import type { TableItem } from './versioned-write.js';

export interface CreateOnceCommand {
  commune: string;
  /** The checked Idempotency-Key, if the client sent one, and the hash of the request. */
  idempotencyKey?: string;
  requestHash: string;
  /** The instant of the creation (ISO), from the handlers' clock. */
  at: string;
  /** The new item's id (made once, before the write). */
  id: string;
  /** What a replay must answer besides the id (kept in the idempotency record: an appointment's manage token). */
  result?: Record<string, string>;
  /** Writes the item with `idem` (the idempotency record, when a key was sent) in one transaction. */
  write(idem: TableItem | undefined): Promise<InsertOutcome>;
  /** The answer for the item of `id`: 201 with its location when just made, a replay (200) otherwise (with its `result`). */
  answer(id: string, replayed: boolean, result?: Record<string, string>): Promise<ApiResult>;
  /** The 409's words when the write lost to another (busy table, id taken). */
  busy: string;
}

export async function runCreateOnce(c: CreateOnceCommand): Promise<ApiResult> {
  const previous = async () => (c.idempotencyKey ? await previousRecord(c.commune, c.idempotencyKey, c.requestHash) : undefined);
  const before = await previous();
  if (before) return c.answer(before.code, true, before.result);
  const idem = c.idempotencyKey ? idempotencyRecord(c.commune, c.idempotencyKey, c.requestHash, c.id, c.at, c.result) : undefined;
  const outcome = await c.write(idem);
  if (outcome === 'idempotency_taken') {
    const won = await previous();
    if (won) return c.answer(won.code, true, won.result);
  }
  if (outcome !== 'created') throw conflict(c.busy);
  return c.answer(c.id, false, c.result);
}

/** A created item's answer: 201 with its Location, or 200 marked as a replay of the request that made it. */
export function createdAnswer(body: unknown, location: string, replayed: boolean): ApiResult {
  return json(replayed ? 200 : 201, body, replayed ? { 'idempotent-replayed': 'true' } : { location });
}
