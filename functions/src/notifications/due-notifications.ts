/**
 * The scheduler's part (SCHEDULES `staff-notifications`, hourly): tasks due within a day, and tasks past due still
 * open, read from the commune's task calendar (gsi3, by due instant: one bounded range, never a scan). Each assignee
 * hears once per task and kind (the notification's id is derived from the task, the kind and the due instant).
 */
import { keys, type TaskItem } from '@tandem/shared';
import { DUE_SOON_HOURS, OVERDUE_LOOKBACK_DAYS } from '@tandem/shared/notifications/notification-kinds';
import { planDueNotifications } from '@tandem/shared/notifications/notification-plan';
import { queryIndex } from '../work/work-store.js';
import { putNotifications } from './notification-store.js';

const shifted = (at: string, hours: number) => new Date(Date.parse(at) + hours * 3_600_000).toISOString();

export async function dueNotifications(commune: string, now: string): Promise<{ made: number; existing: number }> {
  const tasks = await queryIndex<TaskItem>('gsi3', keys.taskCalendar(commune), {
    from: shifted(now, -24 * OVERDUE_LOOKBACK_DAYS),
    // `~` sorts after the `#<id>` that follows the instant in the sort key.
    to: `${shifted(now, DUE_SOON_HOURS)}~`,
  });
  return putNotifications(planDueNotifications(tasks, now));
}
