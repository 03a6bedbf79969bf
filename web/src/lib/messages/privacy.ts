import { privacyFr } from '@tandem/shared/i18n/privacy/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** The "Mes données" page, and the staff's erasure notes and "visible au public" choice. */
export const PRIVACY_MESSAGES: MessageModule = {
  name: 'privacy',
  fr: privacyFr,
  load: {
    nl: () => import('@tandem/shared/i18n/privacy/nl').then((m) => m.privacyNl),
    de: () => import('@tandem/shared/i18n/privacy/de').then((m) => m.privacyDe),
    en: () => import('@tandem/shared/i18n/privacy/en').then((m) => m.privacyEn),
  },
};
useMessages(PRIVACY_MESSAGES);
