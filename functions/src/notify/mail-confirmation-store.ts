/**
 * The table side of mail confirmation (shared/src/entities/mail-confirmation.ts): one record per (address,
 * request), pending then confirmed, and the links' tokens (hashed, single use, expiring). Every write is
 * conditional, so that concurrent notifiers and a confirmation never lose a held mail nor send a link twice.
 */
import { isConditionFailure } from '../lib/condition-failure.js';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  keys,
  MAIL_CONFIRMATION_DAYS,
  mailAddressRequestItem,
  mailConfirmationTokenItem,
  type MailAddressRequestItem,
  type MailConfirmationTokenItem,
  type MailRequestKind,
} from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';
import { clock } from '../lib/clock.js';
import { newToken, tokenHash } from './mail-address.js';

const table = () => env().tableName;

export interface RequestRef {
  commune: string;
  addressHash: string;
  kind: MailRequestKind;
  code: string;
}
export interface HeldMail {
  timelineId: string;
  /** The event that asked for the mail, as JSON: replayed through the notifier on confirmation. */
  detail: string;
}

export async function getAddressRequest(r: RequestRef): Promise<MailAddressRequestItem | undefined> {
  const out = await ddb().send(
    new GetCommand({ TableName: table(), Key: keys.mailAddressRequest(r.commune, r.addressHash, r.kind, r.code), ConsistentRead: true }),
  );
  return out.Item as MailAddressRequestItem | undefined;
}

const validUntil = () => new Date(clock.ms() + MAIL_CONFIRMATION_DAYS * 86_400_000).toISOString();

