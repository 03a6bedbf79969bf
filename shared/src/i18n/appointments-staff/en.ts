import type { appointmentsStaffFr } from './fr.js';

/** The staff's day of counter appointments, in English. */
export const appointmentsStaffEn: Record<keyof typeof appointmentsStaffFr, string> = {
  'appointmentsStaff.nav': 'Appointments',
  'appointmentsStaff.title': 'Appointments at the counter',
  'appointmentsStaff.service': 'Service',
  'appointmentsStaff.allServices': 'All services',
  'appointmentsStaff.day': 'Day',
  'appointmentsStaff.previous': 'Previous day',
  'appointmentsStaff.today': 'Today',
  'appointmentsStaff.next': 'Next day',
  'appointmentsStaff.heading': 'On {day}',
  'appointmentsStaff.counts': '{booked} expected, {arrived} arrived, {cancelled} cancelled',
  'appointmentsStaff.empty': 'No appointments that day.',
  'appointmentsStaff.when': '{from} – {to}',
  'appointmentsStaff.state.booked': 'Expected',
  'appointmentsStaff.state.arrived': 'Arrived at {time}',
  'appointmentsStaff.state.cancelled': 'Cancelled',
  'appointmentsStaff.arrive': 'Arrived',
  'appointmentsStaff.arriveFor': 'Arrived: {name}, {time}',
  'appointmentsStaff.arrived': '{name} arrived at {time}.',
  'appointmentsStaff.conflict': 'This appointment changed meanwhile (cancelled or moved): the list is read again.',
};
