/** How a report's planning reads in the staff app: priority names, the assignee's name, the SLA in words. */
import type { TaskPriority } from '@tandem/shared/work/task-states';
import type { ReportPlanning } from '@tandem/shared/schemas/report';
import { tr, formatDate, type MessageKey } from '../../../lib/locale';
import type { Person } from './use-people';

export const priorityLabel = (p: TaskPriority | undefined): string => tr(`backoffice.priority.${p ?? 'normal'}` as MessageKey);

/** The person's name from the commune's people; their id until the list is there (or when they left). */
export function personName(people: readonly Person[] | undefined, sub: string | undefined): string {
  if (!sub) return tr('backoffice.nobody');
  return people?.find((p) => p.id === sub)?.name ?? sub;
}

/** The SLA in words: until when, or late since when; '' when the category has none. */
export function slaText(p: Pick<ReportPlanning, 'slaDueAt' | 'slaLate'>): string {
  if (!p.slaDueAt) return '';
  return tr(p.slaLate ? 'backoffice.sla.lateSince' : 'backoffice.sla.onTime', { date: formatDate(p.slaDueAt) });
}
