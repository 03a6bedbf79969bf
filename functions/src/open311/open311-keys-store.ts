/** Open311 API keys in the table (shared/src/entities/open311-key.ts): issue, list, revoke, verify. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { keys, open311KeyId, open311KeyItem, type AuditEntryItem, type Open311KeyItem, type Open311KeyView } from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';
import { clock } from '../lib/clock.js';
import { auditPut } from '../lib/audit.js';

/** The audit entry of a change to a key (its id, the change's instant), written in the change's transaction. */
export type KeyAudit = (id: string, at: string) => AuditEntryItem;

const sha256 = (key: string) => createHash('sha256').update(key).digest('hex');
const view = ({ id, application, createdAt, createdBy }: Open311KeyItem): Open311KeyView => ({ id, application, createdAt, createdBy });

/**
 * Stores a key (given, for the local demo key, or new) and returns it with its view: the key is never readable again.
 * With `audit`, the key and its audit entry are written in one transaction.
 */
export async function issueOpen311Key(
  commune: string,
  application: string,
  createdBy: string,
  given?: string,
  audit?: KeyAudit,
): Promise<Open311KeyView & { key: string }> {
  const key = given ?? `${randomBytes(6).toString('hex')}.${randomBytes(24).toString('base64url')}`;
  const id = open311KeyId(key);
  if (!id) throw new Error('not an Open311 key');
  const item = open311KeyItem(commune, { id, application, keyHash: sha256(key), createdAt: clock.iso(), createdBy });
  const TableName = env().tableName;
  if (audit) {
    await ddb().send(
      new TransactWriteCommand({ TransactItems: [{ Put: { TableName, Item: item } }, auditPut(audit(id, item.createdAt))] }),
    );
  } else await ddb().send(new PutCommand({ TableName, Item: item }));
  return { ...view(item), key };
}

export async function listOpen311Keys(commune: string): Promise<Open311KeyView[]> {
  const out = await ddb().send(
    new QueryCommand({
      TableName: env().tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.open311KeysPk(commune) },
    }),
  );
  return ((out.Items ?? []) as Open311KeyItem[]).map(view).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Revokes a key, with its audit entry in the same transaction; false when the commune has no key with this id. */
export async function revokeOpen311Key(commune: string, id: string, audit: KeyAudit): Promise<boolean> {
  const TableName = env().tableName;
  try {
    await ddb().send(
      new TransactWriteCommand({
        TransactItems: [
          { Delete: { TableName, Key: keys.open311Key(commune, id), ConditionExpression: 'attribute_exists(pk)' } },
          auditPut(audit(id, clock.iso())),
        ],
      }),
    );
    return true;
  } catch (e) {
    if (e instanceof TransactionCanceledException && e.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed') return false;
    throw e;
  }
}

/** Whether `presented` is a key the commune issued and has not revoked. */
export async function isValidOpen311Key(commune: string, presented: string | undefined): Promise<boolean> {
  const id = presented ? open311KeyId(presented) : undefined;
  if (!presented || !id) return false;
  const out = await ddb().send(new GetCommand({ TableName: env().tableName, Key: keys.open311Key(commune, id) }));
  const stored = (out.Item as Open311KeyItem | undefined)?.keyHash;
  if (!stored) return false;
  return timingSafeEqual(Buffer.from(stored, 'hex'), Buffer.from(sha256(presented), 'hex'));
}
