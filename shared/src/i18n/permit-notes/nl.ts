import type { PermitNotesKey } from './fr.js';
export const permitNotesNl: Record<PermitNotesKey, string> = {
  'permitStaff.decision.collegeDone': 'Beslissing van het college van {date}, referentie {reference}.',
};
