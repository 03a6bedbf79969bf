import { counterFr } from '@tandem/shared/i18n/counter/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** The staff app's counter (docs/counter.md): encoding on a citizen's behalf, the receipt, the citizen search. */
export const COUNTER_MESSAGES: MessageModule = {
  name: 'counter',
  fr: counterFr,
  load: {
    nl: () => import('@tandem/shared/i18n/counter/nl').then((m) => m.counterNl),
    de: () => import('@tandem/shared/i18n/counter/de').then((m) => m.counterDe),
    en: () => import('@tandem/shared/i18n/counter/en').then((m) => m.counterEn),
  },
};
useMessages(COUNTER_MESSAGES);
