import { notificationsFr } from '@tandem/shared/i18n/notifications/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** The staff SPA's notification bell (in the frame: every staff screen) and the notification centre. */
export const NOTIFICATIONS_MESSAGES: MessageModule = {
  name: 'notifications',
  fr: notificationsFr,
  load: {
    nl: () => import('@tandem/shared/i18n/notifications/nl').then((m) => m.notificationsNl),
    de: () => import('@tandem/shared/i18n/notifications/de').then((m) => m.notificationsDe),
    en: () => import('@tandem/shared/i18n/notifications/en').then((m) => m.notificationsEn),
  },
};
useMessages(NOTIFICATIONS_MESSAGES);
