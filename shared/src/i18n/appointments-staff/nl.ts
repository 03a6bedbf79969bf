import type { appointmentsStaffFr } from './fr.js';

/** The staff's day of counter appointments, in Dutch. */
export const appointmentsStaffNl: Record<keyof typeof appointmentsStaffFr, string> = {
  'appointmentsStaff.nav': 'Afspraken',
  'appointmentsStaff.title': 'Afspraken aan het loket',
  'appointmentsStaff.service': 'Dienst',
  'appointmentsStaff.allServices': 'Alle diensten',
  'appointmentsStaff.day': 'Dag',
  'appointmentsStaff.previous': 'Vorige dag',
  'appointmentsStaff.today': 'Vandaag',
  'appointmentsStaff.next': 'Volgende dag',
  'appointmentsStaff.heading': 'Op {day}',
  'appointmentsStaff.counts': '{booked} verwacht, {arrived} aangekomen, {cancelled} geannuleerd',
  'appointmentsStaff.empty': 'Geen afspraken op die dag.',
  'appointmentsStaff.when': '{from} – {to}',
  'appointmentsStaff.state.booked': 'Verwacht',
  'appointmentsStaff.state.arrived': 'Aangekomen om {time}',
  'appointmentsStaff.state.cancelled': 'Geannuleerd',
  'appointmentsStaff.arrive': 'Aangekomen',
  'appointmentsStaff.arriveFor': 'Aangekomen: {name}, {time}',
  'appointmentsStaff.arrived': '{name} is aangekomen om {time}.',
  'appointmentsStaff.conflict': 'Deze afspraak is intussen gewijzigd (geannuleerd of verplaatst): de lijst wordt opnieuw gelezen.',
};
