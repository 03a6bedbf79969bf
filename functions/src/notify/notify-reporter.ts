/**
 * Event bus target: e-mails the reporter when their report is filed, changes state or gets a public
 * update. A sent-marker item (conditional put) makes a replayed event send nothing twice.
 */
import type { EventBridgeEvent } from 'aws-lambda';
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { keys, type ReportEventDetail } from '@tandem/shared';
import { ddb, env } from '../lib/aws.js';
import { getCommune } from '../communes/commune-store.js';
import { getReport } from '../reports/report-store.js';
import { composeReporterMail } from './compose-mail.js';
import { OutboxMailer, SesMailer, type Mailer } from './mailer.js';

let mailer: Mailer | undefined;
function currentMailer(): Mailer {
  const e = env();
  mailer ??= e.mailTransport === 'outbox' ? new OutboxMailer(e.outboxDir ?? '.data/outbox') : new SesMailer();
  return mailer;
}
/** Lets the local runtime and tests swap the adapter. */
export function setMailer(m: Mailer | undefined): void {
  mailer = m;
}

export type NotifyResult = 'sent' | 'no_email' | 'not_notifiable' | 'already_sent' | 'unknown_report';

export const handler = async (event: EventBridgeEvent<string, ReportEventDetail>): Promise<NotifyResult> => {
  const d = event.detail;
  const reg = await getCommune(d.commune);
  const report = reg && (await getReport(d.commune, d.code));
  if (!reg || !report) return 'unknown_report';
  if (!report.email) return 'no_email';
  const mail = composeReporterMail(d, report, reg.config, env().publicBaseUrl);
  if (!mail) return 'not_notifiable';

  const markerSk = `MAIL#${d.timelineId}`;
  try {
    await ddb().send(new PutCommand({
      TableName: env().tableName,
      Item: { pk: keys.reportPk(d.commune, d.code), sk: markerSk, type: 'mail-sent', at: new Date().toISOString() },
      ConditionExpression: 'attribute_not_exists(pk)',
    }));
  } catch (e) {
    if (e instanceof ConditionalCheckFailedException || (e as Error).name === 'ConditionalCheckFailedException') return 'already_sent';
    throw e;
  }
  try {
    await currentMailer().send({
      id: `${d.commune}-${d.code}-${d.timelineId}`, from: env().mailFrom, to: report.email, ...mail,
      tags: { commune: d.commune, code: d.code, kind: d.kind },
    });
  } catch (e) {
    // Sending failed: drop the marker so that the bus's retry sends it.
    await ddb().send(new DeleteCommand({ TableName: env().tableName, Key: { pk: keys.reportPk(d.commune, d.code), sk: markerSk } }));
    throw e;
  }
  return 'sent';
};
