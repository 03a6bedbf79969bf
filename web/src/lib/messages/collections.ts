import { collectionsFr } from '@tandem/shared/i18n/collections/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** Waste collections: the citizen's page (the kinds' names, the street field, the next days, the feed). */
export const COLLECTIONS_MESSAGES: MessageModule = {
  name: 'collections',
  fr: collectionsFr,
  load: {
    nl: () => import('@tandem/shared/i18n/collections/nl').then((m) => m.collectionsNl),
    de: () => import('@tandem/shared/i18n/collections/de').then((m) => m.collectionsDe),
    en: () => import('@tandem/shared/i18n/collections/en').then((m) => m.collectionsEn),
  },
};
useMessages(COLLECTIONS_MESSAGES);
