import { collectionsStaffFr } from '@tandem/shared/i18n/collections-staff/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** Waste collections: the staff's screen (calendar and streets imports), and the nav's label. */
export const COLLECTIONS_STAFF_MESSAGES: MessageModule = {
  name: 'collections-staff',
  fr: collectionsStaffFr,
  load: {
    nl: () => import('@tandem/shared/i18n/collections-staff/nl').then((m) => m.collectionsStaffNl),
    de: () => import('@tandem/shared/i18n/collections-staff/de').then((m) => m.collectionsStaffDe),
    en: () => import('@tandem/shared/i18n/collections-staff/en').then((m) => m.collectionsStaffEn),
  },
};
useMessages(COLLECTIONS_STAFF_MESSAGES);
