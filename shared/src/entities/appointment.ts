/**
 * An appointment at a counter (docs/appointments.md) and the items that keep a slot from being booked twice.
 *
 * - The appointment: own partition `C#c#APPT#<code>` / `#APPT`; gsi1 `C#c#APPTDAY#<day>` / `<start>#<code>`: a
 *   Brussels day's appointments of every service (the staff's day agenda).
 * - One cell item per grid cell it occupies (its length and the pause after it): `C#c#APPTCELLS#<service>#<month>` /
 *   `<cell start, UTC ISO>`, put with `attribute_not_exists(pk)` in the booking's transaction, so two bookings that
 *   share a cell cannot both land. A month of a service's cells is one partition: the free-slot search reads it.
 * - One entry per appointment to come in the person's partition `C#c#APPTPERSON#<sha256(e-mail)>` /
 *   `<start>#<code>`: the cap per person counts those after now.
 */
import { brusselsDate } from '../brussels-time.js';
import type { Locale } from '../localised-text.js';
import { communePrefix } from './key-parts.js';

export const APPOINTMENT_SK: '#APPT' = '#APPT';

export const appointmentKeys = {
  appointment: (commune: string, code: string) => ({ pk: `${communePrefix(commune)}APPT#${code}`, sk: APPOINTMENT_SK }),
  /** gsi1: a Brussels day's appointments, by start. */
  appointmentDay: (commune: string, day: string) => `${communePrefix(commune)}APPTDAY#${day}`,
  appointmentDaySort: (startIso: string, code: string) => `${startIso}#${code}`,
  /** The partition of a service's cells in a Brussels month ("2027-03"). */
  appointmentCellMonth: (commune: string, service: string, month: string) => `${communePrefix(commune)}APPTCELLS#${service}#${month}`,
  /** A cell (its start, epoch ms) of a service. */
  appointmentCell: (commune: string, service: string, cellMs: number) => ({
    pk: appointmentKeys.appointmentCellMonth(commune, service, brusselsDate(cellMs).slice(0, 7)),
    sk: new Date(cellMs).toISOString(),
  }),
  /** A person's appointments to come (`emailHash`: SHA-256 hex of the normalised address). */
  appointmentPerson: (commune: string, emailHash: string) => `${communePrefix(commune)}APPTPERSON#${emailHash}`,
  appointmentPersonEntry: (commune: string, emailHash: string, startIso: string, code: string) => ({
    pk: appointmentKeys.appointmentPerson(commune, emailHash),
    sk: `${startIso}#${code}`,
  }),
};

export const APPOINTMENT_STATUSES = ['booked', 'arrived', 'cancelled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export interface AppointmentItem {
  pk: string;
  sk: typeof APPOINTMENT_SK;
  type: 'appointment';
  commune: string;
  code: string;
  service: string;
  /** The appointment type's id (what the person comes for). */
  reason: string;
  /** UTC instants: the start, and the end of the appointment itself (without the pause). */
  start: string;
  end: string;
  /** Brussels day and wall time of the start. */
  day: string;
  time: string;
  /** The cells it holds (epoch ms), released when it is cancelled or moved: the agenda may change meanwhile. */
  cells: number[];
  name: string;
  email: string;
  emailHash: string;
  phone?: string;
  locale: Locale;
  status: AppointmentStatus;
  /** SHA-256 hex of the manage token (the token itself is only in the person's mail and answer). */
  tokenHash: string;
  createdAt: string;
  updatedAt: string;
  arrivedAt?: string;
  arrivedBy?: { sub: string; name: string };
  cancelledAt?: string;
  version: number;
  gsi1pk: string;
  gsi1sk: string;
}

export interface AppointmentCellItem {
  pk: string;
  sk: string;
  type: 'appointment-cell';
  code: string;
}

export interface AppointmentPersonItem {
  pk: string;
  sk: string;
  type: 'appointment-person';
  code: string;
  start: string;
  /** TTL: the entry goes a day after the appointment (it no longer counts once the start has passed). */
  expiresAt: number;
}
