/**
 * Event bus target: e-mails the reporter when their report is filed, changes state or gets a public
 * update. A sent-marker item (conditional put) makes a replayed event send nothing twice.
 */
import type { EventBridgeEvent } from 'aws-lambda';
import { keys, type ReportEventDetail } from '@tandem/shared';
import { env } from '../lib/aws.js';
import { serveCommuneById } from '../communes/commune-store.js';
import { getReport } from '../reports/report-store.js';
import { composeReporterMail } from './compose-mail.js';
import { sendOnce } from './send-once.js';
import { backgroundHandler } from '../lib/background-handler.js';

export type NotifyResult = 'sent' | 'no_email' | 'not_notifiable' | 'already_sent' | 'unknown_report';

export const handler = backgroundHandler(
  'notify/notify-reporter',
  async (event: EventBridgeEvent<string, ReportEventDetail>): Promise<NotifyResult> => {
    const d = event.detail;
    const reg = await serveCommuneById(d.commune);
    const report = reg && (await getReport(d.commune, d.code));
    if (!reg || !report) return 'unknown_report';
    if (!report.email) return 'no_email';
    const mail = composeReporterMail(d, report, reg.config, env().publicBaseUrl);
    if (!mail) return 'not_notifiable';

    return sendOnce(keys.reportPk(d.commune, d.code), d.timelineId, {
      id: `${d.commune}-${d.code}-${d.timelineId}`,
      to: report.email,
      ...mail,
      tags: { commune: d.commune, code: d.code, kind: d.kind },
    });
  },
);
