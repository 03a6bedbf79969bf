import { reportFeedbackFr } from '@tandem/shared/i18n/report-feedback/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** « Pas réparé » and the rating: the tracking page's forms, the timelines' reopen entries, the staff's ratings and statistics. */
export const REPORT_FEEDBACK_MESSAGES: MessageModule = {
  name: 'report-feedback',
  fr: reportFeedbackFr,
  load: {
    nl: () => import('@tandem/shared/i18n/report-feedback/nl').then((m) => m.reportFeedbackNl),
    de: () => import('@tandem/shared/i18n/report-feedback/de').then((m) => m.reportFeedbackDe),
    en: () => import('@tandem/shared/i18n/report-feedback/en').then((m) => m.reportFeedbackEn),
  },
};
useMessages(REPORT_FEEDBACK_MESSAGES);
