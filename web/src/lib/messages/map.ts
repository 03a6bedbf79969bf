import { mapFr } from '@tandem/shared/i18n/map/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** The citizen map page and its embed: kinds, dates in words, the list and the card. */
export const MAP_MESSAGES: MessageModule = {
  name: 'map',
  fr: mapFr,
  load: {
    nl: () => import('@tandem/shared/i18n/map/nl').then((m) => m.mapNl),
    de: () => import('@tandem/shared/i18n/map/de').then((m) => m.mapDe),
    en: () => import('@tandem/shared/i18n/map/en').then((m) => m.mapEn),
  },
};
// Importing this file is what makes a page able to speak about the map.
useMessages(MAP_MESSAGES);
