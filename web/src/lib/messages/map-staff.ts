import { mapStaffFr } from '@tandem/shared/i18n/map-staff/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';
// The item form draws with the permit form's map field: its messages come with the permit labels.
import './permits';

/** The staff SPA's map screens: the items staff publish on the public map. */
export const STAFF_MAP_MESSAGES: MessageModule = {
  name: 'staff-map',
  fr: mapStaffFr,
  load: {
    nl: () => import('@tandem/shared/i18n/map-staff/nl').then((m) => m.mapStaffNl),
    de: () => import('@tandem/shared/i18n/map-staff/de').then((m) => m.mapStaffDe),
    en: () => import('@tandem/shared/i18n/map-staff/en').then((m) => m.mapStaffEn),
  },
};
useMessages(STAFF_MAP_MESSAGES);
