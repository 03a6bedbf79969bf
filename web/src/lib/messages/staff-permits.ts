import { permitsStaffFr } from '@tandem/shared/i18n/permits-staff/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';
import './permits';

/** The staff SPA's permit screens (with the permit labels they share with citizens). */
export const STAFF_PERMIT_MESSAGES: MessageModule = {
  name: 'staff-permits',
  fr: permitsStaffFr,
  load: {
    nl: () => import('@tandem/shared/i18n/permits-staff/nl').then((m) => m.permitsStaffNl),
    de: () => import('@tandem/shared/i18n/permits-staff/de').then((m) => m.permitsStaffDe),
    en: () => import('@tandem/shared/i18n/permits-staff/en').then((m) => m.permitsStaffEn),
  },
};
useMessages(STAFF_PERMIT_MESSAGES);
