import { fieldFr } from '@tandem/shared/i18n/field/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** The field workers' app (/{commune}/terrain/): its screens. */
export const FIELD_MESSAGES: MessageModule = {
  name: 'field',
  fr: fieldFr,
  load: {
    nl: () => import('@tandem/shared/i18n/field/nl').then((m) => m.fieldNl),
    de: () => import('@tandem/shared/i18n/field/de').then((m) => m.fieldDe),
    en: () => import('@tandem/shared/i18n/field/en').then((m) => m.fieldEn),
  },
};
useMessages(FIELD_MESSAGES);
