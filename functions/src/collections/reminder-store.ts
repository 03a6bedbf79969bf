/** The evening-before reminders in the table (shared/src/entities/collection-reminder.ts): one partition per zone. */
import { GetCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { COLLECTION_REMINDER_PREFIX, collectionReminderKeys, type CollectionReminderItem } from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';

export async function getReminder(commune: string, zone: string, addressHash: string): Promise<CollectionReminderItem | undefined> {
  const r = await ddb().send(
    new GetCommand({ TableName: env().tableName, Key: collectionReminderKeys.reminder(commune, zone, addressHash) }),
  );
  return r.Item as CollectionReminderItem | undefined;
}

/** Every address reminded for a zone (the sent markers beside them are left out by their prefix). */
export async function remindersOf(commune: string, zone: string): Promise<CollectionReminderItem[]> {
  const out: CollectionReminderItem[] = [];
  const pages = paginateQuery(
    { client: ddb() },
    {
      TableName: env().tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :s)',
      ExpressionAttributeValues: { ':pk': collectionReminderKeys.zonePk(commune, zone), ':s': COLLECTION_REMINDER_PREFIX },
    },
  );
  for await (const page of pages) out.push(...((page.Items ?? []) as CollectionReminderItem[]));
  return out;
}
