/** The contracts of the appointments' routes (docs/appointments.md), spread into ROUTE_CONTRACTS (route-contracts.ts). */
import { ManageQuery, SlotsQuery, StaffDayQuery } from '../appointments/appointment-api.js';
import type { RouteContract } from './route-contracts.js';

export const APPOINTMENT_TAGS = {
  appointments:
    'Appointments at the counters (population, état civil, urbanisme…): the agendas, the free slots, booking, and seeing, moving or cancelling with the secret manage token the booking answers and mails.',
  'staff-appointments': 'Staff read a day’s appointments at the counters and mark who came.',
} as const;

const CODE = { code: 'The appointment’s code (as the booking answered it).' };
const TAKEN = 'This slot was just taken (« Ce créneau vient d’être pris : choisissez-en un autre »): nothing was written.';
const UNKNOWN = 'Unknown commune, no appointment has this code, or the token is not its manage token.';
const view = { type: 'application/json', schema: 'AppointmentView' } as const;

export const APPOINTMENT_CONTRACTS = {
  'GET /api/{commune}/appointments/services': {
    summary: 'The commune’s counters and what one may book there',
    description: 'Each service with its reasons and their lengths, its opening hours per weekday, and the booking window from today.',
    tag: 'appointments',
    access: 'public',
    responses: {
      200: { description: 'The agendas.', content: { type: 'application/json', schema: 'PublicAgendas' }, headers: ['Cache-Control'] },
    },
    errors: { 404: 'Unknown commune, or it takes no appointment online.' },
  },
  'GET /api/{commune}/appointments/slots': {
    summary: 'The free start times of a service for a reason',
    description:
      'Over the Brussels days `from` to `to` (at most 62), within the booking window: open days (no public holiday, no closing day), the opening hours, what is not booked yet (with the pause after each appointment). Times are Europe/Brussels.',
    tag: 'appointments',
    access: 'public',
    query: SlotsQuery,
    responses: { 200: { description: 'The free starts.', content: { type: 'application/json', schema: 'SlotsAnswer' } } },
    errors: {
      404: 'Unknown commune, or it takes no appointment online.',
      422: 'No such service, or no such reason at this service (named).',
    },
  },
  'POST /api/{commune}/appointments': {
    summary: 'Book an appointment',
    description:
      'The start must be a free slot (as the slots route gives it). The answer carries the appointment’s code and its secret manage token (also mailed, with an iCalendar invitation). One e-mail address holds at most the commune’s number of appointments to come.',
    tag: 'appointments',
    access: 'public',
    body: { schema: 'BookingInput' },
    idempotent: true,
    responses: {
      201: { description: 'Booked.', content: { type: 'application/json', schema: 'BookedAppointment' }, headers: ['Location'] },
      200: {
        description: 'A retry with the same Idempotency-Key: the appointment the first request booked.',
        content: { type: 'application/json', schema: 'BookedAppointment' },
        headers: ['Idempotent-Replayed'],
      },
    },
    errors: {
      409: TAKEN,
      422: 'Some fields are not valid (named): no such service or reason, a start outside the window, on a closed day or off the grid, or too many appointments to come for this e-mail address.',
    },
  },
  'GET /api/{commune}/appointments/{code}': {
    summary: 'See an appointment (with its manage token)',
    tag: 'appointments',
    access: 'public',
    query: ManageQuery,
    pathParams: CODE,
    responses: { 200: { description: 'The appointment.', content: view } },
    errors: { 404: UNKNOWN },
  },
  'DELETE /api/{commune}/appointments/{code}': {
    summary: 'Cancel an appointment (with its manage token)',
    description: 'Frees its slot at once. Cancelling again answers the cancelled appointment.',
    tag: 'appointments',
    access: 'public',
    query: ManageQuery,
    pathParams: CODE,
    responses: { 200: { description: 'The appointment, cancelled.', content: view } },
    errors: { 404: UNKNOWN, 409: 'It is past, or the person already came.' },
  },
  'POST /api/{commune}/appointments/{code}/move': {
    summary: 'Move an appointment to another free slot (with its manage token)',
    description: 'In one transaction the new slot is taken and the old one freed: either both or neither.',
    tag: 'appointments',
    access: 'public',
    query: ManageQuery,
    body: { schema: 'MoveInput' },
    pathParams: CODE,
    responses: { 200: { description: 'The appointment at its new time.', content: view } },
    errors: {
      404: UNKNOWN,
      409: `${TAKEN} Or it is cancelled, past, or the person already came.`,
      422: 'A start outside the window, on a closed day or off the grid.',
    },
  },
  'GET /api/{commune}/staff/appointments': {
    summary: 'A day’s appointments at the counters',
    description:
      'Every appointment of the Brussels day (or one service’s), in time order, cancelled ones included. A read of personal data: audited.',
    tag: 'staff-appointments',
    access: 'staff',
    query: StaffDayQuery,
    responses: { 200: { description: 'The day’s agenda.', content: { type: 'application/json', schema: 'StaffDayAgenda' } } },
  },
  'POST /api/{commune}/staff/appointments/{code}/arrival': {
    summary: 'Mark that the person came',
    description: 'Idempotent: marking again answers the appointment as it is (arrived once, at the first time).',
    tag: 'staff-appointments',
    access: 'staff',
    pathParams: CODE,
    responses: { 200: { description: 'The appointment, arrived.', content: view } },
    errors: { 404: 'Unknown commune, or no appointment has this code.', 409: 'The appointment was cancelled.' },
  },
} as const satisfies Record<string, RouteContract>;
