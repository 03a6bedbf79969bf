/** The admins' TOTP set-ups in progress (shared/src/entities/totp-setup.ts): tokens held back until the first code. */
import { createHash, randomBytes } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { TOTP_SETUP_MINUTES, keys, type TotpSetupItem } from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';
import { clock } from '../lib/clock.js';
import type { IssuedTokens } from './identity-provider.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Holds the tokens back and returns the session the browser gets (random; only its hash is stored). */
export async function holdForTotpSetup(commune: string, username: string, tokens: IssuedTokens): Promise<string> {
  const session = randomBytes(32).toString('base64url');
  const item: TotpSetupItem = {
    ...keys.totpSetup(commune, sha256(session)),
    type: 'totp-setup',
    username: username.toLowerCase(),
    idToken: tokens.idToken,
    accessToken: tokens.accessToken,
    ...(tokens.refreshToken ? { refreshToken: tokens.refreshToken } : {}),
    expiresIn: tokens.expiresIn,
    attempts: 0,
    expiresAt: Math.floor(clock.ms() / 1000) + TOTP_SETUP_MINUTES * 60,
  };
  await ddb().send(new PutCommand({ TableName: env().tableName, Item: item }));
  return session;
}

/** The set-up of this session and user, if it has not expired (the TTL deletes late, so the time is checked here). */
export async function heldForTotpSetup(commune: string, session: string, username: string): Promise<TotpSetupItem | undefined> {
  const res = await ddb().send(
    new GetCommand({ TableName: env().tableName, Key: keys.totpSetup(commune, sha256(session)), ConsistentRead: true }),
  );
  const item = res.Item as TotpSetupItem | undefined;
  if (!item || item.expiresAt * 1000 <= clock.ms() || item.username !== username.toLowerCase()) return undefined;
  return item;
}

/** A wrong code: counts it and answers how many were given. */
export async function countWrongSetupCode(commune: string, session: string): Promise<number> {
  const res = await ddb().send(
    new UpdateCommand({
      TableName: env().tableName,
      Key: keys.totpSetup(commune, sha256(session)),
      UpdateExpression: 'ADD attempts :one',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(res.Attributes?.attempts ?? 0);
}

/**
 * Ends a set-up; true for the one request that removed it (two requests with a right code: one gets the tokens).
 */
export async function releaseTotpSetup(commune: string, session: string): Promise<boolean> {
  const res = await ddb().send(
    new DeleteCommand({ TableName: env().tableName, Key: keys.totpSetup(commune, sha256(session)), ReturnValues: 'ALL_OLD' }),
  );
  return res.Attributes !== undefined;
}
