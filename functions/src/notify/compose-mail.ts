/** The e-mail a reporter gets for an event, in the language they used to report. */
import {
  formatDayInWords,
  pickText,
  REPORT_FEEDBACK_MESSAGES,
  REPORT_MAIL_MESSAGES,
  REPORT_STATE_MESSAGES,
  translate,
  type CommuneConfig,
  type ReportEventDetail,
  type ReportItem,
  type Translate,
} from '@tandem/shared';

/** The reporter's mails and the states' names, in four languages: only these messages go into the bundle. */
const MAILS = [REPORT_MAIL_MESSAGES, REPORT_STATE_MESSAGES, REPORT_FEEDBACK_MESSAGES];
const t: Translate<typeof MAILS> = (locale, key, vars) => translate(MAILS, locale, key, vars);

export function composeReporterMail(
  detail: ReportEventDetail,
  report: Pick<ReportItem, 'code' | 'category' | 'locale' | 'state'>,
  config: Pick<CommuneConfig, 'id' | 'name' | 'categories'>,
  baseUrl: string,
  /** A fix's mail: the reporter's feedback link (« pas réparé » or a rating) and the last day it works. */
  feedback?: { url: string; lastDay: string },
): { subject: string; text: string } | undefined {
  const locale = report.locale ?? 'fr';
  const category = config.categories.find((c) => c.code === report.category);
  const vars = {
    code: report.code,
    category: category ? pickText(category.label, locale) : report.category,
    url: `${baseUrl}/${config.id}/suivi/${report.code}/`,
    commune: config.name,
    state: detail.to ? t(locale, `state.${detail.to}`) : '',
    message: detail.message ?? '',
    feedbackUrl: feedback?.url ?? '',
    lastDay: feedback ? formatDayInWords(feedback.lastDay, locale) : '',
  };
  switch (detail.kind) {
    case 'created':
      return { subject: t(locale, 'mail.created.subject', vars), text: t(locale, 'mail.created.body', vars) };
    case 'state_changed':
      return {
        subject: t(locale, 'mail.state_changed.subject', vars),
        text: t(locale, feedback ? 'mail.fixed.body' : 'mail.state_changed.body', vars).replace(/\n\n\n/g, '\n\n'),
      };
    case 'public_update':
      return { subject: t(locale, 'mail.public_update.subject', vars), text: t(locale, 'mail.public_update.body', vars) };
    default:
      return undefined;
  }
}
