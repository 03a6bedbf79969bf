import { fieldShellFr } from '@tandem/shared/i18n/field-shell/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** The field app's shell (PIN lock, sign-out, outbox placeholder) and the staff app's link to it. */
export const FIELD_SHELL_MESSAGES: MessageModule = {
  name: 'field-shell',
  fr: fieldShellFr,
  load: {
    nl: () => import('@tandem/shared/i18n/field-shell/nl').then((m) => m.fieldShellNl),
    de: () => import('@tandem/shared/i18n/field-shell/de').then((m) => m.fieldShellDe),
    en: () => import('@tandem/shared/i18n/field-shell/en').then((m) => m.fieldShellEn),
  },
};
useMessages(FIELD_SHELL_MESSAGES);
