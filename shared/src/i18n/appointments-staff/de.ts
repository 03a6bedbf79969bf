import type { appointmentsStaffFr } from './fr.js';

/** The staff's day of counter appointments, in German. */
export const appointmentsStaffDe: Record<keyof typeof appointmentsStaffFr, string> = {
  'appointmentsStaff.nav': 'Termine',
  'appointmentsStaff.title': 'Termine am Schalter',
  'appointmentsStaff.service': 'Dienst',
  'appointmentsStaff.allServices': 'Alle Dienste',
  'appointmentsStaff.day': 'Tag',
  'appointmentsStaff.previous': 'Vorheriger Tag',
  'appointmentsStaff.today': 'Heute',
  'appointmentsStaff.next': 'Nächster Tag',
  'appointmentsStaff.heading': 'Am {day}',
  'appointmentsStaff.counts': '{booked} erwartet, {arrived} angekommen, {cancelled} abgesagt',
  'appointmentsStaff.empty': 'Keine Termine an diesem Tag.',
  'appointmentsStaff.when': '{from} – {to}',
  'appointmentsStaff.state.booked': 'Erwartet',
  'appointmentsStaff.state.arrived': 'Angekommen um {time}',
  'appointmentsStaff.state.cancelled': 'Abgesagt',
  'appointmentsStaff.arrive': 'Angekommen',
  'appointmentsStaff.arriveFor': 'Angekommen: {name}, {time}',
  'appointmentsStaff.arrived': '{name} ist um {time} angekommen.',
  'appointmentsStaff.conflict': 'Dieser Termin wurde inzwischen geändert (abgesagt oder verschoben): Die Liste wird neu gelesen.',
};
