/** How the tasks screens write a task's status, priority, due instant and people, in the agent's language. */
import type { TaskPriority, TaskStatus } from '@tandem/shared/work/task-states';
import { brusselsDate, brusselsDateTime, formatBrusselsInstant } from '@tandem/shared/brussels-time';
import { dateLocale, tr, type MessageKey } from '../../../lib/locale';
import { claims, session } from '../session';
import type { PersonView } from './task-api';

/** A message when the key has one, else `fallback` (values the API may add later: activity kinds, fields, roles). */
export function trOr(key: string, fallback: string): string {
  const t = tr(key as MessageKey);
  return t === key ? fallback : t;
}

export const statusLabel = (s: TaskStatus | string) => tr(`workTasks.status.${s}` as MessageKey);
export const priorityLabel = (p: TaskPriority | string) => tr(`workTasks.priority.${p}` as MessageKey);

/** A due instant as people read it, in Brussels time: « jeu. 3 déc. 2026, 17:00 ». */
export function dueText(dueAt: string | undefined): string {
  if (!dueAt) return tr('workTasks.due.none');
  try {
    return formatBrusselsInstant(dueAt, dateLocale(), {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
  } catch {
    return dueAt;
  }
}

/** The date and time fields of a due instant (Brussels wall time), and back. */
export function dueFields(dueAt: string | undefined): { day: string; time: string } {
  if (!dueAt) return { day: '', time: '' };
  const time = formatBrusselsInstant(dueAt, 'en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return { day: brusselsDate(dueAt), time };
}
/** The instant of a due day and time (17:00 when no time is given: the end of a working day). */
export const dueInstant = (day: string, time: string) => (day ? brusselsDateTime(day, time || '17:00') : undefined);

/** A colleague's name from the people directory (their id while it loads, or when they left). */
export function personName(people: readonly PersonView[] | undefined, id: string): string {
  if (id.startsWith('dept:')) return id.slice(5);
  return people?.find((p) => p.id === id)?.name ?? id;
}

/** The signed-in person's id (their token's sub). */
export function mySub(): string {
  const s = session.value;
  return s ? String(claims(s.idToken).sub ?? '') : '';
}
