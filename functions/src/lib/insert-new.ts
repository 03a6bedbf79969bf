/**
 * Creates a new entity (report, permit) with its first timeline item and, optionally, the request's
 * idempotency record, all or nothing.
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { ddb, env } from './aws.js';
import { isTransactionConflict, type TableItem } from './versioned-write.js';

/** `unique_taken`: one of the `appendOnly` items exists already (an appointment's slot cell: someone booked it first). */
export type InsertOutcome = 'created' | 'code_taken' | 'idempotency_taken' | 'unique_taken' | 'busy';
type Item = TableItem;

/**
 * `more`: further new items of the entity (written after the idempotency record, which stays third); `appendOnly`:
 * items that must not exist yet (the audit entry).
 */
export async function insertNew(
  entity: Item,
  first: Item,
  idem?: Item,
  more: Item[] = [],
  appendOnly: Item[] = [],
): Promise<InsertOutcome> {
  const TableName = env().tableName;
  try {
    await ddb().send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName, Item: entity, ConditionExpression: 'attribute_not_exists(pk)' } },
          { Put: { TableName, Item: first } },
          ...(idem ? [{ Put: { TableName, Item: idem, ConditionExpression: 'attribute_not_exists(pk)' } }] : []),
          ...more.map((Item) => ({ Put: { TableName, Item } })),
          ...appendOnly.map((Item) => ({ Put: { TableName, Item, ConditionExpression: 'attribute_not_exists(pk)' } })),
        ],
      }),
    );
    return 'created';
  } catch (e) {
    if (e instanceof TransactionCanceledException) {
      const reasons = e.CancellationReasons ?? [];
      if (idem && reasons[2]?.Code === 'ConditionalCheckFailed') return 'idempotency_taken';
      if (reasons[0]?.Code === 'ConditionalCheckFailed') return 'code_taken';
      const firstAppendOnly = (idem ? 3 : 2) + more.length;
      if (reasons.slice(firstAppendOnly).some((r) => r?.Code === 'ConditionalCheckFailed')) return 'unique_taken';
      if (isTransactionConflict(e)) return 'busy';
    }
    throw e;
  }
}
