import { mailConfirmationFr } from '@tandem/shared/i18n/mail-confirmation/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** The page the confirmation mail links to (and the tracking pages' "confirm your address" line). */
export const MAIL_CONFIRMATION_MESSAGES: MessageModule = {
  name: 'mail-confirmation',
  fr: mailConfirmationFr,
  load: {
    nl: () => import('@tandem/shared/i18n/mail-confirmation/nl').then((m) => m.mailConfirmationNl),
    de: () => import('@tandem/shared/i18n/mail-confirmation/de').then((m) => m.mailConfirmationDe),
    en: () => import('@tandem/shared/i18n/mail-confirmation/en').then((m) => m.mailConfirmationEn),
  },
};
// Importing this file is what makes a page able to speak about confirming an address.
useMessages(MAIL_CONFIRMATION_MESSAGES);
