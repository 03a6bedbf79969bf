/**
 * Event bus target: e-mails the reporter when their report is filed, changes state or gets a public
 * update. A sent-marker item (conditional put) makes a replayed event send nothing twice. Until the reporter
 * confirms their address, the mail is held and the address gets the fixed-text confirmation mail instead
 * (send-when-confirmed.ts); confirming replays the latest held event through `notifyReporter`.
 */
import type { EventBridgeEvent } from 'aws-lambda';
import { feedbackLastDay, keys, mailWanted, type ReportEventDetail } from '@tandem/shared';
import { accountMailSettings } from '../citizen/citizen-profile-store.js';
import { clock } from '../lib/clock.js';
import { newFeedbackLink } from '../reports/feedback-link.js';
import { env } from '../lib/aws.js';
import { serveCommuneById } from '../communes/commune-store.js';
import { getReport } from '../reports/report-store.js';
import { composeReporterMail } from './compose-mail.js';
import { sendWhenConfirmed, type GatedResult } from './send-when-confirmed.js';
import { backgroundHandler } from '../lib/background-handler.js';

/** `not_wanted`: the account's preferences turn this mail off (docs/citizen-space.md: never a mail of right). */
export type NotifyResult = GatedResult | 'no_email' | 'not_notifiable' | 'unknown_report' | 'not_wanted';

export async function notifyReporter(d: ReportEventDetail): Promise<NotifyResult> {
  const reg = await serveCommuneById(d.commune);
  const report = reg && (await getReport(d.commune, d.code));
  if (!reg || !report) return 'unknown_report';
  if (!report.email) return 'no_email';
  // Filed signed in: the account's choice of mails and language (docs/citizen-space.md).
  const settings = await accountMailSettings(d.commune, report.account);
  if (settings && !mailWanted(settings.mails, 'report', d)) return 'not_wanted';
  const locale = settings?.locale ?? report.locale ?? 'fr';
  // A fix's mail carries the reporter's feedback link, made for this very fix (still the report's latest closure).
  const fixMail = d.kind === 'state_changed' && d.to === 'fixed' && report.state === 'fixed' && report.closedAt === d.at;
  const feedback = fixMail
    ? { url: await newFeedbackLink(d.commune, d.code, d.at, clock.iso(), env().publicBaseUrl), lastDay: feedbackLastDay(d.at) }
    : undefined;
  const mail = composeReporterMail(d, { ...report, locale }, reg.config, env().publicBaseUrl, feedback);
  if (!mail) return 'not_notifiable';

  return sendWhenConfirmed({
    config: reg.config,
    kind: 'report',
    code: d.code,
    locale,
    entityPk: keys.reportPk(d.commune, d.code),
    timelineId: d.timelineId,
    detail: d,
    mail: {
      id: `${d.commune}-${d.code}-${d.timelineId}`,
      to: report.email,
      ...mail,
      tags: { commune: d.commune, code: d.code, kind: d.kind },
    },
  });
}

export const handler = backgroundHandler(
  'notify/notify-reporter',
  async (event: EventBridgeEvent<string, ReportEventDetail>): Promise<NotifyResult> => notifyReporter(event.detail),
);
