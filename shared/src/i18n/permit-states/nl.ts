import type { PermitStatesKey } from './fr.js';
export const permitStatesNl: Record<PermitStatesKey, string> = {
  'permit.state.draft': 'Concept',
  'permit.state.submitted': 'Aanvraag ingediend',
  'permit.state.incomplete': 'Informatie gevraagd',
  'permit.state.under_review': 'In behandeling',
  'permit.state.opinions': 'Adviezen van de diensten',
  'permit.state.approved': 'Toegekend',
  'permit.state.approved_with_conditions': 'Toegekend onder voorwaarden',
  'permit.state.refused': 'Geweigerd',
  'permit.state.changes_requested': 'Wijzigingen gevraagd',
  'permit.state.issued': 'Vergunning afgeleverd',
  'permit.state.active': 'Lopend',
  'permit.state.ended': 'Afgelopen',
  'permit.state.withdrawn': 'Ingetrokken door de aanvrager',
  'permit.state.cancelled': 'Geannuleerd door de gemeente',
};
