import { auditStaffFr } from '@tandem/shared/i18n/audit-staff/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** The staff SPA's audit log screen (admins only). */
export const STAFF_AUDIT_MESSAGES: MessageModule = {
  name: 'staff-audit',
  fr: auditStaffFr,
  load: {
    nl: () => import('@tandem/shared/i18n/audit-staff/nl').then((m) => m.auditStaffNl),
    de: () => import('@tandem/shared/i18n/audit-staff/de').then((m) => m.auditStaffDe),
    en: () => import('@tandem/shared/i18n/audit-staff/en').then((m) => m.auditStaffEn),
  },
};
useMessages(STAFF_AUDIT_MESSAGES);
