import { addressImportFr } from '@tandem/shared/i18n/address-import/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** The staff app's « Registre des adresses » (docs/addresses.md): the admins' import of the address register. */
export const ADDRESS_IMPORT_MESSAGES: MessageModule = {
  name: 'address-import',
  fr: addressImportFr,
  load: {
    nl: () => import('@tandem/shared/i18n/address-import/nl').then((m) => m.addressImportNl),
    de: () => import('@tandem/shared/i18n/address-import/de').then((m) => m.addressImportDe),
    en: () => import('@tandem/shared/i18n/address-import/en').then((m) => m.addressImportEn),
  },
};
useMessages(ADDRESS_IMPORT_MESSAGES);
