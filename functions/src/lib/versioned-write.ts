/**
 * The house's one way to change a versioned item: the update is guarded by the version the client saw,
 * and written in one transaction with its timeline item(s), any other items the change needs and the
 * request's idempotency record. 'stale' when the version no longer matches (the caller answers 409);
 * 'replayed' when the idempotency record shows this very request was already applied.
 */
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { NativeAttributeValue } from '@aws-sdk/util-dynamodb';
import { ddb, env } from './aws.js';
import { keyReused } from './idempotency.js';

export type ChangeOutcome = 'applied' | 'stale' | 'replayed';
type Key = { pk: string; sk: string };
/** Any typed table item (an entity's interface, not only a record): the document client marshals it. */
export type TableItem = Key & Record<string, NativeAttributeValue>;
type Item = TableItem;
/** A raw transaction entry for DocumentClient (Put, Update, Delete or ConditionCheck). */
export type TransactEntry = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>[number];

export interface VersionedChange {
  key: Key;
  expectedVersion: number;
  set: Record<string, unknown>;
  remove?: string[];
  /** New items (timeline items first): each must not exist yet. */
  puts: Item[];
  /** Further entries (e.g. an opinion's update) written in the same transaction. */
  more?: TransactEntry[];
  idem?: Item;
  /** A further condition on the item besides its version (an appointment's state), failing as 'stale' too. */
  condition?: { expression: string; names: Record<string, string>; values: Record<string, unknown> };
}

/** DynamoDB cancels a transaction that races another on the same item; the caller retries. */
export function isTransactionConflict(e: TransactionCanceledException): boolean {
  return (e.CancellationReasons ?? []).some((r) => r.Code === 'TransactionConflict');
}
/** How often a write that raced another is tried again, after a short random pause (`waitOutConflict`). */
export const CONFLICT_RETRIES = 3;
export const waitOutConflict = () => new Promise((r) => setTimeout(r, 50 + Math.random() * 100));

/** The key's record exists: this very request was applied (a replay), or the key served another one (422). */
async function replayedOrReused(idem: Item): Promise<'replayed'> {
  const res = await ddb().send(new GetCommand({ TableName: env().tableName, Key: { pk: idem.pk, sk: idem.sk }, ConsistentRead: true }));
  if (res.Item && res.Item.requestHash !== idem.requestHash) throw keyReused();
  return 'replayed';
}

export async function versionedWrite(c: VersionedChange, attempt = 0): Promise<ChangeOutcome> {
  const table = env().tableName;
  const names: Record<string, string> = { '#v': 'version', ...c.condition?.names };
  const values: Record<string, unknown> = { ':expected': c.expectedVersion, ':one': 1, ...c.condition?.values };
  const sets = ['#v = #v + :one'];
  Object.entries(c.set).forEach(([k, v], i) => {
    if (v === undefined) return;
    names[`#s${i}`] = k;
    values[`:s${i}`] = v;
    sets.push(`#s${i} = :s${i}`);
  });
  const removes = (c.remove ?? []).map((k, i) => {
    names[`#r${i}`] = k;
    return `#r${i}`;
  });
  const entries: TransactEntry[] = [
    {
      Update: {
        TableName: table,
        Key: c.key,
        UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
        ConditionExpression: `attribute_exists(pk) AND #v = :expected${c.condition ? ` AND (${c.condition.expression})` : ''}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
    ...(c.idem ? [{ Put: { TableName: table, Item: c.idem, ConditionExpression: 'attribute_not_exists(pk)' } }] : []),
    ...c.puts.map((Item) => ({ Put: { TableName: table, Item, ConditionExpression: 'attribute_not_exists(pk)' } })),
    ...(c.more ?? []),
  ];
  try {
    await ddb().send(new TransactWriteCommand({ TransactItems: entries }));
    return 'applied';
  } catch (e) {
    if (e instanceof TransactionCanceledException) {
      const reasons = e.CancellationReasons ?? [];
      if (c.idem && reasons[1]?.Code === 'ConditionalCheckFailed') return replayedOrReused(c.idem);
      if (reasons[0]?.Code === 'ConditionalCheckFailed') return 'stale';
      if (isTransactionConflict(e) && attempt < CONFLICT_RETRIES) {
        // Another change is being written right now: once it lands, the version check decides.
        await waitOutConflict();
        return versionedWrite(c, attempt + 1);
      }
    }
    throw e;
  }
}
