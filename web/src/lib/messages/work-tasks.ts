import { workTasksFr } from '@tandem/shared/i18n/work-tasks/fr';
import { useMessages } from '../locale';
import type { MessageModule } from './message-module';

/** The staff SPA's tasks screens (my work, board, list, calendar, map, a task). */
export const STAFF_TASKS_MESSAGES: MessageModule = {
  name: 'work-tasks',
  fr: workTasksFr,
  load: {
    nl: () => import('@tandem/shared/i18n/work-tasks/nl').then((m) => m.workTasksNl),
    de: () => import('@tandem/shared/i18n/work-tasks/de').then((m) => m.workTasksDe),
    en: () => import('@tandem/shared/i18n/work-tasks/en').then((m) => m.workTasksEn),
  },
};
useMessages(STAFF_TASKS_MESSAGES);
