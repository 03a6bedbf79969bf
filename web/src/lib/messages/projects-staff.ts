import { projectsStaffFr } from '@tandem/shared/i18n/projects-staff/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** The staff SPA's projects screens. */
export const PROJECTS_STAFF_MESSAGES: MessageModule = {
  name: 'projects-staff',
  fr: projectsStaffFr,
  load: {
    nl: () => import('@tandem/shared/i18n/projects-staff/nl').then((m) => m.projectsStaffNl),
    de: () => import('@tandem/shared/i18n/projects-staff/de').then((m) => m.projectsStaffDe),
    en: () => import('@tandem/shared/i18n/projects-staff/en').then((m) => m.projectsStaffEn),
  },
};
useMessages(PROJECTS_STAFF_MESSAGES);
