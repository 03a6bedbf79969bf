import { citizenPasswordFr } from '@tandem/shared/i18n/citizen-password/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** « Mon espace »: the optional password (choosing, changing, signing in with it) and its rules. */
export const CITIZEN_PASSWORD_MESSAGES: MessageModule = {
  name: 'citizen-password',
  fr: citizenPasswordFr,
  load: {
    nl: () => import('@tandem/shared/i18n/citizen-password/nl').then((m) => m.citizenPasswordNl),
    de: () => import('@tandem/shared/i18n/citizen-password/de').then((m) => m.citizenPasswordDe),
    en: () => import('@tandem/shared/i18n/citizen-password/en').then((m) => m.citizenPasswordEn),
  },
};
useMessages(CITIZEN_PASSWORD_MESSAGES);
