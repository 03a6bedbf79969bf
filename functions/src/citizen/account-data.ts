/**
 * What the table keeps of a citizen account (entities/citizen.ts): its partition (one REQ# entry per linked
 * request, the PROFILE item) and the `account` field of the requests filed signed in. Read whole for the copy of
 * my data and the erasure of my requests; removed when the account is deleted — the requests themselves stay (they
 * are the commune's records), without their link to the account. Each step is idempotent: a deletion cut short is
 * finished by the next one, and a second deletion finds nothing to do.
 */
import { BatchWriteCommand, paginateQuery, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from '../lib/condition-failure.js';
import { CITIZEN_REQUEST_SK_PREFIX, type CitizenRequestItem, citizenProfileKey, keys } from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';

/** Every request entry of the account, newest first (all pages). */
export async function accountEntries(commune: string, sub: string): Promise<CitizenRequestItem[]> {
  const out: CitizenRequestItem[] = [];
  const pages = paginateQuery(
    { client: ddb(), pageSize: 100 },
    {
      TableName: env().tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :req)',
      ExpressionAttributeValues: { ':pk': keys.citizenRequests(commune, sub), ':req': CITIZEN_REQUEST_SK_PREFIX },
      ScanIndexForward: false,
    },
  );
  for await (const page of pages) out.push(...((page.Items ?? []) as CitizenRequestItem[]));
  return out;
}

/** The request no longer names the account (only if it still names this one). */
async function unlink(commune: string, entry: CitizenRequestItem, sub: string): Promise<boolean> {
  try {
    await ddb().send(
      new UpdateCommand({
        TableName: env().tableName,
        Key: entry.kind === 'report' ? keys.report(commune, entry.code) : keys.permit(commune, entry.code),
        UpdateExpression: 'REMOVE #a',
        ConditionExpression: '#a = :sub',
        ExpressionAttributeNames: { '#a': 'account' },
        ExpressionAttributeValues: { ':sub': sub },
      }),
    );
    return true;
  } catch (e) {
    // Attached (never carried it), erased, expired, or already unlinked: nothing to do.
    if (isConditionFailure(e)) return false;
    throw e;
  }
}

/** Unlinks every request and removes the account's partition; answers how many entries it held. */
export async function removeAccountData(commune: string, sub: string): Promise<number> {
  const entries = await accountEntries(commune, sub);
  for (const e of entries) await unlink(commune, e, sub);
  const deletes = [...entries.map((e) => ({ pk: e.pk, sk: e.sk })), citizenProfileKey(commune, sub)];
  for (let i = 0; i < deletes.length; i += 25) {
    let batch: Record<string, unknown>[] = deletes.slice(i, i + 25).map((Key) => ({ DeleteRequest: { Key } }));
    // Unprocessed deletes are asked again.
    for (let round = 0; batch.length && round < 5; round++) {
      const res = await ddb().send(new BatchWriteCommand({ RequestItems: { [env().tableName]: batch as never } }));
      batch = (res.UnprocessedItems?.[env().tableName] ?? []) as Record<string, unknown>[];
    }
    if (batch.length) throw new Error('the account partition could not be removed: try again');
  }
  return entries.length;
}
