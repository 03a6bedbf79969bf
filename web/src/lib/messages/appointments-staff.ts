import { appointmentsStaffFr } from '@tandem/shared/i18n/appointments-staff/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** Appointments at the counter: the staff's day, and the nav's label. */
export const APPOINTMENTS_STAFF_MESSAGES: MessageModule = {
  name: 'appointments-staff',
  fr: appointmentsStaffFr,
  load: {
    nl: () => import('@tandem/shared/i18n/appointments-staff/nl').then((m) => m.appointmentsStaffNl),
    de: () => import('@tandem/shared/i18n/appointments-staff/de').then((m) => m.appointmentsStaffDe),
    en: () => import('@tandem/shared/i18n/appointments-staff/en').then((m) => m.appointmentsStaffEn),
  },
};
useMessages(APPOINTMENTS_STAFF_MESSAGES);
