/**
 * Staff SPA: live updates (web/src/components/staff/live/). Who changed an item is named from the staff directory
 * (`{who}`: « Marie Dupont », or « Un·e collègue » when the directory does not know them); a change without an actor
 * (the citizen's, the platform's) is said without one. French is the source; the other locales must define every key.
 */
export const liveFr = {
  'live.someone': 'Un·e collègue',
  'live.changed.report': '{who} a modifié ce signalement.',
  'live.changed.permit': '{who} a modifié cette demande.',
  'live.changed.task': '{who} a modifié cette tâche.',
  'live.changed.project': '{who} a modifié ce projet.',
  'live.changedAnon.report': 'Ce signalement vient d’être modifié.',
  'live.changedAnon.permit': 'Cette demande vient d’être modifiée.',
  'live.changedAnon.task': 'Cette tâche vient d’être modifiée.',
  'live.changedAnon.project': 'Ce projet vient d’être modifié.',
  // The board's live region (polite): a card a colleague added, moved, changed, or that left this department's board.
  'live.board.added': '{who} a ajouté « {title} » dans « {column} ».',
  'live.board.moved': '{who} a déplacé « {title} » vers « {column} ».',
  'live.board.updated': '{who} a modifié « {title} ».',
  'live.board.addedAnon': '« {title} » est arrivée dans « {column} ».',
  'live.board.movedAnon': '« {title} » est passée dans « {column} ».',
  'live.board.updatedAnon': '« {title} » a été modifiée.',
  'live.board.removed': '« {title} » ne figure plus sur ce tableau.',
} as const;
export type LiveKey = keyof typeof liveFr;
