import { liveFr } from '@tandem/shared/i18n/live/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** The staff SPA's live updates: who changed the item shown (banner), what moved on a board (its live region). */
export const LIVE_MESSAGES: MessageModule = {
  name: 'live',
  fr: liveFr,
  load: {
    nl: () => import('@tandem/shared/i18n/live/nl').then((m) => m.liveNl),
    de: () => import('@tandem/shared/i18n/live/de').then((m) => m.liveDe),
    en: () => import('@tandem/shared/i18n/live/en').then((m) => m.liveEn),
  },
};
useMessages(LIVE_MESSAGES);
