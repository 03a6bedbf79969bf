/**
 * The appointments' API (functions/src/appointments/, docs/appointments.md) as zod schemas: the queries, the booking
 * and the move, and the views (public agendas, free slots, an appointment for its holder and for staff).
 */
import * as z from 'zod';
import { IsoDateSchema, Requester } from '../permits/permit-details.js';
import { LOCALES } from '../localised-text.js';
import { daysBetween } from '../permits/calendar.js';
import { APPOINTMENT_STATUSES } from '../entities/appointment.js';
import { SLOT_SEARCH_MAX_DAYS } from './slot-search.js';

const Id = z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, 'un identifiant de service ou de motif');

export const SlotsQuery = z
  .object({ service: Id, type: Id, from: IsoDateSchema, to: IsoDateSchema })
  .refine((q) => q.to >= q.from, { message: 'la fin ne peut précéder le début', path: ['to'] })
  .refine((q) => daysBetween(q.from, q.to) < SLOT_SEARCH_MAX_DAYS, {
    message: `au plus ${SLOT_SEARCH_MAX_DAYS} jours à la fois`,
    path: ['to'],
  });
export type SlotsQuery = z.infer<typeof SlotsQuery>;

/** A start as an instant with its offset (what the slots answer gives), e.g. 2027-03-30T08:30:00+02:00. */
const StartSchema = z.iso.datetime({ offset: true, error: 'une date et heure ISO 8601 avec son décalage' });

export const BookingInput = z.object({
  name: Requester.shape.name,
  email: Requester.shape.email,
  phone: Requester.shape.phone,
  service: Id,
  type: Id,
  start: StartSchema,
  /** The language of the mails (default French). */
  locale: z.enum(LOCALES).default('fr'),
});
export type BookingInput = z.infer<typeof BookingInput>;

export const MoveInput = z.object({ start: StartSchema });
export type MoveInput = z.infer<typeof MoveInput>;

/** The manage token: 32 random bytes, base64url. */
export const MANAGE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const ManageQuery = z.object({ token: z.string().regex(MANAGE_TOKEN_PATTERN, 'le lien de gestion reçu par e-mail') });

export const StaffDayQuery = z.object({ day: IsoDateSchema, service: Id.optional() });

const Localised = z.object({ fr: z.string(), nl: z.string().optional(), de: z.string().optional(), en: z.string().optional() });
const Range = z.object({ from: z.string(), to: z.string() });

/** What anyone may read of the agendas: services, reasons and lengths, hours, the window. */
export const PublicAgendas = z.object({
  services: z.array(
    z.object({
      id: z.string(),
      name: Localised,
      place: z.string().optional(),
      types: z.array(z.object({ id: z.string(), reason: Localised, minutes: z.number() })),
      hours: z.record(z.string(), z.array(Range)),
    }),
  ),
  window: z.object({ minDaysAhead: z.number(), maxDaysAhead: z.number(), first: z.string(), last: z.string() }),
  maxFuturePerPerson: z.number(),
});
export type PublicAgendas = z.infer<typeof PublicAgendas>;

export const SlotsAnswer = z.object({
  service: z.string(),
  type: z.string(),
  from: z.string(),
  to: z.string(),
  slots: z.array(z.object({ start: z.string(), day: z.string(), time: z.string() })),
});
export type SlotsAnswer = z.infer<typeof SlotsAnswer>;

/** An appointment as its holder sees it (with the manage token) and as staff see it. */
export const AppointmentView = z.object({
  code: z.string(),
  service: z.object({ id: z.string(), name: z.string(), place: z.string().optional() }),
  type: z.object({ id: z.string(), reason: z.string(), minutes: z.number() }),
  /** Instants with Brussels' offset. */
  start: z.string(),
  end: z.string(),
  day: z.string(),
  time: z.string(),
  status: z.enum(APPOINTMENT_STATUSES),
  name: z.string(),
  email: z.string(),
  phone: z.string().optional(),
  arrivedAt: z.string().optional(),
  version: z.number(),
});
export type AppointmentView = z.infer<typeof AppointmentView>;

/** The booking's answer: the appointment, its secret manage token (only here and in the mail) and the manage page. */
export const BookedAppointment = AppointmentView.extend({ token: z.string(), manageUrl: z.string() });
export type BookedAppointment = z.infer<typeof BookedAppointment>;

export const StaffDayAgenda = z.object({ day: z.string(), items: z.array(AppointmentView) });
export type StaffDayAgenda = z.infer<typeof StaffDayAgenda>;

/** The manage page of an appointment: the token travels in the fragment (never to a server log nor a Referer). */
export const appointmentManagePath = (commune: string, code: string, token: string) =>
  `/${commune}/rendez-vous/#rdv=${encodeURIComponent(code)}&jeton=${encodeURIComponent(token)}`;
