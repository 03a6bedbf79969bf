import type { ReportStatesKey } from './fr.js';
export const reportStatesDe: Record<ReportStatesKey, string> = {
  'state.new': 'Neu',
  'state.acknowledged': 'Zur Kenntnis genommen',
  'state.planned': 'Geplant',
  'state.in_progress': 'In Bearbeitung',
  'state.fixed': 'Behoben',
  'state.not_responsible': 'Nicht in der Zuständigkeit der Gemeinde',
  'state.duplicate': 'Doppelte Meldung',
  'state.closed': 'Abgeschlossen',
};
