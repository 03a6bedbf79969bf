import { recurringFr } from '@tandem/shared/i18n/recurring/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** The staff SPA's recurring work: work orders from reports, recurring tasks' rules in words. */
export const RECURRING_MESSAGES: MessageModule = {
  name: 'recurring',
  fr: recurringFr,
  load: {
    nl: () => import('@tandem/shared/i18n/recurring/nl').then((m) => m.recurringNl),
    de: () => import('@tandem/shared/i18n/recurring/de').then((m) => m.recurringDe),
    en: () => import('@tandem/shared/i18n/recurring/en').then((m) => m.recurringEn),
  },
};
useMessages(RECURRING_MESSAGES);
