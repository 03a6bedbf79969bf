import { citizenAccountFr } from '@tandem/shared/i18n/citizen-account/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** « Mon espace », the account's settings: mails and language, a copy of my data, deleting my account. */
export const CITIZEN_ACCOUNT_MESSAGES: MessageModule = {
  name: 'citizen-account',
  fr: citizenAccountFr,
  load: {
    nl: () => import('@tandem/shared/i18n/citizen-account/nl').then((m) => m.citizenAccountNl),
    de: () => import('@tandem/shared/i18n/citizen-account/de').then((m) => m.citizenAccountDe),
    en: () => import('@tandem/shared/i18n/citizen-account/en').then((m) => m.citizenAccountEn),
  },
};
useMessages(CITIZEN_ACCOUNT_MESSAGES);
