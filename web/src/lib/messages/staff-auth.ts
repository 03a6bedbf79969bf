import { staffAuthFr } from '@tandem/shared/i18n/staff-auth/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** The staff sign-in steps: first password, TOTP, forgotten password. */
export const STAFF_AUTH_MESSAGES: MessageModule = {
  name: 'staff-auth',
  fr: staffAuthFr,
  load: {
    nl: () => import('@tandem/shared/i18n/staff-auth/nl').then((m) => m.staffAuthNl),
    de: () => import('@tandem/shared/i18n/staff-auth/de').then((m) => m.staffAuthDe),
    en: () => import('@tandem/shared/i18n/staff-auth/en').then((m) => m.staffAuthEn),
  },
};
useMessages(STAFF_AUTH_MESSAGES);
