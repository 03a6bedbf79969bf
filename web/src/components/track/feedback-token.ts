/**
 * The « réparé » mail's link (#avis=…) on the tracking page (docs/reopen-and-satisfaction.md): read apart from the
 * forms, so that the page loads ReportFeedback (and its photo upload) only for the reporter who came with it.
 */
import { FEEDBACK_FRAGMENT, FEEDBACK_TOKEN_PATTERN } from '@tandem/shared/report-feedback';

/** The link's secret from the address (#avis=…), once; the address keeps the page without it. */
export function takeFeedbackToken(): string | undefined {
  const m = new RegExp(`(?:^#|&)${FEEDBACK_FRAGMENT}=([^&]+)`).exec(location.hash);
  if (!m || !FEEDBACK_TOKEN_PATTERN.test(m[1])) return undefined;
  history.replaceState(null, '', location.pathname + location.search);
  return m[1];
}
