import type { PermitNotesKey } from './fr.js';
export const permitNotesEn: Record<PermitNotesKey, string> = {
  'permitStaff.decision.collegeDone': 'College decision of {date}, reference {reference}.',
};
