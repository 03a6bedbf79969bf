import type { ReportStatesKey } from './fr.js';
export const reportStatesNl: Record<ReportStatesKey, string> = {
  'state.new': 'Nieuw',
  'state.acknowledged': 'In behandeling genomen',
  'state.planned': 'Gepland',
  'state.in_progress': 'Bezig',
  'state.fixed': 'Hersteld',
  'state.not_responsible': 'Geen bevoegdheid van de gemeente',
  'state.duplicate': 'Dubbele melding',
  'state.closed': 'Afgesloten',
};
