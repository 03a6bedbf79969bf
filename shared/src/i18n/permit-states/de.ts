import type { PermitStatesKey } from './fr.js';
export const permitStatesDe: Record<PermitStatesKey, string> = {
  'permit.state.draft': 'Entwurf',
  'permit.state.submitted': 'Antrag eingereicht',
  'permit.state.incomplete': 'Angaben angefordert',
  'permit.state.under_review': 'In Prüfung',
  'permit.state.opinions': 'Stellungnahmen der Dienste',
  'permit.state.approved': 'Genehmigt',
  'permit.state.approved_with_conditions': 'Unter Auflagen genehmigt',
  'permit.state.refused': 'Abgelehnt',
  'permit.state.changes_requested': 'Änderungen angefordert',
  'permit.state.issued': 'Genehmigung ausgestellt',
  'permit.state.active': 'Laufend',
  'permit.state.ended': 'Beendet',
  'permit.state.withdrawn': 'Vom Antragsteller zurückgezogen',
  'permit.state.cancelled': 'Von der Gemeinde widerrufen',
};
