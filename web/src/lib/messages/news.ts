import { newsFr } from '@tandem/shared/i18n/news/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** Practical notices: the home section's and « Actualités »' words, the staff screen's. */
export const NEWS_MESSAGES: MessageModule = {
  name: 'news',
  fr: newsFr,
  load: {
    nl: () => import('@tandem/shared/i18n/news/nl').then((m) => m.newsNl),
    de: () => import('@tandem/shared/i18n/news/de').then((m) => m.newsDe),
    en: () => import('@tandem/shared/i18n/news/en').then((m) => m.newsEn),
  },
};
useMessages(NEWS_MESSAGES);
