import { backofficeFr } from '@tandem/shared/i18n/backoffice/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** The staff SPA's frame (navigation, search) and the report inbox's planning, bulk actions and map. */
export const BACKOFFICE_MESSAGES: MessageModule = {
  name: 'backoffice',
  fr: backofficeFr,
  load: {
    nl: () => import('@tandem/shared/i18n/backoffice/nl').then((m) => m.backofficeNl),
    de: () => import('@tandem/shared/i18n/backoffice/de').then((m) => m.backofficeDe),
    en: () => import('@tandem/shared/i18n/backoffice/en').then((m) => m.backofficeEn),
  },
};
useMessages(BACKOFFICE_MESSAGES);
