/**
 * The tracking page's fragments. The « réparé » mail's link (#avis=…, docs/reopen-and-satisfaction.md): read apart from
 * the forms, so that the page loads ReportFeedback (and its photo upload) only for the reporter who came with it.
 */
import { FEEDBACK_FRAGMENT, FEEDBACK_TOKEN_PATTERN } from '@tandem/shared/report-feedback';
import { FILED_CHECK_MAIL_FRAGMENT, FILED_FRAGMENT } from '@tandem/shared/report-form';

/** The link's secret from the address (#avis=…), once; the address keeps the page without it. */
export function takeFeedbackToken(): string | undefined {
  const m = new RegExp(`(?:^#|&)${FEEDBACK_FRAGMENT}=([^&]+)`).exec(location.hash);
  if (!m || !FEEDBACK_TOKEN_PATTERN.test(m[1])) return undefined;
  history.replaceState(null, '', location.pathname + location.search);
  return m[1];
}

/**
 * A filing by the report form without a script lands here with #recu or #recu-courriel (docs/report-form.md): what
 * the page then says (received; and to confirm the address), once; the address keeps the page without it.
 */
export function takeFiledNotice(): 'filed' | 'check-mail' | undefined {
  const hash = location.hash.slice(1);
  const notice = hash === FILED_FRAGMENT ? 'filed' : hash === FILED_CHECK_MAIL_FRAGMENT ? 'check-mail' : undefined;
  if (notice) history.replaceState(null, '', location.pathname + location.search);
  return notice;
}
