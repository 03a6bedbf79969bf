import { pushFr } from '@tandem/shared/i18n/push/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** Web Push in the staff SPA's notification preferences (the push's own words are written by the server, in French). */
export const PUSH_MESSAGES: MessageModule = {
  name: 'push',
  fr: pushFr,
  load: {
    nl: () => import('@tandem/shared/i18n/push/nl').then((m) => m.pushNl),
    de: () => import('@tandem/shared/i18n/push/de').then((m) => m.pushDe),
    en: () => import('@tandem/shared/i18n/push/en').then((m) => m.pushEn),
  },
};
useMessages(PUSH_MESSAGES);
