/**
 * Sends one mail per event even when the bus delivers it twice: a sent-marker item is written first
 * (conditional put); if it exists, nothing is sent. If sending fails, the marker is removed so that the
 * bus's retry sends it.
 */
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { ddb, env } from '../lib/aws.js';
import { clock } from '../lib/clock.js';
import { currentMailer } from './current-mailer.js';
import type { Mail } from './mailer.js';

export async function sendOnce(pk: string, markerSk: string, mail: Omit<Mail, 'from'>): Promise<'sent' | 'already_sent'> {
  try {
    await ddb().send(new PutCommand({
      TableName: env().tableName,
      Item: { pk, sk: markerSk, type: 'mail-sent', at: clock.iso() },
      ConditionExpression: 'attribute_not_exists(pk)',
    }));
  } catch (e) {
    if (e instanceof ConditionalCheckFailedException || (e as Error).name === 'ConditionalCheckFailedException') return 'already_sent';
    throw e;
  }
  try {
    await currentMailer().send({ ...mail, from: env().mailFrom });
  } catch (e) {
    await ddb().send(new DeleteCommand({ TableName: env().tableName, Key: { pk, sk: markerSk } }));
    throw e;
  }
  return 'sent';
}
