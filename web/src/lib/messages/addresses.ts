import { addressesFr } from '@tandem/shared/i18n/addresses/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** The address register on the citizen side: the report form's suggestions and the tracking page's place. */
export const ADDRESSES_MESSAGES: MessageModule = {
  name: 'addresses',
  fr: addressesFr,
  load: {
    nl: () => import('@tandem/shared/i18n/addresses/nl').then((m) => m.addressesNl),
    de: () => import('@tandem/shared/i18n/addresses/de').then((m) => m.addressesDe),
    en: () => import('@tandem/shared/i18n/addresses/en').then((m) => m.addressesEn),
  },
};
useMessages(ADDRESSES_MESSAGES);
