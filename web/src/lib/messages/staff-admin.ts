import { staffAdminFr } from '@tandem/shared/i18n/staff-admin/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** The staff SPA's « Équipe » screens (admins): staff accounts and Open311 keys. */
export const STAFF_ADMIN_MESSAGES: MessageModule = {
  name: 'staff-admin',
  fr: staffAdminFr,
  load: {
    nl: () => import('@tandem/shared/i18n/staff-admin/nl').then((m) => m.staffAdminNl),
    de: () => import('@tandem/shared/i18n/staff-admin/de').then((m) => m.staffAdminDe),
    en: () => import('@tandem/shared/i18n/staff-admin/en').then((m) => m.staffAdminEn),
  },
};
useMessages(STAFF_ADMIN_MESSAGES);
