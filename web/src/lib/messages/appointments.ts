import { appointmentsFr } from '@tandem/shared/i18n/appointments/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** Appointments at the counter: the citizen's booking steps and the manage view. */
export const APPOINTMENTS_MESSAGES: MessageModule = {
  name: 'appointments',
  fr: appointmentsFr,
  load: {
    nl: () => import('@tandem/shared/i18n/appointments/nl').then((m) => m.appointmentsNl),
    de: () => import('@tandem/shared/i18n/appointments/de').then((m) => m.appointmentsDe),
    en: () => import('@tandem/shared/i18n/appointments/en').then((m) => m.appointmentsEn),
  },
};
useMessages(APPOINTMENTS_MESSAGES);
