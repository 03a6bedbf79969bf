import { permitsCitizenFr } from '@tandem/shared/i18n/permits/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** Permit labels and the citizen permit pages (also the staff SPA's permit screens). */
export const PERMIT_MESSAGES: MessageModule = {
  name: 'permits',
  fr: permitsCitizenFr,
  load: {
    nl: () => import('@tandem/shared/i18n/permits/nl').then((m) => m.permitsCitizenNl),
    de: () => import('@tandem/shared/i18n/permits/de').then((m) => m.permitsCitizenDe),
    en: () => import('@tandem/shared/i18n/permits/en').then((m) => m.permitsCitizenEn),
  },
};
// Importing this file is what makes a page able to speak about permits.
useMessages(PERMIT_MESSAGES);
