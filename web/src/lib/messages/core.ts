import { coreFr } from '@tandem/shared/i18n/core/fr';
import type { MessageModule } from './message-module';

/** Reports, tracking, staff basics and common words: every page. */
export const CORE_MESSAGES: MessageModule = {
  name: 'core',
  fr: coreFr,
  load: {
    nl: () => import('@tandem/shared/i18n/core/nl').then((m) => m.coreNl),
    de: () => import('@tandem/shared/i18n/core/de').then((m) => m.coreDe),
    en: () => import('@tandem/shared/i18n/core/en').then((m) => m.coreEn),
  },
};
