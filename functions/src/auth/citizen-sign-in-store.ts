/**
 * Citizen sign-ins waiting for their e-mail code (shared/src/entities/citizen.ts): the implementation's session,
 * kept here behind a random handle (only its hash is the key), with the count of wrong codes and a short life
 * (CITIZEN_CODE), whichever implementation runs. The browser never sees the implementation's session, so nothing
 * in an answer tells a new address from a known one.
 */
import { createHash, randomBytes } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { CITIZEN_CODE, keys, type CitizenSignInItem } from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';
import { clock } from '../lib/clock.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Keeps the implementation's session and returns the handle the browser gets. */
export async function holdCitizenSignIn(commune: string, email: string, upstream: string): Promise<string> {
  const handle = randomBytes(32).toString('base64url');
  const item: CitizenSignInItem = {
    ...keys.citizenSignIn(commune, sha256(handle)),
    type: 'citizen-sign-in',
    email: email.toLowerCase(),
    upstream,
    attempts: 0,
    expiresAt: Math.floor(clock.ms() / 1000) + CITIZEN_CODE.minutes * 60,
  };
  await ddb().send(new PutCommand({ TableName: env().tableName, Item: item }));
  return handle;
}

/** The sign-in of this handle and address, unless it expired (the TTL deletes late: the time is checked here). */
export async function heldCitizenSignIn(commune: string, handle: string, email: string): Promise<CitizenSignInItem | undefined> {
  const res = await ddb().send(
    new GetCommand({ TableName: env().tableName, Key: keys.citizenSignIn(commune, sha256(handle)), ConsistentRead: true }),
  );
  const item = res.Item as CitizenSignInItem | undefined;
  if (!item || item.expiresAt * 1000 <= clock.ms() || item.email !== email.toLowerCase()) return undefined;
  return item;
}

/** A wrong code: counted; answers the count (the sign-in is spent at CITIZEN_CODE.maxAttempts). */
export async function countWrongCitizenCode(commune: string, handle: string): Promise<number> {
  const res = await ddb().send(
    new UpdateCommand({
      TableName: env().tableName,
      Key: keys.citizenSignIn(commune, sha256(handle)),
      UpdateExpression: 'ADD attempts :one',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(res.Attributes?.attempts ?? 0);
}

/** A new session for the same handle (a second code was sent). */
export async function renewCitizenSignIn(commune: string, handle: string, upstream: string): Promise<void> {
  await ddb().send(
    new UpdateCommand({
      TableName: env().tableName,
      Key: keys.citizenSignIn(commune, sha256(handle)),
      UpdateExpression: 'SET upstream = :u, attempts = :zero, expiresAt = :exp',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':u': upstream, ':zero': 0, ':exp': Math.floor(clock.ms() / 1000) + CITIZEN_CODE.minutes * 60 },
    }),
  );
}

/** Ends a sign-in; true for the one request that removed it. */
export async function releaseCitizenSignIn(commune: string, handle: string): Promise<boolean> {
  const res = await ddb().send(
    new DeleteCommand({ TableName: env().tableName, Key: keys.citizenSignIn(commune, sha256(handle)), ReturnValues: 'ALL_OLD' }),
  );
  return res.Attributes !== undefined;
}
