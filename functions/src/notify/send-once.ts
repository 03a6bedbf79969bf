/**
 * Sends one mail per event even when the bus delivers it twice: a sent-marker item is written first
 * (conditional put); if it exists, nothing is sent. If sending fails, the marker is removed so that the
 * bus's retry sends it.
 */
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from '../lib/condition-failure.js';
import { mailSentItem, mailSentKey } from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';
import { clock } from '../lib/clock.js';
import { currentMailer } from './current-mailer.js';
import type { Mail } from './mailer.js';

/** `entityPk`: the report's or permit's partition; `timelineId`: the sort key of the timeline item the mail tells about. */
export async function sendOnce(entityPk: string, timelineId: string, mail: Omit<Mail, 'from'>): Promise<'sent' | 'already_sent'> {
  try {
    await ddb().send(
      new PutCommand({
        TableName: env().tableName,
        Item: mailSentItem(entityPk, timelineId, clock.iso()),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (e) {
    if (isConditionFailure(e)) return 'already_sent';
    throw e;
  }
  try {
    await currentMailer().send({ ...mail, from: env().mailFrom });
  } catch (e) {
    await ddb().send(new DeleteCommand({ TableName: env().tableName, Key: mailSentKey(entityPk, timelineId) }));
    throw e;
  }
  return 'sent';
}
