/**
 * The eve's appointment reminders (docs/appointments.md). Scheduled hourly (SCHEDULES: `appointment-reminders`): from
 * the first run at or after APPOINTMENT_REMINDER_TIME (Brussels), each appointment of tomorrow still booked (not
 * cancelled) gets one reminder mail in its booking's language, with the invitation, read from the day's index
 * (gsi1 `APPTDAY#<day>`). Sent once: a sent-marker per appointment and day (`sendOnce`), so a rerun, a later hour or a
 * retried invocation sends nothing more; a moved appointment is reminded of its new day. The instant is the event's
 * (`now`, or the scheduler's `time`), so tests pass it. The mail carries only the commune's words (no confirmation gate).
 */
import { addDays, brusselsDate, brusselsIso, keys, type CommuneRegistration } from '@tandem/shared';
import { clock } from '../lib/clock.js';
import { backgroundHandler } from '../lib/background-handler.js';
import { asCommune } from '../lib/tenant.js';
import { listCommunes } from '../communes/commune-store.js';
import { sendOnce } from '../notify/send-once.js';
import { composeAppointmentMail } from './appointment-mail.js';
import { dayAppointments } from './appointment-store.js';

/** The hour (Brussels) from which tomorrow's appointments are reminded. */
export const APPOINTMENT_REMINDER_TIME = '10:00';

export interface AppointmentReminderResult {
  sent: number;
  alreadySent: number;
}

const reminderMarker = (day: string) => `APPTREMINDER#${day}`;

/** One commune's reminders of the appointments of `tomorrow`. */
async function remindCommune(reg: CommuneRegistration, tomorrow: string, result: AppointmentReminderResult): Promise<void> {
  if (!reg.config.appointments) return;
  for (const a of await dayAppointments(reg.config.id, tomorrow)) {
    if (a.status !== 'booked' || a.day !== tomorrow) continue;
    const mail = composeAppointmentMail('reminder', a, reg);
    const sent = await sendOnce(keys.appointment(a.commune, a.code).pk, reminderMarker(a.day), {
      ...mail,
      id: `appointment-${a.commune}-${a.code}-reminder-${a.day}`,
    });
    if (sent === 'sent') result.sent++;
    else result.alreadySent++;
  }
}

/** The scheduler's event (`time`); `now` may be forced (ops, tests). */
export const handler = backgroundHandler(
  'appointments/send-reminders',
  async (event: { time?: string; now?: string } = {}): Promise<AppointmentReminderResult> => {
    const now = event.now ?? event.time ?? clock.iso();
    const result: AppointmentReminderResult = { sent: 0, alreadySent: 0 };
    if (brusselsIso(now).slice(11, 16) < APPOINTMENT_REMINDER_TIME) return result;
    const tomorrow = addDays(brusselsDate(now), 1);
    for (const reg of await listCommunes()) await asCommune(reg.config.id, () => remindCommune(reg, tomorrow, result));
    return result;
  },
);
