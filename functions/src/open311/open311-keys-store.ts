/** Open311 API keys in the table (shared/src/entities/open311-key.ts): issue, list, revoke, verify. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { keys, open311KeyId, open311KeyItem, type Open311KeyItem, type Open311KeyView } from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';
import { clock } from '../lib/clock.js';

const sha256 = (key: string) => createHash('sha256').update(key).digest('hex');
const view = ({ id, application, createdAt, createdBy }: Open311KeyItem): Open311KeyView => ({ id, application, createdAt, createdBy });

/** Stores a key (given, for the local demo key, or new) and returns it with its view: the key is never readable again. */
export async function issueOpen311Key(
  commune: string,
  application: string,
  createdBy: string,
  given?: string,
): Promise<Open311KeyView & { key: string }> {
  const key = given ?? `${randomBytes(6).toString('hex')}.${randomBytes(24).toString('base64url')}`;
  const id = open311KeyId(key);
  if (!id) throw new Error('not an Open311 key');
  const item = open311KeyItem(commune, { id, application, keyHash: sha256(key), createdAt: clock.iso(), createdBy });
  await ddb().send(new PutCommand({ TableName: env().tableName, Item: item }));
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

/** Revokes a key; false when the commune has no key with this id. */
export async function revokeOpen311Key(commune: string, id: string): Promise<boolean> {
  try {
    await ddb().send(
      new DeleteCommand({ TableName: env().tableName, Key: keys.open311Key(commune, id), ConditionExpression: 'attribute_exists(pk)' }),
    );
    return true;
  } catch (e) {
    if (e instanceof ConditionalCheckFailedException) return false;
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
