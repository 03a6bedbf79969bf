/** How a report's planning reads in the staff app: priority names, the assignee's name, the SLA in words. */
import type { TaskPriority } from '@tandem/shared/work/task-states';
import type { ReportPlanning } from '@tandem/shared/schemas/report';
import { brusselsDate, formatDayInWords, instantMs } from '@tandem/shared/brussels-time';
import { tr, locale, type MessageKey } from '../../../lib/locale';
import type { Person } from './use-people';

export const priorityLabel = (p: TaskPriority | undefined): string => tr(`backoffice.priority.${p ?? 'normal'}` as MessageKey);

/** The person's name from the commune's people; their id until the list is there (or when they left). */
export function personName(people: readonly Person[] | undefined, sub: string | undefined): string {
  if (!sub) return tr('backoffice.nobody');
  return people?.find((p) => p.id === sub)?.name ?? sub;
}

/** The SLA in words: its last day (Brussels), or the day it has been late since; '' when the category has none. */
export function slaText(p: Pick<ReportPlanning, 'slaDueAt' | 'slaLate'>): string {
  if (!p.slaDueAt) return '';
  const day = p.slaLate ? brusselsDate(p.slaDueAt) : brusselsDate(instantMs(p.slaDueAt) - 1);
  return tr(p.slaLate ? 'backoffice.sla.lateSince' : 'backoffice.sla.onTime', { date: formatDayInWords(day, locale.value) });
}
