/**
 * Staff notifications (docs/notifications.md), one function for two triggers (the platform stack counts resources):
 *   - the bus rule `notify-staff`: one event → its facts (event-facts.ts) → who is told (notification-plan.ts) → one
 *     notification item each, put once (a replay, or two deliveries at once, puts nothing more);
 *   - the hourly schedule `staff-notifications`: for every commune, under its own credentials, tasks due soon and
 *     overdue, and from DIGEST_HOUR (Brussels) the day's digest mails.
 * Departments' members come from the staff directory (the pool), read only when an event names a department.
 */
import type { EventBridgeEvent } from 'aws-lambda';
import type { NewNotification } from '@tandem/shared';
import { brusselsDate, brusselsIso } from '@tandem/shared';
import { DIGEST_HOUR } from '@tandem/shared/notifications/notification-kinds';
import { planNotifications } from '@tandem/shared/notifications/notification-plan';
import { backgroundHandler } from '../lib/background-handler.js';
import { clock } from '../lib/clock.js';
import { asCommune } from '../lib/tenant.js';
import { listCommunes, serveCommuneById } from '../communes/commune-store.js';
import { staffDirectory } from '../work/people-directory.js';
import { eventFacts, type StaffEvent } from './event-facts.js';
import { putNotifications } from './notification-store.js';
import { dueNotifications } from './due-notifications.js';
import { sendDigests } from './digest.js';
import { pushNotifications } from './push-send.js';

export interface NotifyStaffResult {
  made: number;
  existing: number;
  mailed?: number;
  alreadyMailed?: number;
  /** Web Push (push-send.ts): pushes taken by a push service; subscriptions removed on 404/410; failures skipped. */
  pushed?: number;
  pushGone?: number;
  pushFailed?: number;
}

/** The scheduler's event (EventBridge's has `time`); `now` and `digest` may be forced (ops, tests). */
type ScheduledEvent = EventBridgeEvent<'Scheduled Event', Record<string, never>> & { now?: string; digest?: boolean };

const isScheduled = (e: StaffEvent | ScheduledEvent): e is ScheduledEvent => e['detail-type'] === 'Scheduled Event';

export const handler = backgroundHandler(
  'notifications/notify-staff',
  async (event: StaffEvent | ScheduledEvent): Promise<NotifyStaffResult> => (isScheduled(event) ? scheduled(event) : fromEvent(event)),
);

async function fromEvent(event: StaffEvent): Promise<NotifyStaffResult> {
  const reg = await serveCommuneById(event.detail.commune);
  if (!reg) return { made: 0, existing: 0 };
  const facts = await eventFacts(event);
  if (!facts) return { made: 0, existing: 0 };
  const namesDepartment = facts.assignedDepartment || facts.opinionDepartment || (facts.mentions ?? []).some((m) => m.startsWith('dept:'));
  const people = namesDepartment ? await staffDirectory(reg) : [];
  const membersOf = (d: string) => people.filter((p) => p.departments.includes(d)).map((p) => p.id);
  const made: NewNotification[] = [];
  const put = await putNotifications(planNotifications(facts, membersOf), made);
  const push = await pushNotifications(made);
  return push.pushed || push.gone || push.failed ? { ...put, pushed: push.pushed, pushGone: push.gone, pushFailed: push.failed } : put;
}

async function scheduled(event: ScheduledEvent): Promise<NotifyStaffResult> {
  const now = event.now ?? event.time ?? clock.iso();
  const digest = event.digest ?? Number(brusselsIso(now).slice(11, 13)) >= DIGEST_HOUR;
  const result: NotifyStaffResult = { made: 0, existing: 0, mailed: 0, alreadyMailed: 0 };
  for (const reg of await listCommunes()) {
    // Each commune under its own tenant credentials: one commune's run cannot touch another's notifications.
    await asCommune(reg.config.id, async () => {
      const due = await dueNotifications(reg.config.id, now);
      result.made += due.made;
      result.existing += due.existing;
      if (!digest) return;
      const mails = await sendDigests(reg, brusselsDate(now));
      result.mailed! += mails.mailed;
      result.alreadyMailed! += mails.alreadyMailed;
    });
  }
  return result;
}
