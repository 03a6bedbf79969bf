import type { PermitNotesKey } from './fr.js';
export const permitNotesDe: Record<PermitNotesKey, string> = {
  'permitStaff.decision.collegeDone': 'Kollegiumsbeschluss vom {date}, Aktenzeichen {reference}.',
};
