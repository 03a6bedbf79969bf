/**
 * Replaces an item whole if the stored one is still the version the writer read (none: `undefined`, the item must not
 * exist yet), with its audit entry in the same transaction: the commit of an import (the address register's pointer,
 * a year of the collection calendar). False when another writer came first.
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntryItem } from '@tandem/shared';
import { ddb, env } from './aws.js';
import { auditPut } from './audit.js';
import type { TableItem } from './versioned-write.js';

export async function putIfVersion(item: TableItem, expected: string | number | undefined, audit?: AuditEntryItem): Promise<boolean> {
  try {
    await ddb().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: env().tableName,
              Item: item,
              ConditionExpression: expected === undefined ? 'attribute_not_exists(pk)' : 'version = :expected',
              ...(expected === undefined ? {} : { ExpressionAttributeValues: { ':expected': expected } }),
            },
          },
          ...(audit ? [auditPut(audit)] : []),
        ],
      }),
    );
    return true;
  } catch (e) {
    if ((e as { name?: string }).name === 'TransactionCanceledException') return false;
    throw e;
  }
}
