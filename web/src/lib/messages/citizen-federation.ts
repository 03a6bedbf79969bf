import { citizenFederationFr } from '@tandem/shared/i18n/citizen-federation/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** « Mon espace »: signing in with itsme or the identity card through FAS. */
export const CITIZEN_FEDERATION_MESSAGES: MessageModule = {
  name: 'citizen-federation',
  fr: citizenFederationFr,
  load: {
    nl: () => import('@tandem/shared/i18n/citizen-federation/nl').then((m) => m.citizenFederationNl),
    de: () => import('@tandem/shared/i18n/citizen-federation/de').then((m) => m.citizenFederationDe),
    en: () => import('@tandem/shared/i18n/citizen-federation/en').then((m) => m.citizenFederationEn),
  },
};
useMessages(CITIZEN_FEDERATION_MESSAGES);
