/**
 * Citizen sign-ins waiting for their e-mail code (shared/src/entities/citizen.ts): the implementation's session,
 * kept here behind a random handle (only its hash is the key), with the count of wrong codes and a short life
 * (CITIZEN_CODE), whichever implementation runs. The browser never sees the implementation's session, so nothing
 * in an answer tells a new address from a known one.
 */
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { CITIZEN_CODE, keys, type CitizenSignInItem } from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';
import { countWrongCode, endsAfter, heldStep, newHandle, releaseStep, sha256 } from '../lib/held-code.js';

const keyOf = (commune: string, handle: string) => keys.citizenSignIn(commune, sha256(handle));

/** Keeps the implementation's session and returns the handle the browser gets. */
export async function holdCitizenSignIn(commune: string, email: string, upstream: string): Promise<string> {
  const handle = newHandle();
  const item: CitizenSignInItem = {
    ...keyOf(commune, handle),
    type: 'citizen-sign-in',
    email: email.toLowerCase(),
    upstream,
    attempts: 0,
    expiresAt: endsAfter(CITIZEN_CODE.minutes),
  };
  await ddb().send(new PutCommand({ TableName: env().tableName, Item: item }));
  return handle;
}

/** The sign-in of this handle and address, unless it expired. */
export async function heldCitizenSignIn(commune: string, handle: string, email: string): Promise<CitizenSignInItem | undefined> {
  const item = await heldStep<CitizenSignInItem>(keyOf(commune, handle));
  return item?.email === email.toLowerCase() ? item : undefined;
}

/** A wrong code: counted; answers the count (the sign-in is spent at CITIZEN_CODE.maxAttempts). */
export const countWrongCitizenCode = (commune: string, handle: string) => countWrongCode(keyOf(commune, handle));

/** A new session for the same handle (a second code was sent). */
export async function renewCitizenSignIn(commune: string, handle: string, upstream: string): Promise<void> {
  await ddb().send(
    new UpdateCommand({
      TableName: env().tableName,
      Key: keyOf(commune, handle),
      UpdateExpression: 'SET upstream = :u, attempts = :zero, expiresAt = :exp',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':u': upstream, ':zero': 0, ':exp': endsAfter(CITIZEN_CODE.minutes) },
    }),
  );
}

/** Ends a sign-in; true for the one request that removed it. */
export const releaseCitizenSignIn = (commune: string, handle: string) => releaseStep(keyOf(commune, handle));
