import { statsFr } from '@tandem/shared/i18n/stats/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** The staff SPA's statistics screen (agents and admins). */
export const STAFF_STATS_MESSAGES: MessageModule = {
  name: 'staff-stats',
  fr: statsFr,
  load: {
    nl: () => import('@tandem/shared/i18n/stats/nl').then((m) => m.statsNl),
    de: () => import('@tandem/shared/i18n/stats/de').then((m) => m.statsDe),
    en: () => import('@tandem/shared/i18n/stats/en').then((m) => m.statsEn),
  },
};
useMessages(STAFF_STATS_MESSAGES);
