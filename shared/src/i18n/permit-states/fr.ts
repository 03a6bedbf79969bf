/** The names of a permit's states: the permit pages and screens (spread in the permits module) and the requester's mails. French is the source; the other locales must define every key. */
export const permitStatesFr = {
  'permit.state.draft': 'Brouillon',
  'permit.state.submitted': 'Demande introduite',
  'permit.state.incomplete': 'Informations demandées',
  'permit.state.under_review': 'En cours d’examen',
  'permit.state.opinions': 'Avis des services',
  'permit.state.approved': 'Accordée',
  'permit.state.approved_with_conditions': 'Accordée sous conditions',
  'permit.state.refused': 'Refusée',
  'permit.state.changes_requested': 'Modifications demandées',
  'permit.state.issued': 'Autorisation délivrée',
  'permit.state.active': 'En cours',
  'permit.state.ended': 'Terminée',
  'permit.state.withdrawn': 'Retirée par le demandeur',
  'permit.state.cancelled': 'Annulée par la commune',
} as const;
export type PermitStatesKey = keyof typeof permitStatesFr;
