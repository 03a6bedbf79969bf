import type { ReportStatesKey } from './fr.js';
export const reportStatesEn: Record<ReportStatesKey, string> = {
  'state.new': 'New',
  'state.acknowledged': 'Acknowledged',
  'state.planned': 'Planned',
  'state.in_progress': 'In progress',
  'state.fixed': 'Fixed',
  'state.not_responsible': 'Not the municipality’s responsibility',
  'state.duplicate': 'Duplicate',
  'state.closed': 'Closed',
};
