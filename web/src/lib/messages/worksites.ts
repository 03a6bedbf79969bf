import { worksitesFr } from '@tandem/shared/i18n/worksites/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** Works sites: the public pages (/{c}/chantiers/) and the staff's publication panel. */
export const WORKSITES_MESSAGES: MessageModule = {
  name: 'worksites',
  fr: worksitesFr,
  load: {
    nl: () => import('@tandem/shared/i18n/worksites/nl').then((m) => m.worksitesNl),
    de: () => import('@tandem/shared/i18n/worksites/de').then((m) => m.worksitesDe),
    en: () => import('@tandem/shared/i18n/worksites/en').then((m) => m.worksitesEn),
  },
};
useMessages(WORKSITES_MESSAGES);
