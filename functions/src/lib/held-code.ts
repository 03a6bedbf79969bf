/**
 * A step waiting for a code the person received (a citizen sign-in, an attachment: docs/citizen-space.md): one
 * short-lived item keyed by the SHA-256 of a random handle that only the browser holds, with its count of wrong
 * codes and its end (`expiresAt`, epoch seconds, also the table's TTL, which deletes late).
 */
import { createHash, randomBytes } from 'node:crypto';
import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ddb, env } from './aws.js';
import { clock } from './clock.js';

type Key = { pk: string; sk: string };

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The browser's handle of a new step (only its hash is ever stored). */
export const newHandle = () => randomBytes(32).toString('base64url');

/** The end of a step begun now and lasting `minutes` (epoch seconds). */
export const endsAfter = (minutes: number) => Math.floor(clock.ms() / 1000) + minutes * 60;

/** The step under this key, unless it has ended (the TTL deletes late: the time is checked here). */
export async function heldStep<T extends { expiresAt: number }>(key: Key): Promise<T | undefined> {
  const res = await ddb().send(new GetCommand({ TableName: env().tableName, Key: key, ConsistentRead: true }));
  const item = res.Item as T | undefined;
  return item && item.expiresAt * 1000 > clock.ms() ? item : undefined;
}

/** A wrong code: counted; answers the count (throws when the step is gone). */
export async function countWrongCode(key: Key): Promise<number> {
  const res = await ddb().send(
    new UpdateCommand({
      TableName: env().tableName,
      Key: key,
      UpdateExpression: 'ADD attempts :one',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(res.Attributes?.attempts ?? 0);
}

/** Ends a step; true for the one request that removed it (two requests with the right code: one wins). */
export async function releaseStep(key: Key): Promise<boolean> {
  const res = await ddb().send(new DeleteCommand({ TableName: env().tableName, Key: key, ReturnValues: 'ALL_OLD' }));
  return res.Attributes !== undefined;
}