async function putToken(r: RequestRef, hash: string, until: string): Promise<void> {
  const item = mailConfirmationTokenItem(hash, { ...r, createdAt: clock.iso(), validUntil: until });
  await ddb().send(new PutCommand({ TableName: table(), Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
}

/**
 * Opens the record of a request's first mail to an address, holding that mail, with a new link. Undefined when
 * another notifier opened it first (the caller reads it again). The token is returned to be mailed, once.
 */
export async function openPending(r: RequestRef, held: HeldMail): Promise<string | undefined> {
  const token = newToken();
  const hash = tokenHash(token);
  const until = validUntil();
  const item = mailAddressRequestItem(r.commune, r.addressHash, {
    kind: r.kind,
    code: r.code,
    tokenHash: hash,
    tokenValidUntil: until,
    confirmationSentAt: clock.iso(),
    heldTimelineId: held.timelineId,
    heldDetail: held.detail,
  });
  try {
    await ddb().send(new PutCommand({ TableName: table(), Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
  } catch (e) {
    if (isConditionFailure(e)) return undefined;
    throw e;
  }
  await putToken(r, hash, until);
  return token;
}

/** Undoes openPending when the confirmation mail could not be sent, so that the bus's retry sends it. */
export async function closePending(r: RequestRef, token: string): Promise<void> {
  await ddb().send(new DeleteCommand({ TableName: table(), Key: keys.mailConfirmationToken(r.commune, tokenHash(token)) }));
  await ddb().send(new DeleteCommand({ TableName: table(), Key: keys.mailAddressRequest(r.commune, r.addressHash, r.kind, r.code) }));
}

/**
 * Holds a mail while the address is pending: only the latest (timeline ids sort by time) is kept. False when
 * the record is confirmed meanwhile (the caller sends), true when held (or an older mail, dropped for a newer).
 */
export async function holdLatest(r: RequestRef, held: HeldMail): Promise<boolean> {
  try {
    await ddb().send(
      new UpdateCommand({
        TableName: table(),
        Key: keys.mailAddressRequest(r.commune, r.addressHash, r.kind, r.code),
        UpdateExpression: 'SET heldTimelineId = :t, heldDetail = :d',
        ConditionExpression: '#s = :pending AND (attribute_not_exists(heldTimelineId) OR heldTimelineId < :t)',
        ExpressionAttributeNames: { '#s': 'state' },
        ExpressionAttributeValues: { ':t': held.timelineId, ':d': held.detail, ':pending': 'pending' },
      }),
    );
    return true;
  } catch (e) {
    if (!isConditionFailure(e)) throw e;
  }
  return (await getAddressRequest(r))?.state !== 'confirmed';
}

/** A new link for a pending record whose link expired (one winner when two notifiers try): the token, or undefined. */
export async function renewExpiredLink(r: RequestRef, current: MailAddressRequestItem): Promise<string | undefined> {
  if (current.state !== 'pending' || current.tokenValidUntil > clock.iso()) return undefined;
  const token = newToken();
  const hash = tokenHash(token);
  const until = validUntil();
  try {
    await ddb().send(
      new UpdateCommand({
        TableName: table(),
        Key: keys.mailAddressRequest(r.commune, r.addressHash, r.kind, r.code),
        UpdateExpression: 'SET tokenHash = :h, tokenValidUntil = :u, confirmationSentAt = :now',
        ConditionExpression: '#s = :pending AND tokenHash = :old',
        ExpressionAttributeNames: { '#s': 'state' },
        ExpressionAttributeValues: { ':h': hash, ':u': until, ':now': clock.iso(), ':old': current.tokenHash, ':pending': 'pending' },
      }),
    );
  } catch (e) {
    if (isConditionFailure(e)) return undefined;
    throw e;
  }
  await putToken(r, hash, until);
  return token;
}

export type ConfirmOutcome =
  | { outcome: 'unknown' }
  | { outcome: 'expired' }
  | { outcome: 'confirmed'; alreadyConfirmed: boolean; request: MailAddressRequestItem; token: MailConfirmationTokenItem };

/**
 * Uses a link: the token is marked used once (conditional write) and the request's address confirmed. A retry
 * with a used token confirms again, harmlessly (and finishes the job if the first attempt stopped half-way).
 */
export async function confirmWithToken(commune: string, token: string): Promise<ConfirmOutcome> {
  const key = keys.mailConfirmationToken(commune, tokenHash(token));
  const got = await ddb().send(new GetCommand({ TableName: table(), Key: key, ConsistentRead: true }));
  const item = got.Item as MailConfirmationTokenItem | undefined;
  if (!item) return { outcome: 'unknown' };
  const now = clock.iso();
  let alreadyConfirmed = Boolean(item.usedAt);
  if (!item.usedAt) {
    if (item.validUntil <= now) return { outcome: 'expired' };
    try {
      await ddb().send(
        new UpdateCommand({
          TableName: table(),
          Key: key,
          UpdateExpression: 'SET usedAt = :now',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(usedAt) AND validUntil > :now',
          ExpressionAttributeValues: { ':now': now },
        }),
      );
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
      // Used by a concurrent request (then this is a retry), or expired in between.
      const again = (await ddb().send(new GetCommand({ TableName: table(), Key: key, ConsistentRead: true }))).Item as
        | MailConfirmationTokenItem
        | undefined;
      if (!again?.usedAt) return { outcome: 'expired' };
      alreadyConfirmed = true;
    }
  }
  let request: MailAddressRequestItem;
  try {
    const updated = await ddb().send(
      new UpdateCommand({
        TableName: table(),
        Key: keys.mailAddressRequest(commune, item.addressHash, item.kind, item.code),
        UpdateExpression: 'SET #s = :confirmed, confirmedAt = if_not_exists(confirmedAt, :now)',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#s': 'state' },
        ExpressionAttributeValues: { ':confirmed': 'confirmed', ':now': now },
        ReturnValues: 'ALL_NEW',
      }),
    );
    request = updated.Attributes as MailAddressRequestItem;
  } catch (e) {
    // The request's record is gone (erased): the link confirms nothing any more.
    if (isConditionFailure(e)) return { outcome: 'unknown' };
    throw e;
  }
  return { outcome: 'confirmed', alreadyConfirmed, request, token: item };
}
