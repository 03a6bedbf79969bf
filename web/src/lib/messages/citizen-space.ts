import { citizenSpaceFr } from '@tandem/shared/i18n/citizen-space/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** « Mon espace »: the citizen's sign-in with an e-mail code, their requests, attaching an older one. */
export const CITIZEN_SPACE_MESSAGES: MessageModule = {
  name: 'citizen-space',
  fr: citizenSpaceFr,
  load: {
    nl: () => import('@tandem/shared/i18n/citizen-space/nl').then((m) => m.citizenSpaceNl),
    de: () => import('@tandem/shared/i18n/citizen-space/de').then((m) => m.citizenSpaceDe),
    en: () => import('@tandem/shared/i18n/citizen-space/en').then((m) => m.citizenSpaceEn),
  },
};
useMessages(CITIZEN_SPACE_MESSAGES);
