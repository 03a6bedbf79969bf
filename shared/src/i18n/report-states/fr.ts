/** The names of a report's states: the tracking page and the staff screens (spread in the core module) and the reporter's mails. French is the source; the other locales must define every key. */
export const reportStatesFr = {
  'state.new': 'Nouveau',
  'state.acknowledged': 'Pris en compte',
  'state.planned': 'Planifié',
  'state.in_progress': 'En cours',
  'state.fixed': 'Réparé',
  'state.not_responsible': 'Hors compétence communale',
  'state.duplicate': 'Doublon',
  'state.closed': 'Clôturé',
} as const;
export type ReportStatesKey = keyof typeof reportStatesFr;
