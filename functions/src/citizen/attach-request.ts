/**
 * Attaching a request filed before the account existed (docs/citizen-space.md): its tracking code, then a code
 * mailed to the address the request was filed with — only when that address is the account's own (Cognito
 * verified it at sign-in). The answer is the same either way, so nobody learns a request's address: when it is
 * not the account's, nothing is mailed and every code is wrong. The confirmation writes the account's entry for
 * the request, the same key each time (idempotent), and the request's `account` (when it names none yet).
 */
import { randomInt, timingSafeEqual } from 'node:crypto';
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from '../lib/condition-failure.js';
import { CITIZEN_CODE, type CitizenAttachItem, type CommuneRegistration, citizenRequestItem, keys } from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';
import type { Citizen } from '../lib/citizen-auth.js';
import { clock } from '../lib/clock.js';
import { countWrongCode, endsAfter, heldStep, newHandle, releaseStep, sha256 } from '../lib/held-code.js';
import { HttpError, badRequest } from '../lib/http.js';
import { currentMailer } from '../notify/current-mailer.js';
import { emailMatches, findRequest, itemOf } from '../privacy/personal-data-store.js';

const table = () => env().tableName;

/** Starts an attachment: the handle to confirm it with (the same answer whether or not a code was mailed). */
export async function startAttach(reg: CommuneRegistration, citizen: Citizen, trackingCode: string): Promise<string> {
  const commune = reg.config.id;
  const handle = newHandle();
  const found = await findRequest(commune, trackingCode);
  const item = found && itemOf(found);
  const mine = Boolean(found && item && citizen.email && emailMatches(found, citizen.email));
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const record: CitizenAttachItem = {
    ...keys.citizenAttach(commune, sha256(handle)),
    type: 'citizen-attach',
    sub: citizen.sub,
    kind: found?.kind ?? 'report',
    code: item?.code ?? trackingCode,
    createdAt: item?.createdAt ?? '',
    ...(mine ? { codeHash: sha256(code) } : {}),
    attempts: 0,
    expiresAt: endsAfter(CITIZEN_CODE.minutes),
  };
  await ddb().send(new PutCommand({ TableName: table(), Item: record }));
  if (mine && item) {
    await currentMailer().send({
      id: `attach-${commune}-${sha256(handle).slice(0, 16)}`,
      from: env().mailFrom,
      to: citizen.email,
      subject: `Votre code pour ajouter la demande ${item.code} à votre espace`,
      text: [
        'Bonjour,',
        '',
        `Pour ajouter la demande ${item.code} à votre espace personnel (${reg.config.name}), tapez ce code : ${code}`,
        `Il est valable ${CITIZEN_CODE.minutes} minutes.`,
        '',
        'Si vous n’avez rien demandé, ignorez ce message.',
      ].join('\n'),
      tags: { commune, code: item.code, kind: 'citizen-attach' },
    });
  }
  return handle;
}

const expired = () =>
  new HttpError(401, 'this code has expired or was used: start again', [{ name: 'session', reason: 'expired or spent' }]);

/** Confirms an attachment with the mailed code: the request joins the account (again: the same entry). */
export async function confirmAttach(
  reg: CommuneRegistration,
  citizen: Citizen,
  handle: string,
  code: string,
): Promise<{ kind: string; code: string }> {
  const commune = reg.config.id;
  const key = keys.citizenAttach(commune, sha256(handle));
  const a = await heldStep<CitizenAttachItem>(key);
  if (!a || a.sub !== citizen.sub) throw expired();
  const right = a.codeHash !== undefined && timingSafeEqual(Buffer.from(a.codeHash), Buffer.from(sha256(code)));
  if (!right) {
    const counted = await countWrongCode(key).catch(() => CITIZEN_CODE.maxAttempts);
    if (counted >= CITIZEN_CODE.maxAttempts) {
      await releaseStep(key);
      throw expired();
    }
    throw badRequest('the code is not right', [{ name: 'code', reason: 'does not match' }]);
  }
  const at = clock.iso();
  // The same key whoever confirms twice: attaching again changes nothing but linkedAt.
  await ddb().send(
    new PutCommand({
      TableName: table(),
      Item: citizenRequestItem(commune, citizen.sub, { kind: a.kind, code: a.code, createdAt: a.createdAt }, 'attached', at),
    }),
  );
  await linkAccount(commune, a, citizen.sub);
  await releaseStep(key);
  return { kind: a.kind, code: a.code };
}

/**
 * The request now names the account too, as one filed signed in does: the notifiers honour the account's preferences
 * for it, and deleting the account unlinks it (docs/citizen-space.md). Only when it names no account yet.
 */
async function linkAccount(commune: string, a: CitizenAttachItem, sub: string): Promise<void> {
  try {
    await ddb().send(
      new UpdateCommand({
        TableName: table(),
        Key: a.kind === 'report' ? keys.report(commune, a.code) : keys.permit(commune, a.code),
        UpdateExpression: 'SET #a = :sub',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#a)',
        ExpressionAttributeNames: { '#a': 'account' },
        ExpressionAttributeValues: { ':sub': sub },
      }),
    );
  } catch (e) {
    if (!isConditionFailure(e)) throw e;
  }
}
