/**
 * The account's preferences (entities/citizen.ts: the PROFILE item of its partition): which mails about its requests
 * and in which language. Read by the citizen space and by the notifiers (notify-reporter, notify-requester) for a
 * request that carries `account`; written with the version read, so that of two tabs saving at once one wins and
 * the other is told (409). Never saved: the defaults, version 0.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from '../lib/condition-failure.js';
import {
  type CitizenPreferences,
  type CitizenPreferencesInput,
  type CitizenProfileItem,
  DEFAULT_CITIZEN_PREFERENCES,
  citizenProfileKey,
} from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';

export async function citizenPreferences(commune: string, sub: string): Promise<CitizenPreferences> {
  const res = await ddb().send(new GetCommand({ TableName: env().tableName, Key: citizenProfileKey(commune, sub), ConsistentRead: true }));
  const item = res.Item as CitizenProfileItem | undefined;
  return item ? { mails: item.mails, locale: item.locale, version: item.version } : { ...DEFAULT_CITIZEN_PREFERENCES, version: 0 };
}

/** Saves them if `version` is still the one kept: the new preferences, or 'stale'. */
export async function saveCitizenPreferences(
  commune: string,
  sub: string,
  input: CitizenPreferencesInput,
  at: string,
): Promise<CitizenPreferences | 'stale'> {
  const item: CitizenProfileItem = {
    ...citizenProfileKey(commune, sub),
    type: 'citizen-profile',
    mails: input.mails,
    locale: input.locale,
    version: input.version + 1,
    updatedAt: at,
  };
  try {
    await ddb().send(
      new PutCommand({
        TableName: env().tableName,
        Item: item,
        ...(input.version === 0
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : {
              ConditionExpression: '#v = :expected',
              ExpressionAttributeNames: { '#v': 'version' },
              ExpressionAttributeValues: { ':expected': input.version },
            }),
      }),
    );
  } catch (e) {
    if (isConditionFailure(e)) return 'stale';
    throw e;
  }
  return { mails: item.mails, locale: item.locale, version: item.version };
}

/**
 * What the notifiers honour for a request linked to an account: its saved choice and language, or undefined when it
 * never saved any (then the request's own language stays, as for a request without an account).
 */
export async function accountMailSettings(
  commune: string,
  account: string | undefined,
): Promise<Omit<CitizenPreferences, 'version'> | undefined> {
  if (!account) return undefined;
  const p = await citizenPreferences(commune, account);
  return p.version > 0 ? { mails: p.mails, locale: p.locale } : undefined;
}
