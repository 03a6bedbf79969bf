/** The notes the server writes in French into a permit's timeline; the staff screens show them too (spread in the permits-staff module). French is the source; the other locales must define every key. */
export const permitNotesFr = {
  'permitStaff.decision.collegeDone': 'Décision du Collège du {date}, référence {reference}.',
} as const;
export type PermitNotesKey = keyof typeof permitNotesFr;
